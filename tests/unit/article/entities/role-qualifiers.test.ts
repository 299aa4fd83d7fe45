import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('academic and police ranks of several words before a name', () => {
  const text = `Lead author Associate Professor Mirela Okonjo said the trial was small. Okonjo works in Leeds.
  Emeritus Professor Dan Willoughby agreed, and Senior Lecturer Ruth Pallister was cautious. Deputy Chief
  Constable Owen Brackley said officers had helped.`;

  it('are the role, not the name nor a name alone', () => {
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('Associate');
    expect(shown).not.toContain('Senior Lecturer Ruth Pallister');
    expect(shown).not.toContain('Constable Owen Brackley');
  });

  it('leave the holder as a person', () => {
    const es = entitiesOf(text);
    for (const n of ['Mirela Okonjo', 'Dan Willoughby', 'Ruth Pallister', 'Owen Brackley'])
      expect(find(es, n)?.type).toBe('person');
  });
});

describe('an office of two titles after a body', () => {
  const text = `The probe left on Monday. "It is a good day," said WMO Director General Ilse Marrow, watching from the pad.
Later the WMO said the data would be shared.`;

  it('leaves the body alone, without the first title', () => {
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('WMO Director');
    expect(find(entitiesOf(text), 'WMO')?.type).toBe('organization');
  });

  it('leaves the holder as a person', () => {
    expect(find(entitiesOf(text), 'Ilse Marrow')?.type).toBe('person');
  });
});

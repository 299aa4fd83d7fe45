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

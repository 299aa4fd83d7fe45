import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body named for its purpose with "to" and a capitalised verb', () => {
  it('keeps the verb, its object and the list after it', () => {
    const text = `Grants from the Northland Fund to Fight TB, Cholera and Measles rose. The Committee to Protect Harbour Workers
    said the money helped.`;
    const es = entitiesOf(text);
    expect(find(es, 'Northland Fund to Fight TB, Cholera and Measles')?.type).toBe('organization');
    expect(names(es)).toContain('Committee to Protect Harbour Workers');
    expect(names(es)).not.toContain('Cholera');
  });

  it('leaves a hand-over to a person or a place two names', () => {
    const shown = names(
      entitiesOf('The board handed the Harbour Fund to Dara Venn and sent the Committee to London.'),
    );
    expect(shown).toContain('Dara Venn');
    expect(shown).toContain('London');
    expect(shown.some((n) => n.includes(' to '))).toBe(false);
  });
});

describe('a university named for its fields', () => {
  it('lists them and its seat in one name', () => {
    const text = `Kofi Mensah teaches at the University of Arts, Crafts and Design of Tarnville in the north.`;
    const es = entitiesOf(text);
    expect(find(es, 'University of Arts, Crafts and Design of Tarnville')?.type).toBe('organization');
  });

  it('leaves universities listed by their towns apart', () => {
    const shown = names(
      entitiesOf('She studied at the University of Oxford, Cambridge and Durham before moving.'),
    );
    expect(shown).not.toContain('University of Oxford, Cambridge and Durham');
  });
});

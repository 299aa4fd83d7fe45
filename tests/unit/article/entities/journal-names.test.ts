import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a journal named by an acronym and its field', () => {
  it('is one name after "published in" or "journal", typed no place ("KEMA Pediatrics")', () => {
    const es =
      entitiesOf(`The trial, published in KEMA Pediatrics, followed 300 children in Leeds. A second paper
      in the journal KEMA Oncology reached the same result.`);
    expect(find(es, 'KEMA Pediatrics')?.type).not.toBe('place');
    expect(find(es, 'KEMA Oncology')).toBeDefined();
    expect(names(es)).not.toContain('Pediatrics');
  });

  it('leaves an acronym before a role or a place apart without the cue', () => {
    const shown = names(entitiesOf('The report reached NATO Secretary Ilse Varga in Brussels on Monday.'));
    expect(shown).not.toContain('NATO Secretary');
  });
});

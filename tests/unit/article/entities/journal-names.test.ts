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

  it('takes two words after the acronym, and a weekday between "published" and "in"', () => {
    const es = entitiesOf(`The survey was published Monday in KEMA Network Open. A second paper,
      published in KEMA Health Forum, found the same.`);
    expect(find(es, 'KEMA Network Open')).toBeDefined();
    expect(find(es, 'KEMA Health Forum')).toBeDefined();
    expect(names(es)).not.toContain('Network Open');
  });

  it('leaves an acronym before a role or a place apart without the cue', () => {
    const shown = names(entitiesOf('The report reached NATO Secretary Ilse Varga in Brussels on Monday.'));
    expect(shown).not.toContain('NATO Secretary');
  });
});

describe('a name right after "journal"', () => {
  it('is a name though written once, and no place', () => {
    const es = entitiesOf(
      'The team reports in the journal Tessellae that the children were born abroad, said Orla Dunmore.',
    );
    expect(find(es, 'Tessellae')).toBeDefined();
    expect(find(es, 'Tessellae')?.type).not.toBe('place');
  });

  it('still needs more than "published in" for a word written once', () => {
    expect(
      names(entitiesOf('The study was published in Tessellae on Monday, said Orla Dunmore.')),
    ).not.toContain('Tessellae');
  });
});

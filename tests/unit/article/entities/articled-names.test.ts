import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a word written after « le » or « la »', () => {
  it('is no surname of a body named after its place', () => {
    const es = entitiesOf(
      `Les équipes du Smur du Morbihan sont débordées. Le Morbihan manque de médecins, et dans le Morbihan le délai
atteint quatre minutes, selon Paul Garnier. Le Smur du Morbihan a alerté la préfecture.`,
      'fr',
    );
    expect(names(es)).toContain('Morbihan');
    expect(find(es, 'Smur du Morbihan')?.count).toBe(2);
  });

  it('leaves a surname after particles joined to its person', () => {
    const es = entitiesOf(
      `Laurens de Kervan a présenté son plan jeudi. Kervan a ensuite répondu aux élus de Vannes.`,
      'fr',
    );
    expect(find(es, 'Laurens de Kervan')?.count).toBe(2);
  });
});

describe('a word written after « éditions » or « groupe »', () => {
  it('is a company, no surname of the person of the same family', () => {
    const es = entitiesOf(
      `Les éditions Morvand publient le roman en mars. Claire Morvand, la PDG, a salué le livre. Morvand a
imprimé 50 000 exemplaires, selon Paul Garnier.`,
      'fr',
    );
    expect(find(es, 'Claire Morvand')?.count).toBe(1);
    expect(find(es, 'Morvand')?.count).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a person after a longer name, read names only', () => {
  it('splits a given name and a surname the text then uses alone from the words before them', () => {
    const it_ = entitiesOf(
      `Il ministro delle Politiche agricole Stefano Brunetti ha firmato il decreto. Brunetti ha spiegato che la
misura vale due anni. Secondo Brunetti, i fondi arriveranno entro marzo.`,
      'it',
    );
    expect(names(it_)).toContain('Stefano Brunetti');
    expect(names(it_).some((n) => /agricole Stefano|Politiche Stefano/.test(n))).toBe(false);
    const pl = entitiesOf(
      `Prezes spółki Tramwaje Pomorskie Adam Wilczek zapowiedział zakupy. Wilczek podkreślił, że tabor jest stary.
– To konieczne – powiedział Wilczek.`,
      'pl',
    );
    expect(names(pl)).toContain('Adam Wilczek');
  });

  it('keeps a body named after a person whose surname the text never uses alone', () => {
    const es = entitiesOf(
      `Investigadores del Instituto Max Planck de Astronomía publicaron el estudio. El Instituto Max Planck de
Astronomía coordina la campaña con la Universidad de Chile.`,
      'es',
    );
    expect(names(es)).not.toContain('Max Planck');
  });
});

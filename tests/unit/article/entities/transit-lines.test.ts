import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a tram, bus or metro line code', () => {
  it('is no name after « ligne » or in a list of lines', () => {
    const text = `La grève touche le réseau Trambus à Valmont. Sur le tramway, les lignes T1 et T3 rouleront avec une rame
sur deux ; la ligne T2 sera coupée. Les lignes express B7 et B9 circuleront. Le réseau Trambus promet un
retour à la normale lundi.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Trambus');
    for (const code of ['T1', 'T2', 'T3', 'B7', 'B9']) expect(shown).not.toContain(code);
  });

  it('is no name after "line" in English either', () => {
    const text = `Orbia Transit said tram line M2 and lines C1 and C4 would stop at noon. Orbia Transit apologised.`;
    const shown = names(entitiesOf(text, 'en'));
    expect(shown).toContain('Orbia Transit');
    for (const code of ['M2', 'C1', 'C4']) expect(shown).not.toContain(code);
  });

  it('stays a name when the text writes it elsewhere on its own', () => {
    const text = `The new Valtra T4 tractor launched this week. Buyers of the T4 can order from Valtra dealers, who say
the T4 sells well. Rivals have no tram line T4 to boast of.`;
    expect(names(entitiesOf(text, 'en')).some((n) => n.includes('T4'))).toBe(true);
  });
});

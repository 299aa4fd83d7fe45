import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French: « de » after a product code names its maker', () => {
  it('splits « le vaccin KR22 de Biolmed » in two, and keeps a name whose particle is its own', () => {
    const es = entitiesOf(
      `Les résultats du vaccin KR22 de Biolmed ont été publiés. Le laboratoire Biolmed a déposé le dossier du
KR22 lundi. Le Stade de Reims et la Banque de France suivent le dossier.`,
      'fr',
    );
    expect(find(es, 'Biolmed')?.count).toBe(2);
    expect(find(es, 'KR22')?.count).toBe(2);
    expect(names(es).some((n) => n.includes('KR22 de'))).toBe(false);
    expect(names(es)).toContain('Banque de France');
    expect(names(es)).toContain('Stade de Reims');
  });
});

describe('English: a plural of members heads a body with its complement', () => {
  it('keeps "Friends of the Earth Scotland" whole, and a person after "Friends of" apart', () => {
    const es = entitiesOf(
      `Campaigners were not convinced. Friends of the Earth Scotland said the plan would fail.
Friends of Mary Holden gathered outside the court, where the Knights of Malta also met.`,
    );
    expect(names(es)).toContain('Friends of the Earth Scotland');
    expect(names(es)).toContain('Mary Holden');
    expect(names(es)).toContain('Knights of Malta');
    expect(names(es).some((n) => n.startsWith('Earth'))).toBe(false);
  });
});

describe('A time zone after a clock time is no name', () => {
  it('drops "MT" and "ET" after a time, keeps a state written "MT" elsewhere', () => {
    const es = entitiesOf(
      `Published 6:00 a.m. MT Dec. 7 | Updated 10:15 a.m. MT Dec. 8. The Lorne Water Board meets at 9 p.m. ET
on Friday, the Lorne Water Board said.`,
    );
    expect(names(es)).not.toContain('MT');
    expect(names(es)).not.toContain('ET');
    expect(names(es)).toContain('Lorne Water Board');
    const state = entitiesOf(`The rally starts at 10 a.m. MT in Helena, MT, where MT officials spoke.`);
    expect(find(state, 'MT')).toBeDefined();
  });
});

describe('French: a work quoted in guillemets is named whole', () => {
  it('keeps « Les Nuits du quai » called a film, and leaves a quoted phrase alone', () => {
    const es = entitiesOf(
      `Elle avait surpris avec « Les Nuits du quai », premier long-métrage tourné à Brest. Le maire a parlé
d’« Une belle journée » pour la ville.`,
      'fr',
    );
    expect(names(es)).toContain('Les Nuits du quai');
    expect(names(es)).not.toContain('Les Nuits');
    expect(names(es).some((n) => n.includes('belle journée'))).toBe(false);
  });
});

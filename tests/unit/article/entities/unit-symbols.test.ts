import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a prefixed unit symbol after a number', () => {
  it('is no name: "60 kW DC", "7.2 kW AC"', () => {
    const es =
      entitiesOf(`The Tarrow hatch supports 60 kW DC fast charging, said Kestrel Motors. A 7.2 kW AC wall box
      comes with it, Kestrel Motors said.`);
    expect(es.some((e) => e.text.startsWith('kW'))).toBe(false);
    expect(find(es, 'Kestrel Motors')).toBeDefined();
  });
});

describe("a dollar's country after its sign or unit", () => {
  it('is no place: « 0,86 $ US », « 48,6 cents US »; the country named otherwise stays', () => {
    const es = entitiesOf(
      `Le bénéfice de Norvia atteint 0,86 $ US par action, et la marge 48,6 cents US le gallon, a dit Léa Marin.
      Norvia vise 5 $ US par action.`,
      'fr',
    );
    expect(find(es, 'US')).toBeUndefined();
    const kept = entitiesOf(
      `Norvia a ouvert 40 magasins aux US et au Canada, a dit Léa Marin. Norvia vise les US.`,
      'fr',
    );
    expect(find(kept, 'US')).toBeDefined();
  });
});

describe('a currency next to a sum', () => {
  it('is no name: "C$ 40", "US$12", "A$", "NZ$", "HK$", « CHF 499 », « 3 millions CHF », « 5$ CA »', () => {
    const en =
      entitiesOf(`Norvia Mining raised C$ 40 million in March, and Tellcore paid US$ 12 million for a mine in
      Quebec, said Mara Quill. The deal was worth A$ 30 million, or NZ$ 33 million. Investors paid HK$ 5 a share.
      Tellcore lost C$40 million last year and US$12 million the year before, and A$ 3 million, NZ$ 4 million and
      HK$ 6 million since. Mara Quill said Norvia Mining would pay CHF 20 million to Zurich Partners, and CHF 5
      million more. Zurich Partners declined to comment.`);
    for (const sign of ['C$', 'US$', 'A$', 'NZ$', 'HK$', 'CHF']) expect(find(en, sign)).toBeUndefined();
    expect(find(en, 'Norvia Mining')).toBeDefined();
    expect(find(en, 'Zurich Partners')).toBeDefined();
    const fr = entitiesOf(
      `Le titre de Norvia vaut 5$ CA, contre 4,10$ CA hier, a dit Léa Marin. Norvia a levé 40 M$ CA et paiera
      3 millions CHF à Valcor. Norvia vise 6$ CA. La banque Valcor a prêté CHF 20 millions à Norvia.`,
      'fr',
    );
    expect(find(fr, 'CA')).toBeUndefined();
    expect(find(fr, 'CHF')).toBeUndefined();
    expect(find(fr, 'Valcor')).toBeDefined();
  });

  it('keeps a country written apart from any sum', () => {
    const es = entitiesOf(
      `Norvia opened 40 shops in the US and Canada, said Mara Quill. Norvia now sells in the US.`,
    );
    expect(find(es, 'US')).toBeDefined();
  });
});

describe('a number and its unit', () => {
  it('is no name, glued or apart: « 256 Go », "120Hz", "5 000 mAh", "8 GB", « 1 To »', () => {
    const en =
      entitiesOf(`The Vortex X2 has a 120Hz screen and a 5,000mAh battery, said Lena Park. The Vortex X2 has
      8 GB of memory; its 120 Hz panel beats the Orbit 7 and its 415 mAh watch battery. The 8 GB Orbit 7 comes
      later with 45W charging. The 120Hz screen of the Orbit 7 is bright; Lena Park said the 45W charger is apart.`);
    expect(names(en).filter((n) => /\d/.test(n))).toEqual(expect.arrayContaining(['Vortex X2', 'Orbit 7']));
    expect(names(en).join(' · ')).not.toMatch(/Hz|mAh|GB|45W/);
    const fr = entitiesOf(
      `Le Vortex X2 a un écran 120 Hz et une batterie de 5 000 mAh. Le Vortex X2 a 8 Go de mémoire vive et 256 Go
      de stockage, a dit Léa Marin. Le modèle 1 To du Vortex X2 arrive plus tard.
      Le Vortex X2 256 Go est vendu 599 euros. Le Vortex X2 8 Go et l'Orbit 7 16 Go sont livrés avec 512 Go.`,
      'fr',
    );
    expect(find(fr, 'Vortex X2')).toBeDefined();
    expect(names(fr).join(' · ')).not.toMatch(/\bGo\b|\bTo\b|mAh|Hz/);
  });
});

describe('a symbol that names things too', () => {
  it('stays with the name after a number: a score before "Go Ahead Eagles"', () => {
    const es =
      entitiesOf(`PSV beat Go Ahead Eagles on Sunday. The score was PSV 3 Go Ahead Eagles 1, said Joris Veld.
      Go Ahead Eagles play again in May.`);
    expect(find(es, 'Go Ahead Eagles')).toBeDefined();
  });
});

describe("a rate's unit after a number", () => {
  it('is no name: « 10 Gbit/s », « 600 Mbit/s »; a name before a slash elsewhere stays', () => {
    const es = entitiesOf(
      `La Veltabox offre un port à 10 Gbit/s et deux ports à 2,5 Gbit/s, a dit Léa Marin. Le débit passe de
      180 Mbit/s à 800 Mbit/s chez Norvia.`,
      'fr',
    );
    expect(find(es, 'Gbit')).toBeUndefined();
    expect(find(es, 'Mbit')).toBeUndefined();
    const kept = entitiesOf(
      `Le groupe Norvia/Tellcore achète 2 Tellcore/Norvia, a dit Léa Marin chez Tellcore.`,
      'fr',
    );
    expect(find(kept, 'Tellcore')).toBeDefined();
  });
});

describe('a time zone after a French clock time', () => {
  it('is no name: « 5 h 00 HNE », « 14 h 30 HAE », « 17h30 HNP », « 9 h UTC »', () => {
    const es = entitiesOf(
      `Publié le 4 mars à 5 h 00 HNE, mis à jour à 14 h 30 HAE. La séance de la Ville de Lévis commence à
      17h30 HNP, puis à 9 h UTC, a dit Léa Marin. Léa Marin a ajouté que la Ville de Lévis paierait.`,
      'fr',
    );
    for (const zone of ['HNE', 'HAE', 'HNP', 'UTC']) expect(find(es, zone)).toBeUndefined();
    expect(find(es, 'Léa Marin')?.type).toBe('person');
  });

  it('leaves the same letters standing elsewhere as they were', () => {
    const es = entitiesOf(
      `Le HNE, un club d’escrime, a gagné dimanche. Le HNE reçoit Nantes samedi, a dit Léa Marin.`,
      'fr',
    );
    expect(find(es, 'HNE')).toBeDefined();
  });
});

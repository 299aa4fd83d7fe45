import { describe, expect, it } from 'vitest';
import { aliasOf } from '@/utils/article/entities/aliases';
import { isKnownName } from '@/utils/article/entities/gazetteer';
import { homeCountry } from '@/utils/article/entities/home-country';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('countries and regions in the languages read names only', () => {
  it('knows countries as German, Spanish, Italian, Portuguese, Dutch and Polish write them', () => {
    for (const k of ['deutschland', 'osterreich', 'espana', 'stati uniti', 'alemanha', 'duitsland', 'niemcy'])
      expect(isKnownName(k)).toBe(true);
    for (const k of ['sicilia', 'cataluna', 'minas gerais']) expect(isKnownName(k)).toBe(true);
    // Words English writes for something else are no places: German "Island" (Iceland), Polish "Indie".
    for (const k of ['island', 'indie', 'czech']) expect(isKnownName(k)).toBe(false);
  });

  it('lists a country a German text names, as it lists a city', () => {
    const es = entitiesOf(
      `Der Hersteller liefert künftig nach Frankreich und Österreich. In Frankreich gilt die neue Regel ab März,
sagte Jana Kolbe in Wien.`,
      'de',
    );
    for (const name of ['Frankreich', 'Österreich', 'Wien']) expect(names(es)).toContain(name);
  });

  it('takes a Polish place declined for one place', () => {
    expect(aliasOf('polsce')).toBe('polska');
    expect(aliasOf('niemczech')).toBe('niemcy');
    // The English and French forms keep their own key.
    expect(aliasOf('ukraine')).toBeUndefined();
    const es = entitiesOf(
      `Polska podpisała umowę. W Polsce ceny gazu spadną, a eksport z Polski wzrośnie. Niemcy kupią więcej.`,
      'pl',
    );
    expect(names(es).filter((n) => /^Pols/.test(n))).toHaveLength(1);
  });

  it("takes a country's official long name for the country", () => {
    expect(aliasOf('bundesrepublik deutschland')).toBe('deutschland');
    expect(aliasOf('republik polen')).toBe('polen');
    const es = entitiesOf(
      `Die Bundesrepublik Deutschland hat den Vertrag unterzeichnet. Deutschland zahlt ab Mai, sagte Jana Kolbe.`,
      'de',
    );
    expect(names(es).filter((n) => /Deutschland/.test(n))).toEqual(['Deutschland']);
  });

  it('reads the home country of a site in its own language', () => {
    expect(homeCountry('https://www.zeitung-beispiel.de/a')).toContain('deutschland');
    expect(homeCountry('https://www.gazeta-przyklad.pl/a')).toContain('polska');
    expect(homeCountry('https://www.jornal-exemplo.com.br/a')).toContain('brasil');
  });
});

describe('bodies named in the languages read names only', () => {
  it('types a body by its head word in the other languages ("Europäische Kommission")', () => {
    const de = entitiesOf(
      'Die Europäische Kommission prüft den Plan. Laut der Europäischen Kommission fehlt eine Zusage, sagte Jana Kolbe.',
      'de',
    );
    expect(find(de, 'Europäische Kommission')?.type).toBe('organization');
  });
});

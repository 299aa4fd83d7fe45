import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { isCompanyNoun } from '@/utils/article/entities/company-nouns';
import { RUSSIAN_DECLINED_PLACES } from '@/utils/article/entities/gazetteer/russian-places';
import { isDeclinedGivenName } from '@/utils/article/entities/russian-cases';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus). Languages read "names only": names a company noun
// introduces, single words capitalised inside several sentences, given names of those languages, Russian cases.

describe('names only: a company noun before a single word', () => {
  it('keeps and types a company written after "la empresa", not a word written in lower case too', () => {
    const es = entitiesOf(
      `El Gobierno criticó a la empresa Vantrex por los despidos. Según el ministro, Vantrex buscó el conflicto.
Los trabajadores de Vantrex pararon el lunes. La empresa Puerto dijo que el puerto sigue abierto.`,
      'es',
    );
    expect(find(es, 'Vantrex')?.type).toBe('organization');
    expect(names(es)).not.toContain('Puerto');
  });

  it('keeps a start-up German names after a singular article, not a plural noun after "die Unternehmen"', () => {
    const es = entitiesOf(
      `Das Kölner Start-up Quendro will den Markt aufmischen. Gegründet wurde Quendro 2021, und Quendro wächst.
Die Unternehmen Gewinne machen wollen, sagen Experten, und Gewinne steigen.`,
      'de',
    );
    expect(find(es, 'Quendro')?.type).toBe('organization');
    expect(names(es)).not.toContain('Gewinne');
  });

  it('reads "Stahlhersteller" as no part of the name a town adjective opens', () => {
    const es = entitiesOf(
      `In Essen wird gestreikt. Der Essener Stahlhersteller Morwald Stahl AG baut Stellen ab. Morwald hatte
Verluste. Der Betriebsrat kritisiert, dass Morwald nicht verhandelt.`,
      'de',
    );
    expect(names(es)).not.toContain('Essener Stahlhersteller Morwald Stahl AG');
    expect(find(es, 'Morwald Stahl AG')).toBeDefined();
  });

  it('knows company nouns and German compounds closed by one', () => {
    expect(isCompanyNoun('spolka')).toBe(true);
    expect(isCompanyNoun('softwarekonzern')).toBe(true);
    expect(isCompanyNoun('konzept')).toBe(false);
  });
});

describe('names only: a single word capitalised inside several sentences', () => {
  it('keeps a club named three times, not a noun after an article nor a table label', () => {
    const es = entitiesOf(
      `El delantero llega procedente de Tarvilla tras tres temporadas. El presidente de Tarvilla confirmó la venta.
Con Tarvilla jugó 90 partidos. El Ejecutivo aprobó la ley, y el Ejecutivo la firmó, dijo el Ejecutivo.
Local: Camiseta roja. Visita: Camiseta azul. Árbitro: Camiseta negra.`,
      'es',
    );
    expect(names(es)).toContain('Tarvilla');
    expect(names(es)).not.toContain('Ejecutivo');
    expect(names(es)).not.toContain('Camiseta');
  });

  it('keeps no lone given name nor a declined form of another name', () => {
    const es = entitiesOf(
      `Wczoraj Marek mówił o pracy, a potem Marek wyszedł, bo Marek był zmęczony. Od roku Kolvix działa.
Użytkownicy Kolvixa narzekają, bo z Kolvixa korzysta wielu, a wersja Kolvixa jest stara.`,
      'pl',
    );
    expect(names(es)).not.toContain('Marek');
    expect(names(es)).not.toContain('Kolvixa');
  });
});

describe('names only: given names and Russian cases', () => {
  it('types a person opened by a Polish or Spanish given name', () => {
    const pl = entitiesOf(
      'Psycholog Ewa Dorzyńska pisze o rodzinie. Według niej Ewa Dorzyńska widzi zmianę.',
      'pl',
    );
    expect(find(pl, 'Ewa Dorzyńska')?.type).toBe('person');
    const es = entitiesOf('El candidato Rodolfo Tarquín habló ayer. Luego Rodolfo Tarquín se fue.', 'es');
    expect(find(es, 'Rodolfo Tarquín')?.type).toBe('person');
  });

  it('folds Russian given names declined to their nominative', () => {
    expect(isDeclinedGivenName('катерины')).toBe(true);
    expect(isDeclinedGivenName('сергея')).toBe(true);
    expect(isDeclinedGivenName('ольгои')).toBe(true);
    expect(isDeclinedGivenName('дорогои')).toBe(false);
    expect(isDeclinedGivenName('katarzyny')).toBe(false);
  });

  it('merges a Russian name declined with its nominative, shown in the nominative', () => {
    const es = entitiesOf(
      `Ирина Соловцова\n\nличный архив Ирины Соловцовой\n\nВ Москве Ирина Соловцова открыла кафе, а в Москву ездит часто.`,
      'ru',
    );
    const person = find(es, 'Ирина Соловцова');
    expect(person?.type).toBe('person');
    expect(person?.variants).toContain('Ирины Соловцовой');
    expect(find(es, 'Москве')?.variants).toContain('Москву');
  });

  it('lists the Russian case forms of a place, the nominative first', () => {
    const moscow = RUSSIAN_DECLINED_PLACES.find((forms) => forms[0] === 'москва');
    expect(moscow).toEqual(expect.arrayContaining(['москвы', 'москве', 'москву']));
  });
});

describe('names only: a craft named after a person', () => {
  it('does not type the telescope « James Webb » a person', () => {
    const es = entitiesOf('Los datos del telescopio espacial Erwin Kalder confirman el hallazgo.', 'es');
    expect(find(es, 'Erwin Kalder')?.type).not.toBe('person');
  });
});

describe('names only: the site speaking of itself', () => {
  it("drops a name written as the page's own domain, not another site's", () => {
    const text = `Голосуйте за лучший рецепт по версии Kuhnya.ru! Победитель даст интервью для сайта Kuhnya.ru, а
рецепты печатает и Retsepty.com. Читатели Kuhnya.ru выбирают сами, а Retsepty.com и Retsepty.com публикуют.`;
    const es = extractEntities(text, { lang: 'ru', url: 'https://www.kuhnya.ru/recepty/1.html' });
    expect(names(es)).not.toContain('Kuhnya.ru');
    expect(names(es)).toContain('Retsepty.com');
  });
});

describe('names only: Slavic case endings', () => {
  it('merges a surname declined with the full name, and shows the form the others extend', () => {
    const ru = entitiesOf(
      'Президент Владимир Тарасов выступил в Думе. Позиция президента Тарасова не изменилась, и Тарасову ответили.',
      'ru',
    );
    expect(find(ru, 'Владимир Тарасов')?.variants).toEqual(expect.arrayContaining(['Тарасова', 'Тарасову']));
    const pl = entitiesOf(
      'Firma Moltex wydała Zenbox 2. Użytkownicy Zenboxa chwalą system, a twórcy Zenboxa obiecują poprawki.',
      'pl',
    );
    expect(names(pl)).not.toContain('Zenboxa');
  });

  it('leaves apart a word two names end with (two people of one family)', () => {
    const pl = entitiesOf(
      'Anna Wolska i Piotr Wolsk rozmawiali. Według Wolska obie firmy, a Wolska dodała, że Wolska zostaje.',
      'pl',
    );
    expect(find(pl, 'Piotr Wolsk')?.variants ?? []).not.toContain('Wolska');
  });
});

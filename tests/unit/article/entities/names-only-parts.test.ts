import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a person after a body or a place, read names only', () => {
  it('ends the longer name where a given name and a surname start', () => {
    const es = entitiesOf(
      `El juez de la Audiencia Nacional Ismael Robles ha citado a los directivos. La Audiencia Nacional investiga
los pagos desde marzo.`,
      'es',
      'La Audiencia Nacional cita a los directivos',
    );
    expect(names(es)).toContain('Audiencia Nacional');
    expect(names(es)).toContain('Ismael Robles');
    expect(names(es).some((n) => n.includes('Nacional Ismael'))).toBe(false);
    const pl = entitiesOf(
      `Rzecznik Praw Obywatelskich Marcin Kowal skierował pismo do ministra. Prezydent Poznania Karol Nowicki
zapowiedział pomoc dla mieszkańców.`,
      'pl',
    );
    expect(names(pl)).toContain('Marcin Kowal');
    expect(names(pl)).toContain('Karol Nowicki');
    expect(names(pl).some((n) => /Obywatelskich Marcin|Poznania Karol/.test(n))).toBe(false);
  });

  it('leaves the connector before the person to neither side', () => {
    const es = entitiesOf(
      'El Gobierno de Ismael Robles aprobó el plan. Los sindicatos critican al Gobierno de Ismael Robles.',
      'es',
    );
    expect(names(es)).toContain('Ismael Robles');
    expect(names(es).some((n) => / de$/.test(n))).toBe(false);
  });
});

describe('courtesy titles of the languages read names only', () => {
  it('are no part of the name after them', () => {
    const it_ = entitiesOf(
      `Il sindaco Piero Amadei ha risposto ai commercianti. «Signor Amadei, venga a vedere», ha scritto uno di
loro. Amadei ha promesso una visita.`,
      'it',
    );
    expect(names(it_).some((n) => n.startsWith('Signor'))).toBe(false);
    expect(find(it_, 'Piero Amadei')?.count).toBe(3);
    const nl = entitiesOf(
      'Burgemeester Johan Dekker sprak de bewoners toe. Meneer Dekker beloofde een oplossing.',
      'nl',
    );
    expect(names(nl).some((n) => n.startsWith('Meneer'))).toBe(false);
  });

  it('stay words where the language does not use them as titles', () => {
    expect(
      names(entitiesOf('Pan Am flew its last route in 1991. Pan Am was founded in 1927.', 'en')),
    ).toContain('Pan Am');
  });
});

describe("a club's initials, read names only", () => {
  it('open a name where nouns take capitals', () => {
    const de = entitiesOf(
      'Der SC Neustadt hat am Samstag gewonnen. Gegen den SC Neustadt verlor der VfB Oberdorf mit 0:2.',
      'de',
    );
    expect(names(de)).toContain('SC Neustadt');
    expect(names(de)).toContain('VfB Oberdorf');
  });
});

describe('Polish places declined', () => {
  it('are one place however the sentence declines them', () => {
    const pl = entitiesOf(
      'Fala na Odrze dotarła do Opola. Poziom Odry rośnie, a w Opolu trwa ewakuacja.',
      'pl',
    );
    expect(names(pl).filter((n) => n.startsWith('Odr'))).toHaveLength(1);
    expect(names(pl)).toContain('Opole');
  });
});

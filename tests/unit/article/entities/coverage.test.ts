import { describe, expect, it } from 'vitest';
import { readsLanguageFully } from '@/utils/article/entities';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('languages read names only', () => {
  it('reads French and English fully, the others names only', () => {
    expect(readsLanguageFully('fr-FR')).toBe(true);
    expect(readsLanguageFully('en')).toBe(true);
    for (const lang of ['de', 'it', 'pt', 'ru', 'und']) expect(readsLanguageFully(lang)).toBe(false);
  });

  it('never lists German common nouns, keeps names a reader can trust', () => {
    const es = entitiesOf(
      `Die Datenbank wurde erneuert. Eine neue Version der Datenbank läuft seit Montag in Hamburg. Laut Annika
Berger prüft die Deutsche Bahn die Version. Die Datenbank speichert jede Version, sagte Annika Berger.`,
      'de',
      'Neue Version der Datenbank',
    );
    for (const noun of ['Datenbank', 'Version', 'Die Datenbank']) expect(names(es)).not.toContain(noun);
    for (const name of ['Hamburg', 'Annika Berger', 'Deutsche Bahn']) expect(names(es)).toContain(name);
  });

  it('never lists page furniture of other languages', () => {
    const it_ = entitiesOf(
      `Leggi anche: il Comune di Verona approva il piano. Leggi anche la nota di Marco Rinaldi.
Publicado il piano, Marco Rinaldi parla.`,
      'it',
    );
    expect(names(it_)).not.toContain('Leggi');
    expect(names(it_)).not.toContain('Publicado');
    expect(names(it_)).toContain('Marco Rinaldi');
  });

  it('splits a German role from the name after it, and needs a recurring phrase for a common adjective', () => {
    const es = entitiesOf(
      `Am Abend sprach Gastreferentin Anna Kessler über Kommunale Betriebe. Danach diskutierte die Runde über
Digitale Medien, und Anna Kessler lobte die Bayerische Landesbank.`,
      'de',
    );
    expect(names(es)).toContain('Anna Kessler');
    expect(names(es)).not.toContain('Gastreferentin Anna Kessler');
    expect(names(es)).not.toContain('Kommunale Betriebe');
    expect(names(es)).not.toContain('Digitale Medien');
    expect(names(es)).toContain('Bayerische Landesbank');
  });

  it('lists no German name followed by nouns, and keeps names closed by the word that says name', () => {
    const es = entitiesOf(
      `Der Fall setzte die FBI Ermittler unter Druck. Laut Annika Berger prüft die USA Justiz den Fall in
Hamburg. Forscher an der ETH Zürich und der Kanton Bern helfen, und Annika Berger fährt einen Audi R8.`,
      'de',
    );
    expect(names(es)).not.toContain('FBI Ermittler');
    expect(names(es)).not.toContain('USA Justiz');
    for (const name of ['ETH Zürich', 'Kanton Bern', 'Audi R8', 'Annika Berger'])
      expect(names(es)).toContain(name);
  });

  it('needs a recurring phrase for a German adjective that is not of a place, and lists no sum', () => {
    const es = entitiesOf(
      `In Genf sprach Annika Berger über Technische Hochschulen. Der Bayerische Rundfunk berichtete, die
Länder hätten 100 Milliarden US-Dollar zugesagt. Annika Berger lobte die Evangelische Schulstiftung und die
Städtischen Bühnen Köln vor den Olympischen Spielen.`,
      'de',
    );
    expect(names(es)).not.toContain('Technische Hochschulen');
    expect(names(es)).not.toContain('Milliarden US-Dollar');
    for (const name of [
      'Bayerischer Rundfunk',
      'Annika Berger',
      'Evangelische Schulstiftung',
      'Städtischen Bühnen Köln',
      'Olympische Spiele',
    ])
      expect(names(es)).toContain(name);
  });
});

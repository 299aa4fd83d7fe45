import { describe, expect, it } from 'vitest';
import { isTitleNamed } from '@/utils/article/entities/names-only-cues';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus). Languages read "names only" keep a capitalised phrase
// only with a cue that it is a name; these cues bring names back without bringing back common nouns.

describe('names only: cues that a phrase is a name', () => {
  it('keeps a phrase the title names and a sentence repeats, not two nouns the title writes side by side', () => {
    const es = entitiesOf(
      `Seit Jahren malt die Künstlerin. Im Atelier zeigt Ilvana Morsk ihre Bilder, und das Museum kauft zwei
davon. Hühner Eier legen viele Höfe aus. Im Sommer legen Hühner Eier auch abends. Die Hühner schlafen früh.`,
      'de',
      'Ilvana Morsk malt, und Hühner Eier legen',
    );
    expect(names(es)).toContain('Ilvana Morsk');
    expect(names(es)).not.toContain('Hühner Eier');
  });

  it('keeps a person whose surname is reused alone, not a noun phrase nor two nouns side by side', () => {
    const es = entitiesOf(
      `Die Rede hielt am Montag, wie erwartet, Orvin Tessak in Bonn. Tessak lobte die Reform. Danach nahm sich die
Kandidatin Marop Zeit, und Marop ging. In einem Glas Saft steckt viel Zucker; Saft trinken Kinder gern. Die Spannung sinkt bei Blei Akkus, und Akkus
altern schnell. Mit ihr reiste, wie immer, Lena Vrost; Vrost lachte. Das sah, wie so oft, Kollege Vrost.`,
      'de',
    );
    expect(names(es)).toContain('Orvin Tessak');
    expect(names(es)).not.toContain('Glas Saft');
    expect(names(es)).not.toContain('Blei Akkus');
    // A surname another phrase writes too is no proof: "Kollege Vrost" where "Lena Vrost" is.
    expect(names(es)).not.toContain('Kollege Vrost');
    expect(names(es)).not.toContain('Kandidatin Marop');
  });

  it('never takes a German number or declined adjective for a given name', () => {
    const es = entitiesOf(
      `Auf der Messe, wie jedes Jahr, Sieben Unternehmen aus Bonn; Unternehmen zahlen dort viel. Daneben, wie
immer, Traditionelle Händler mit Ständen, und Händler lachen.`,
      'de',
    );
    expect(names(es)).not.toContain('Sieben Unternehmen');
    expect(names(es)).not.toContain('Traditionelle Händler');
  });

  it('counts an acronym written inside a longer phrase, not a word shouted in capitals', () => {
    const es = entitiesOf(
      `Der VKMB hat die Künstlerin gewonnen. Hintergrund sei die Aktion des VKMB im Mai. Das Heft UND die
Hülle kosten wenig, und ein Heft kauft man gern UND oft. Viele KMU leiden, und KMU zahlen mehr.`,
      'de',
    );
    expect(names(es)).toContain('VKMB');
    expect(names(es)).not.toContain('UND');
    expect(names(es)).not.toContain('KMU');
  });

  it('keeps athletes listed with a country code, never the codes', () => {
    const es = entitiesOf(
      `Ergebnisse Sprint Damen:
1. Marit Oksvold (NOR) 20.11,2
2. Tuula Ranvik (FIN) +3,1
3. Greta Holmfeld (NOR) +5,9
4. Ilse Kranich (GER) +7,0
5. Anja Weller (GER) +8,4
6. Saara Lind (FIN) +9,2`,
      'de',
    );
    for (const name of ['Marit Oksvold', 'Tuula Ranvik', 'Greta Holmfeld']) expect(names(es)).toContain(name);
    for (const code of ['NOR', 'FIN', 'GER']) expect(names(es)).not.toContain(code);
  });

  it('keeps a Spanish name whose surname is reused alone, not a capitalised word of a sentence', () => {
    const es = entitiesOf(
      `El diputado Naldo Errani respondió después, y Errani pidió calma. La Reforma Agraria tardará; la reforma
agraria divide al país.`,
      'es',
    );
    expect(names(es)).toContain('Naldo Errani');
    expect(names(es)).not.toContain('Reforma Agraria');
    // After a known name, the last word is no surname reused.
    const it_ = entitiesOf(
      `Il disco, inciso a New York Registrazione dal vivo, esce ora; Registrazione e mix di Ugo.`,
      'it',
    );
    expect(names(it_)).not.toContain('New York Registrazione');
  });
});

describe('German names cut from the nouns around them', () => {
  it('cuts a noun the text writes alone before a name it writes alone', () => {
    const es = entitiesOf(
      `Der Verband hat den Bildhauer Olek Vastrand gewonnen. Olek Vastrand lebt in Berlin. Der Bildhauer
zeigt dort seine Werke, und mit dem Bildhauer Olek Vastrand arbeitet ein Team.`,
      'de',
      'Olek Vastrand gestaltet eine Titelseite',
    );
    expect(find(es, 'Olek Vastrand')?.count).toBe(3);
    expect(names(es).some((n) => n.includes('Bildhauer'))).toBe(false);
  });

  it('cuts a genitive owner, a qualified kind of place, a word after a person, and an article inside a run', () => {
    const es = entitiesOf(
      `Apple verkauft Geräte. Apples Konkurrent Google verkauft auch welche. Im US-Bundesstaat Florida regnet es.
Gabriel Lunz – Zu spät
Am Sonntag zeigt Gabriel Lunz Videos. Für den Roman hat Frank Ostrau den Deutschen Buchpreis erhalten;
Frank Ostrau freut sich.`,
      'de',
    );
    const all = names(es).join(' | ');
    expect(all).not.toMatch(/Apples|Konkurrent|Bundesstaat|Lunz Videos|Ostrau den/);
    for (const name of ['Google', 'Florida', 'Gabriel Lunz', 'Frank Ostrau'])
      expect(names(es)).toContain(name);
  });

  it('keeps a body whose name starts with its kind ("Kanton Bern") and French and English runs whole', () => {
    const de = entitiesOf(`Der Kanton Bern zahlt. Im Kanton Bern wohnen viele.`, 'de');
    expect(names(de)).toContain('Kanton Bern');
    const en = entitiesOf(
      `The Museum of the City of New York reopened. The Museum of the City of New York grew.`,
    );
    expect(names(en).some((n) => n.startsWith('Museum of the City'))).toBe(true);
  });
});

describe('acronyms of common nouns, names only', () => {
  it('keeps GDP and gas acronyms of other languages out, and a body’s acronym in', () => {
    const pl = entitiesOf(
      `W Polsce godzina pracy wnosi 41 dolarów do PKB. Import LNG rośnie, a PKB spada. Według GUS import LNG wzrósł. GUS podał dane.`,
      'pl',
    );
    expect(names(pl)).not.toContain('PKB');
    expect(names(pl)).not.toContain('LNG');
    expect(names(pl)).toContain('GUS');
  });
});

describe('Names only: a title names a phrase a sentence declines', () => {
  it('reads a genitive "-s" on one word as the title’s phrase', () => {
    const mid = [{ surface: 'Stadttheaters Bremen' }] as unknown as Parameters<typeof isTitleNamed>[1];
    expect(isTitleNamed('stadttheaters bremen', mid, ' premiere am stadttheater bremen ')).toBe(true);
    expect(isTitleNamed('stadttheaters bremen', mid, ' premiere in bremen ')).toBe(false);
  });
});

describe('Names only: a title’s single name written once more inside a body’s name', () => {
  it('counts "Ayuntamiento de Orvalle" as a mention of Orvalle', () => {
    const es = entitiesOf(
      `La empresa abrirá una planta en Orvalle el próximo año. El alcalde habló en el Ayuntamiento de Orvalle ayer.`,
      'es',
      'Una empresa abrirá una fábrica en Orvalle',
    );
    expect(names(es)).toContain('Orvalle');
  });

  it('takes a full name the title writes, opened by a given name, at the start of the text', () => {
    const es = entitiesOf(
      `Marta Iturbe (Bilbao, 1980) recibe a la prensa en su cocina. Habla de su oficio y de su equipo.`,
      'es',
      'Marta Iturbe, cocinera: “Cocinar es escuchar”',
    );
    expect(names(es)).toContain('Marta Iturbe');
  });
});

describe('a country code column of a results table', () => {
  const text = `Léo Vintal a remporté le sprint de Brélac devant Ola Norrby.

Rang
Athlète
Pays
Temps

1
Léo Vintal
FRA
0
23'41''8
2
Ola Norrby
NOR
0
+6''4
3
Paul Orlande
FRA
1
+11''9

La France compte deux Français sur le podium, et la FRA reste en tête du classement des nations.`;

  it('drops a code written in capitals before the figures of each row, a cell to a line', () => {
    const shown = names(
      entitiesOf(text.replace(', et la FRA reste en tête du classement des nations', ''), 'fr'),
    );
    expect(shown).toContain('Léo Vintal');
    expect(shown).not.toContain('FRA');
    expect(shown).not.toContain('NOR');
  });

  it('keeps a code the text also writes in a sentence', () => {
    expect(names(entitiesOf(text, 'fr'))).toContain('FRA');
  });
});

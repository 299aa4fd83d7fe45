import { GIVEN_NAMES, isKnownName } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import { isPersonShaped } from './person-shape';
import { isNameToken } from './span';
import type { Token } from './tokenize';

// Cues that a capitalised phrase is a name, for languages read "names only" (see isHighConfidence), where a
// capital alone says nothing: the title, a surname used alone, a country code after an athlete, a recurring acronym.

/**
 * Country codes of results tables and start lists (IOC, and the ISO ones that differ): "Dorothea Wierer (ITA)".
 * Folded. Never a key entity by itself; the name before one in brackets is a competitor's.
 */
export const COUNTRY_CODES = new Set(
  `afg alb alg and ang arg arm aus aut aze bah ban bar bdi bel ben ber bhu bih blr bol bot bra bul bur can caf cha
  chi chn civ cmr cod col cro cub cyp cze den dom ecu egy eng esa esp est eth fin fij fra gab gam gbr geo ger gha
  gre gua gui hai hkg hon hun ina ind iri irl irq isl isr isv ita jam jor jpn kaz ken kgz kor kos ksa kuw lat lbn
  lie ltu lux mad mar mas mda mex mgl mkd mli mlt mne mon moz mri nam ned nep ngr nig nor nzl pak pan par per phi
  pol por prk pur qat rou rsa rus rwa sco sen sin slo srb sui sur svk swe syr tha tjk tkm tpe tun tur uae uga ukr
  uru usa uzb ven vie wal yem zam zim deu che nld dnk prt grc svn hrv`.split(/\s+/),
);

/**
 * Folded determiners of the languages read names only: a noun takes one, a surname used alone does not. Words that
 * are prepositions in another language ("de", "a", "o") are left out.
 */
const DETERMINERS = new Set(
  `der die das den dem des ein eine einer eines einem einen kein keine dieser diese dieses diesem diesen jeder jede
  zum zur im am beim vom ins el la los las un una unos unas lo il gli le uno os as um uma uns umas het een deze dit`.split(
    /\s+/,
  ),
);

/** German numbers written as words, capitalised at a line's start or in a heading: "Sieben Unternehmen". Folded. */
export const NUMBER_WORDS = new Set(
  'zwei drei vier funf sechs sieben acht neun zehn elf zwolf hundert'.split(' '),
);

/** A mention written "(XYZ)": a country code in brackets, as results tables write them. */
export const isBracketedCode = (m: Mention): boolean =>
  m.before[0] === '(' && m.after[0] === ')' && COUNTRY_CODES.has(nameKey(m.surface));

/** A country code in capitals before a row's figures, as results tables write them: "Ann Lee NOR 0 +6.4". */
const isRowCode = (m: Mention): boolean =>
  /^\p{Lu}{3}$/u.test(m.surface) && COUNTRY_CODES.has(nameKey(m.surface)) && /^\d/u.test(m.after[0] ?? '');

/** Every mention of the group is a country code in brackets: a table's column, not a name. */
export const isCountryCodeColumn = (g: EntityGroup): boolean =>
  g.mentions.length > 0 && g.mentions.every(isBracketedCode);

/**
 * Every mention of the group is a country code in capitals before figures, twice or more: a results table's
 * column, a cell to a line, not a name (in brackets it is read as one by the historical press's gold, HIPE).
 */
export const isCountryCodeCells = (g: EntityGroup): boolean =>
  g.mentions.length >= 2 && g.mentions.every(isRowCode);

/** An athlete of a results table or a start list: the phrase is followed by a country code in brackets. */
export const isListedWithCountry = (ms: readonly Mention[]): boolean =>
  ms.some((m) => m.after[0] === '(' && COUNTRY_CODES.has(m.after[1] ?? ''));

/**
 * A phrase of two words or more that the title names and the body writes again inside a sentence, maybe with a
 * genitive "-s" on one word ("des Schauspiels Köln" where the title writes "Schauspiel Köln").
 */
export function isTitleNamed(key: string, mid: readonly Mention[], titleKey: string): boolean {
  if (!key.includes(' ') || mid.length === 0) return false;
  if (titleKey.includes(` ${key} `)) return true;
  const words = key.split(' ');
  return words.some(
    (w, i) =>
      /\p{L}{3}e?s$/u.test(w) &&
      [w.slice(0, -1), w.replace(/es$/, '')].some((bare) =>
        titleKey.includes(` ${[...words.slice(0, i), bare, ...words.slice(i + 1)].join(' ')} `),
      ),
  );
}

/** What the text says of single capitalised words, for languages read names only (see surnameReused). */
export interface SoloEvidence {
  /** Single-word names written without a determiner ("sagte Wierer", "Wierers Sieg"), and how often. */
  solo: ReadonlyMap<string, number>;
  /** Folded word → times written with a capital, anywhere. */
  capitals: ReadonlyMap<string, number>;
  /** "first second" → times the two capitalised words are written side by side. */
  pairs: ReadonlyMap<string, number>;
}

/**
 * Gathers SoloEvidence. A word ever written after a determiner ("die Pressefreiheit") is a noun, never solo; a
 * German genitive "-s" counts for the word without it.
 */
export function soloEvidence(tokens: readonly Token[], mentions: readonly Mention[]): SoloEvidence {
  const solo = new Map<string, number>();
  const nouns = new Set<string>();
  for (const m of mentions) {
    if (m.headline || m.surface.includes(' ')) continue;
    const key = nameKey(m.surface);
    if (DETERMINERS.has(m.before[0] ?? '')) nouns.add(key);
    else solo.set(key, (solo.get(key) ?? 0) + 1);
  }
  for (const key of nouns) solo.delete(key);
  const capitals = new Map<string, number>();
  const pairs = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!isNameToken(t)) return;
    capitals.set(t.folded, (capitals.get(t.folded) ?? 0) + 1);
    const next = tokens[i + 1];
    if (isNameToken(next)) bump(pairs, `${t.folded} ${next?.folded}`);
  });
  return { solo, capitals, pairs };
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

/**
 * Written as a noun phrase somewhere: after a determiner ("die Kandidatin Warren", "zum Beispiel Fleisch") or a
 * number ("1 Prise Salz", "2 Millionen Menschen"); a person's name takes neither.
 */
export const isNounPhrase = (ms: readonly Mention[]): boolean =>
  ms.some((m) => DETERMINERS.has(m.before[0] ?? '') || /^\d/.test(m.before[0] ?? ''));

/**
 * The first word of a phrase is never written with a capital but before the second ("Dorothea" only in "Dorothea
 * Wierer"), as a given name is; a noun is written elsewhere too ("Beispiel" in "zum Beispiel", "Hühner").
 */
export function opensOnlyThis(key: string, cues: SoloEvidence): boolean {
  const [first = '', second = ''] = key.split(' ');
  return (cues.capitals.get(first) ?? 0) <= (cues.pairs.get(`${first} ${second}`) ?? 0);
}

/**
 * Where nouns take capitals, "bei den Männern U20" is a noun and a category's code, no name: written after a
 * determiner, its first word a plain word the text writes without the code too and no known name ("der Audi R8",
 * "das iPhone 15" stay names).
 */
export function isNounBeforeCode(
  key: string,
  ms: readonly Mention[],
  cues: SoloEvidence | undefined,
): boolean {
  const [first = '', code = '', ...more] = key.split(' ');
  if (more.length > 0 || !/\d/.test(code) || !isNounPhrase(ms) || isKnownName(first) || !cues) return false;
  return ms.some((m) => /^\p{Lu}\p{Ll}+ /u.test(m.surface)) && !opensOnlyThis(key, cues);
}

/** Another capitalised word is written before the surname too: "Kollege Moreno" where "Juan Moreno" is. */
function sharesSurname(key: string, cues: SoloEvidence): boolean {
  const words = key.split(' ');
  const [before = '', last = ''] = words.slice(-2);
  return (
    (cues.capitals.get(last) ?? 0) > (cues.pairs.get(`${before} ${last}`) ?? 0) + (cues.solo.get(last) ?? 0)
  );
}

/**
 * A person's name confirmed by the surname used alone: "Dorothea Wierer" then "Wierer" without a determiner, while
 * the first word opens only this name ("Stück Fleisch" fails: "Stück" stands elsewhere; a noun takes articles).
 * With `twoSurnames` (Spanish, Portuguese, Catalan write a person's two surnames and call them by the first),
 * "Mireia Vallès Puig" then "Vallès" counts too, up to four words.
 */
export function surnameReused(key: string, cues: SoloEvidence | undefined, twoSurnames = false): boolean {
  const words = key.split(' ');
  // Four words are two given names and two surnames ("Ana Beatriz Cavalcanti Lins"), not a body and a person.
  const most = twoSurnames && isPersonShaped(key) ? 4 : 3;
  if (words.length < 2 || words.length > most || !cues || !opensOnlyThis(key, cues)) return false;
  const last = words.at(-1) ?? '';
  // "New York Registrazione": after a known name, the last word is no surname; a given name that is also a place's
  // ("Lena", a river) still opens a person's.
  const opening = words.slice(0, -1).join(' ');
  if (sharesSurname(key, cues) || isKnownName(last) || (isKnownName(opening) && !GIVEN_NAMES.has(opening)))
    return false;
  const reused = (w: string): boolean => (cues.solo.get(w) ?? 0) + (cues.solo.get(`${w}s`) ?? 0) > 0;
  const first = words.at(-2) ?? '';
  const surname = !isKnownName(first) && !GIVEN_NAMES.has(first);
  return reused(last) || (twoSurnames && words.length >= 3 && surname && reused(first));
}

/**
 * Where nouns take capitals, a person's name is introduced by a role ("Arbeitsminister Hubertus Heil"), a colon,
 * a comma or a quotation, or opens a sentence; two nouns side by side follow a lower-case word ("ein 200 ml Glas
 * Saft", "bei Blei Akkus", "in Richtung Europa"). True when some mention is introduced so.
 */
export const introducedAsName = (ms: readonly Mention[], lower: ReadonlyMap<string, number>): boolean =>
  ms.some((m) => {
    const w = m.before[0] ?? '';
    return m.initial || w === '' || !/\p{L}/u.test(w) || !lower.has(w);
  });

const ADJECTIVE_ENDING = /^(\p{Ll}{3,})(?:e|en|er|es|em)$/u;
// Suffixes that make adjectives, declined: "Traditionelle", "Kommunalen", "Digitales", "Nachhaltige".
const ADJECTIVE_SUFFIX = /^\p{Ll}{3,}(?:isch|lich|ig|al|ell|iv|bar|los|sam|haft)(?:e|en|er|es|em)$/u;

/**
 * A German adjective, declined: by its suffix ("Traditionelle"), or another of its forms is written in lower case
 * ("Billige" where "billigen" is). Folded word.
 */
export function isDeclinedAdjective(word: string, lower: ReadonlyMap<string, number>): boolean {
  if (ADJECTIVE_SUFFIX.test(word)) return true;
  const stem = ADJECTIVE_ENDING.exec(word)?.[1];
  return !!stem && ['', 'e', 'en', 'er', 'es', 'em'].some((end) => lower.has(stem + end));
}

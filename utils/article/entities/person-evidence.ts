import { letterShape } from '@/utils/shared/letter-shape';
import {
  BODY_ACRONYMS,
  DIRECTION_WORDS,
  GIVEN_NAMES,
  INSTITUTIONS,
  ORGANIZATIONS,
  PLACES,
  PRODUCT_WORDS,
} from './gazetteer';
import { endsLikeThing, THING_LAST } from './gazetteer/thing-words';
import type { EntityGroup } from './group';
import { COMMON_ACRONYMS, CONNECTORS } from './lexicon';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import { isPluralName } from './plural-sides';

// What tells a capitalised phrase from a person's name when no known given name opens it: the words of the name
// (a setting, a nutrient, a role, an acronym, two places), and how the text uses it (an article before it, "which"
// after it, a surname reused alone only after the full name).

/** The last word names a thing: a setting, a device, a nutrient, a building, a role ("Docker Desktop"). */
export function closedByThingWord(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  // The endings need seven letters or more: most names are shorter, and spare the pattern's scan.
  return THING_LAST.has(last) || PRODUCT_WORDS.has(last) || (last.length >= 7 && endsLikeThing(last));
}

const KNOWN_ACRONYM = (w: string): boolean =>
  COMMON_ACRONYMS.has(w) ||
  BODY_ACRONYMS.has(w) ||
  INSTITUTIONS.has(w) ||
  ORGANIZATIONS.has(w) ||
  PLACES.has(w);

/**
 * A name written as a known acronym and words ("DNA Renewal", "PFF CLE Browns") or as capitals and two words
 * ("EA Sports Trax"), as places joined by hyphens ("US-China"), or as a place and a direction ("Newcastle Central", a
 * constituency): no person's, whatever surrounds it. Initials written as capitals ("JR Smith", "MS Dhoni") are no
 * known acronym. `names`: the text's names' keys.
 */
export function thingShaped(surface: string, names?: ReadonlySet<string>): boolean {
  const ws = nameKey(surface).split(' ');
  const first = ws[0] ?? '';
  if (ws.length < 2 || GIVEN_NAMES.has(first)) return false;
  const acronym = /^\p{Lu}{2,}$/u.test(surface.split(/[\s-]/)[0] ?? '') && /\p{Ll}/u.test(surface);
  // Capitals before two more words are an acronym, not initials ("EA Sports Trax"; "JR Smith", "MS Dhoni").
  const known = KNOWN_ACRONYM(first) || (first.length > 2 && names?.has(first)) || wordsAfter(ws);
  if (acronym && known) return true;
  // Places joined by hyphens name a relation between them; two words both places can be a person ("Chad Thomas").
  const joined = /[UlL][-‐‑]U/.test(letterShape(surface));
  if (joined && ws.every((w) => PLACES.has(w))) return true;
  // "Browns-Steelers": two sides joined for their match.
  if (joined && ws.every(isPluralName)) return true;
  // "Star Wars Jedi": a name of the text of two or more words opens it, the rest is a part or a sequel.
  if (names && ws.slice(2).some((_, i) => names.has(ws.slice(0, i + 2).join(' ')))) return true;
  return PLACES.has(first) && DIRECTION_WORDS.has(ws.at(-1) ?? '');
}

/** Two or more words after the capitals, none a surname particle ("AB de Villiers"). */
const wordsAfter = (ws: readonly string[]): boolean => ws.length > 2 && !ws.some((w) => CONNECTORS.has(w));

const DETERMINERS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'this', 'these', 'its', 'our', 'your']),
  // « sa Libra Colour », « son Kindle »: a possessive before a name owns a thing, never a person.
  fr: new Set(['un', 'une', 'les', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos']),
};
const NONE: ReadonlySet<string> = new Set();

/** An article or a determiner just before the mention ("the Statehouse", "a Plot Dragon"). */
const determined = (m: Mention, lang: string): boolean => (DETERMINERS[lang] ?? NONE).has(m.before[0] ?? '');

/**
 * Half or more of the mentions of the group's full names (`full`) follow an article ("the Indiana Statehouse", "by
 * a Plot Dragon, who"): a person's full name takes none.
 */
export function articledName(g: EntityGroup, full: readonly string[], lang: string): boolean {
  const named = g.mentions.filter((m) => full.includes(nameKey(m.surface)));
  return named.length > 0 && named.filter((m) => determined(m, lang)).length * 2 >= named.length;
}

/**
 * "Big Machine, which …": a relative "which" set off by a comma says a thing, as "who" says a person. Without the
 * comma it may take the sentence ("a shot by Ogun Temizkanoglu which deflected"), and after a title the words
 * before ("the request of President Suharto, which").
 */
export const followedByWhich = (g: EntityGroup): boolean =>
  !g.mentions.some((m) => m.personCue) &&
  g.mentions.some((m) => m.after[0] === ',' && m.after[1] === 'which');

/**
 * "Deere, which makes the software, …": a sentence opened by the name and a relative "which" says a thing, though a
 * given name opens its full name ("John Deere"); inside a sentence "which" may take the words before ("a shot by
 * Tom Reyes, which deflected").
 */
export const opensSentenceWithWhich = (g: EntityGroup): boolean =>
  !g.mentions.some((m) => m.personCue) &&
  g.mentions.some((m) => m.initial && !m.headline && m.after[0] === ',' && m.after[1] === 'which');

/**
 * A full name (`full`) later referred to by its last word alone, as news writes about people: outside headlines,
 * the lone word comes only after the first full mention ("Rust" … "Rust Belt Rust" is no person), mostly without an article ("the Statehouse", "a Souls fight"),
 * and is not written in lower case too ("Saturated Fat" … "fat"; `lower`, see TextEvidence).
 */
export function reusedSurname(
  g: EntityGroup,
  full: readonly string[],
  lang: string,
  lower?: ReadonlyMap<string, number>,
): boolean {
  const firstFull = Math.min(
    ...g.mentions.filter((m) => full.includes(nameKey(m.surface))).map((m) => m.offset),
  );
  const lone = g.mentions.filter((m) => {
    const k = nameKey(m.surface);
    return (
      !/\s/.test(m.surface) &&
      /\p{Ll}/u.test(m.surface) &&
      !lower?.has(k) &&
      full.some((f) => f.endsWith(` ${k}`))
    );
  });
  const bare = lone.filter((m) => !determined(m, lang));
  const body = lone.filter((m) => !m.headline);
  return bare.length * 2 > lone.length && body.length > 0 && body.every((m) => m.offset > firstFull);
}

// A verb's "-ing" or "-ed" form ("Walking", "Saturated"); "Sterling" opens people's names too, so the text must
// also write the word in lower case.
const VERB_FORM = /^\p{L}{3,}(?:ing|ed)$/u;

/**
 * Every name of the group opens with a verb's form that the text also writes in lower case ("Walking Vincent" by
 * "walking", "Evaluated Coinbase" by "evaluated"): a phrase caught with a name, no given name. `lower`: see
 * TextEvidence.
 */
export function opensWithVerb(g: EntityGroup, lower?: ReadonlyMap<string, number>): boolean {
  const multi = [...g.keys].filter((k) => k.includes(' '));
  return (
    lower !== undefined &&
    multi.length > 0 &&
    multi.every((k) => {
      const first = k.split(' ')[0] ?? '';
      return VERB_FORM.test(first) && !GIVEN_NAMES.has(first) && lower.has(first);
    })
  );
}

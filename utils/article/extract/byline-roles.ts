/**
 * What a byline line prints after the author's names and is no name: the author's role ("Dana Reed, Legal
 * Correspondent", « Élise Vautrin Chroniqueuse ») and a bio sentence ("Oliver Grant. His latest book is …").
 */
import { PLACES } from '@/utils/article/entities/gazetteer';
import { AUTHOR_ROLES } from '@/utils/article/entities/role-lines';
import { fold } from '@/utils/shared/fold';
import { letterShape } from '@/utils/shared/letter-shape';

// Words that qualify a role before it ("Senior Political Correspondent", « Grand reporter »): they go with it.
const ROLE_QUALIFIERS = new Set(
  `senior chief staff deputy associate contributing special political politics legal sports sport football
  business economics economic foreign science health tech technology data investigative arts culture film music
  food travel grand grande`.split(/\s+/),
);
// A small word a title joins its words with; a name does not end with it.
const LINK_WORD = /^(?:the|to|of|for|and|a|an|de|du|des|la|le|les|et|en|au|aux)$/iu;
// Where a byline's parts meet: "Jane Doe, Legal Correspondent", « Camille Roche - Journaliste ».
const PART_BREAK = /\s*,\s*|\s+[-–—|]\s+/u;
// A name has at least two words: a role is looked for after them.
const MIN_NAME_WORDS = 2;

const isRole = (word: string): boolean => AUTHOR_ROLES.has(fold(word).replace(/[.,;:]+$/u, ''));
// A word before a role that qualifies it: a desk ("Senior Political") or the beat's place ("Scotland correspondent").
const isQualifier = (word: string): boolean => ROLE_QUALIFIERS.has(fold(word)) || PLACES.has(fold(word));

/** A part of a byline without the role after its names: "Élise Vautrin Chroniqueuse" → "Élise Vautrin". */
function partWithoutRole(part: string): string {
  const words = part.split(' ');
  // The role is capitalised, or ends the line in small letters ("Libby Strachan Scotland correspondent").
  const last = words.length - 1;
  let cut = words.findIndex((w, i) => i >= MIN_NAME_WORDS && (i === last || /^\p{Lu}/u.test(w)) && isRole(w));
  if (cut < 0) return part;
  while (cut > MIN_NAME_WORDS && isQualifier(words[cut - 1] ?? '')) cut--;
  // "Letters To The Editor" is a title ending with a role, not a name and a role.
  return LINK_WORD.test(words[cut - 1] ?? '') ? part : words.slice(0, cut).join(' ');
}

/**
 * The byline without its authors' roles: a part after a comma that holds a role goes ("Tom Krisher, AP Auto
 * Writer" → "Tom Krisher"), a capitalised role after a name is cut off with its qualifiers.
 */
export function withoutRoles(byline: string): string {
  const parts = byline.split(PART_BREAK);
  const kept = parts
    .filter((part, i) => i === 0 || !part.split(' ').some(isRole))
    .map(partWithoutRole)
    .filter(Boolean);
  if (kept.length === 0 || kept.join() === parts.join()) return byline;
  // "Jane Doe, Senior Editor, and Bo Li": the "and" that followed a role now joins the names.
  return kept.join(', ').replace(/,\s+(and|et|&)\s+/giu, ' $1 ');
}

// Roles a German byline writes before the names ("Rechtsanwalt Jan Ode", "Gazette-Experte Jan Ode"), the
// compound's last part read: the author's roles and these. The desk is none: « Redaktion X » names the body.
const LEADING_ROLES = new Set([
  ...[...AUTHOR_ROLES].filter((role) => role !== 'redaktion'),
  ...`experte expertin autor autorin gastautor gastautorin kolumnist kolumnistin korrespondent korrespondentin
  rechtsanwalt rechtsanwaltin anwalt anwaltin`.split(/\s+/),
]);
// One word, then two to four capitalised words: the names.
// Read on the byline's shape (see letter-shape.ts): a word, then two to four capitalised words.
const ROLE_THEN_NAMES = /^\S+\s+U[UlL'’.-]*(?:\s+U[UlL'’.-]*){1,3}$/;

/** The byline without a role written before the names: "Rechtsanwalt Jan Ode" → "Jan Ode". */
export function withoutLeadingRole(byline: string): string {
  if (!ROLE_THEN_NAMES.test(letterShape(byline))) return byline;
  const first = byline.split(/\s/, 1)[0] ?? '';
  const role = fold(first).split('-').at(-1);
  return role && LEADING_ROLES.has(role) ? byline.slice(first.length).trimStart() : byline;
}

// A role written as a title: capitalised words, the small words that join them ("Editor of the Year").
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|the|of|for|de|du|des|la|le|à|au|aux)$/u;
const MAX_ROLE_WORDS = 5;
// The names before a role: two to four capitalised words.
const NAMES_PART = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// What may follow the role on its line: a date, an update time after a dot or a bar.
const AFTER_ROLE = /\s*[·•|].*$/u;

/**
 * Whether a line is an author's names then their role, with no "By" before them: "Dana Reed, Legal
 * Correspondent · Updated 15:41", « Camille Roche - Journaliste ». A role in a sentence ("Dana Reed, a
 * reporter at …") is no title.
 */
export function namesThenRole(line: string): boolean {
  const [names, role, ...rest] = line.replace(AFTER_ROLE, '').split(PART_BREAK);
  if (!names || !role || rest.length > 0 || !NAMES_PART.test(names.trim())) return false;
  const words = role.trim().split(/\s+/u);
  return words.length <= MAX_ROLE_WORDS && words.every((w) => TITLE_WORD.test(w)) && words.some(isRole);
}

// A full stop after a word of two small letters or more (not an initial, "John F. Kennedy"), then a sentence:
// a capitalised word and a word in small letters ("His most recent book", « Elle a couvert »).
const BIO_SENTENCE = /(?<=\p{Ll}{2})\.\s+\p{Lu}\p{Ll}*\s+\p{Ll}.*$/u;

// Capitalised names, then the verb of a bio: "Jane Doe is a senior reporter…", « Camille Roche est journaliste… ».
const NAMES_THEN_BIO =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:is|was|has|covers|writes|est|a|couvre|écrit)\s+\p{Ll}.*$/u;
// One capitalised word, then the verb of a bio: a box's bio calls the author by their given name ("Jane covers…").
// What the two patterns above cannot match without, tested first: most bylines hold no verb (their classes are
// costly to compile).
const BIO_VERB = /\s(?:is|was|has|covers|writes|est|a|couvre|écrit)\s/;
const GIVEN_NAME_THEN_BIO =
  /^(\p{Lu}[\p{L}'’-]+)\s+(?:is|was|has|covers|writes|est|a|couvre|écrit)\s+\p{Ll}/u;

/**
 * The byline without the bio sentence after the names: "Oliver Grant. His most recent book is …", "Jane Doe
 * is a reporter at …" → the names.
 */
export const withoutBio = (byline: string): string => {
  const bare = /\.\s/.test(byline) ? byline.replace(BIO_SENTENCE, '') : byline;
  return BIO_VERB.test(bare) ? bare.replace(NAMES_THEN_BIO, '$1') : bare;
};

/** The names a bio sentence opens with ("Jane Doe is a senior reporter…" → "Jane Doe"), or null. */
export const bioNames = (text: string): string | null => NAMES_THEN_BIO.exec(text)?.[1] ?? null;

/** The given name a bio sentence opens with ("Jane covers science…" → "Jane"), or null. */
export const bioGivenName = (text: string): string | null => GIVEN_NAME_THEN_BIO.exec(text)?.[1] ?? null;

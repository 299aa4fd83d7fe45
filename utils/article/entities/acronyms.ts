import { isUpperCase } from '@/utils/shared/char-class';
import { stripAccents } from '@/utils/shared/fold';
import { letterShape } from '@/utils/shared/letter-shape';
import type { EntityGroup } from './group';
import { STOPWORDS } from './lexicon';
import type { Mention } from './mention';
import { namedAfter } from './naming-cues';
import { foldWord, nameKey } from './normalize';
import { isNameToken } from './span';
import { spelledDefinitions } from './spelled-acronyms';
import type { Token } from './tokenize';

/** An acronym and the full name it stands for, found in the text. */
export interface AcronymDefinition {
  acronym: string;
  definition: Mention;
}

/**
 * The group holds an acronym the text defines by a capitalised name before it in brackets ("Direcção Executiva do
 * Serviço Nacional de Saúde (DE-SNS)"): the text itself says it is a name, in any language. Two words may be an
 * English common noun borrowed ("Circular Economy (CE)").
 */
export function isDefinedAcronym(g: EntityGroup, definitions: readonly AcronymDefinition[]): boolean {
  return definitions.some(
    (d) =>
      g.surfaces.has(d.acronym) &&
      /^\p{Lu}/u.test(d.definition.surface) &&
      d.definition.surface.split(' ').length >= 3,
  );
}

// A shape (see letter-shape.ts).
const ACRONYM_SHAPE = /^[U\d][UlL\d&]{1,9}$/;

/** Code units of the capitals of `s`: the length of what is left when every other character is removed. */
function capitalUnits(s: string): number {
  let units = 0;
  for (let i = 0; i < s.length; ) {
    const code = s.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (isUpperCase(s, i, code)) units += width;
    i += width;
  }
  return units;
}

/** True for acronym-shaped words: "OWA", "ANFR", "DoD", "NFTs". */
export function isAcronymLike(s: string): boolean {
  if (!ACRONYM_SHAPE.test(letterShape(s))) return false;
  const upper = capitalUnits(s);
  return upper >= 2 && upper >= s.length - upper;
}

/**
 * Parenthetical definitions: "Outlook Web Access … (OWA)", "Agence nationale des fréquences (ANFR)",
 * "OWA (Outlook Web Access)". Definitions made of lower-case words are added to `mentions`.
 */
export function findAcronymDefinitions(
  tokens: Token[],
  text: string,
  mentions: Mention[],
): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  tokens.forEach((t, p) => {
    if (t.text !== '(' || tokens[p + 2]?.text !== ')') return;
    const inner = tokens[p + 1] as Token;
    const word = !isAcronymLike(inner.text.replace(SERIAL, '')) && !HYPHENATED_ACRONYM.test(inner.text);
    if (word && !WORD_ACRONYM.test(inner.text)) return;
    const def =
      mentions.find(
        (m) =>
          m.to === p &&
          (initialsMatch(inner.text, tokens, m) ||
            initialsOpen(inner.text, tokens, m) ||
            initialsBeforeAnd(inner.text, tokens, m)),
      ) ??
      shortestDefinition(tokens, text, p, inner.text, mentions) ??
      nearestMatching(mentions, tokens, p, inner.text);
    if (def && (!word || initialsOf(inner.text, tokens, def.from, def.to)))
      out.push({ acronym: inner.text, definition: def });
  });
  for (const m of mentions) {
    const acro = tokens[m.from - 2];
    if (tokens[m.from - 1]?.text === '(' && tokens[m.to]?.text === ')' && acro && isAcronymLike(acro.text)) {
      if (initialsMatch(acro.text, tokens, m)) out.push({ acronym: acro.text, definition: m });
    }
  }
  out.push(...spelledDefinitions(tokens, mentions), ...initialledDefinitions(tokens, mentions));
  return out;
}

/**
 * « la Société de l’assurance automobile du Québec » … « la SAAQ »: a name of three words or more whose words'
 * initials (function words left out) spell an acronym the text writes, of three letters or more, is that acronym
 * written out, even with no brackets between them.
 */
function initialledDefinitions(tokens: Token[], mentions: readonly Mention[]): AcronymDefinition[] {
  // `loud` first: the pattern is asked of the few words in capitals only.
  const acronyms = [
    ...new Set(tokens.filter((t) => t.loud && /^\p{Lu}{3,8}$/u.test(t.text)).map((t) => t.text)),
  ];
  if (acronyms.length === 0) return [];
  const out: AcronymDefinition[] = [];
  for (const m of mentions) {
    if (m.to - m.from < 3 || !/^\p{Lu}/u.test(m.surface)) continue;
    for (const acronym of acronyms)
      if (initialsMatch(acronym, tokens, m)) out.push({ acronym, definition: m });
  }
  return out;
}

// A craft's serial number after its name and its acronym: "Ocean Survey Craft-2 (OSC-2)".
const SERIAL = /-\d+$/;
// French writes an acronym read as a word with one capital (« Inrae », « Unesco », « Unetica »): in brackets after
// the words it spells, it is theirs.
const WORD_ACRONYM = /^\p{Lu}\p{Ll}{3,6}$/u;
// Capitals joined by a hyphen are one acronym: « AP-HP », "DE-SNS".
const HYPHENATED_ACRONYM = /^\p{Lu}{2,6}(?:-\p{Lu}{2,6})+$/u;

/**
 * The acronym's letters open words of the name, in order, from its first word (« Inrae »: Institut National de
 * Recherche pour l'Agriculture, l'alimentation et l'Environnement); a word in brackets that only spells letters
 * scattered inside words is something else (a publisher: « Les Oubliés de l'exode (Seuil) »).
 */
function initialsOf(acronym: string, tokens: Token[], from: number, to: number): boolean {
  const initials = tokens
    .slice(from, to)
    .filter((t) => t.isWord && !STOPWORDS.has(foldWord(t.text)))
    .map((t) => foldWord(t.text)[0] ?? '');
  const letters = [...foldWord(acronym)];
  if (initials[0] !== letters[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}

/** Letters of a name's words: "Department of Homeland Security" → "DHS" (also "SolarWinds" → "SW"). */
function initialsMatch(acronym: string, tokens: Token[], m: Mention): boolean {
  const words = tokens.slice(m.from, m.to).filter((t) => t.isWord && !STOPWORDS.has(foldWord(t.text)));
  const serial = SERIAL.exec(acronym)?.[0];
  // "Ocean Survey Craft-2 (OSC-2)": the same serial closes the name and the acronym.
  if (serial && !words.at(-1)?.text.endsWith(serial)) return false;
  const target = foldWord(acronym.replace(SERIAL, '')).replace(/[^a-z0-9]/g, '');
  const plain = words.map((w) => foldWord(w.text)[0] ?? '').join('');
  const camel = words.map((w) => foldWord(w.text.replace(/(?<!^)[^\p{Lu}\d]/gu, ''))).join('');
  return words.length > 1 && (plain === target || camel === target);
}

/**
 * « Centre national du cinéma et de l'image animée (CNC) »: a body's remit widened after its acronym was coined
 * keeps the old letters, those of the words before the « et » or "and"; the widened name is still the acronym's.
 */
function initialsBeforeAnd(acronym: string, tokens: Token[], m: Mention): boolean {
  const and = tokens.slice(m.from, m.to).findIndex((t) => AND_WORDS.has(foldWord(t.text)));
  if (and < 2) return false;
  return initialsMatch(acronym, tokens, { ...m, to: m.from + and });
}
const AND_WORDS = new Set(['et', 'and', '&']);

/**
 * « le télescope spatial James Webb (JWST) »: after the kind of craft or building and right before the brackets,
 * the name's initials open an acronym that spells, in one or two more letters, that kind in another language
 * ("Space Telescope"); "Los Angeles (LAX)", an airport's code, is no such name.
 */
function initialsOpen(acronym: string, tokens: Token[], m: Mention): boolean {
  const words = tokens.slice(m.from, m.to).filter((t) => t.isWord && !STOPWORDS.has(foldWord(t.text)));
  const target = foldWord(acronym).replace(/[^a-z]/g, '');
  const plain = words.map((w) => foldWord(w.text)[0] ?? '').join('');
  const extra = target.length - plain.length;
  return namedAfter(m) && words.length > 1 && target.startsWith(plain) && extra > 0 && extra <= 2;
}

/** Schwartz & Hearst (2003): the shortest preceding window whose letters spell the acronym. */
function shortestDefinition(
  tokens: Token[],
  text: string,
  paren: number,
  acronym: string,
  mentions: Mention[],
): Mention | null {
  const sentence = tokens[paren]?.sentence;
  const max = Math.min(acronym.length + 5, acronym.length * 2);
  const words: number[] = [];
  // Function words do not count towards the window: French names of bodies carry many (« Haut-Commissariat des
  // Nations unies pour les réfugiés (HCR) »), their acronyms none.
  let content: number[] = [];
  for (let k = paren - 1; k >= 0 && content.length < max && words.length < 2 * max; k--) {
    const t = tokens[k] as Token;
    // A comma may list a body's remits (« Institut national de recherche pour l'agriculture, l'alimentation et
    // l'environnement (Inrae) »).
    if (
      t.text === ',' &&
      t.sentence === sentence &&
      tokens[k - 1]?.isWord &&
      /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')
    )
      continue;
    if (t.sentence !== sentence || !t.isWord) break;
    words.unshift(k);
    content = words.filter((w) => !STOPWORDS.has(foldWord((tokens[w] as Token).text)));
    // A word of the name may go unabbreviated ("New York State Attorney General (NYAG)").
    if (content.length > acronym.length + 1) return null;
    // The definition's first word starts with the acronym's first letter ("Customers can also use single sign-on
    // (SSO)" is no definition of SSO).
    const startsRight = foldWord(t.text)[0] === foldWord(acronym)[0];
    if (!isNameToken(t) || words.length < 2 || !startsRight) continue;
    const span = text.slice(
      t.start,
      (tokens[paren - 1] as Token).start + (tokens[paren - 1] as Token).text.length,
    );
    const letters = isAcronymLike(acronym) || initialsOf(acronym, tokens, k, paren);
    if (spells(acronym, span) && letters) return definitionMention(tokens, mentions, k, paren, span);
  }
  return null;
}

// A digit between capitals read as the small word it sounds like: "F4E" is "Fusion for Energy", "B2C" "business
// to consumer"; the word's first letter stands for it.
const SPOKEN_DIGIT = /(?<=\p{Lu})[24](?=\p{Lu})/gu;
const spokenLetter = (digit: string): string => (digit === '4' ? 'f' : 't');

function spells(acronym: string, span: string): boolean {
  const a = stripAccents(acronym.replace(SPOKEN_DIGIT, spokenLetter))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const s = stripAccents(span).toLowerCase();
  let j = s.length - 1;
  for (let i = a.length - 1; i >= 0; i--) {
    const c = a[i];
    while (j >= 0 && (s[j] !== c || (i === 0 && j > 0 && /[a-z0-9]/.test(s[j - 1] ?? '')))) j--;
    if (j < 0) return false;
    j--;
  }
  return true;
}

function definitionMention(tokens: Token[], mentions: Mention[], from: number, to: number, surface: string) {
  const existing = mentions.find((m) => m.from === from && m.to === to);
  if (existing) return existing;
  const first = tokens[from] as Token;
  const inside = mentions.filter((m) => m.from >= from && m.to <= to);
  for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
  const before = [tokens[from - 1], tokens[from - 2]].map((t) => t?.folded ?? '');
  const after = [tokens[to], tokens[to + 1]].map((t) => t?.folded ?? '');
  const m: Mention = {
    surface: surface.replace(/\s+/g, ' '),
    offset: first.start,
    from,
    to,
    sentence: first.sentence,
    initial: first.initial,
    headline: false,
    personCue: false,
    elided: false,
    before,
    after,
  };
  mentions.push(m);
  return m;
}

function nearestMatching(
  mentions: Mention[],
  tokens: Token[],
  paren: number,
  acronym: string,
): Mention | null {
  const sentence = tokens[paren]?.sentence;
  const candidates = mentions.filter((m) => m.sentence === sentence && m.to <= paren);
  return candidates.reverse().find((m) => initialsMatch(acronym, tokens, m)) ?? null;
}

/**
 * Acronyms the text defines by lower-case words, and those words: "single sign-on (SSO)", "return on investment
 * (ROI)". Common nouns, not names (folded keys).
 */
export function commonNounAcronyms(tokens: Token[], text: string): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, p) => {
    const inner = tokens[p + 1];
    if (t.text !== '(' || tokens[p + 2]?.text !== ')' || !inner || !isAcronymLike(inner.text)) return;
    const n = inner.text.replace(/s$/, '').length;
    const words: Token[] = [];
    for (let k = p - 1; k >= 0 && words.length < n + 2; k--) {
      const w = tokens[k] as Token;
      // Lower-case words, the first one capitalised only because it opens the sentence ("Return on investment");
      // after an elided article the capital is the name's own (« L’Agence nationale des fréquences (ANFR) »).
      if (!w.isWord || w.sentence !== t.sentence || !(/^\p{Ll}/u.test(w.text) || (w.initial && !w.elided)))
        break;
      words.unshift(w);
      const first = words[0] as Token;
      const span = text.slice(
        first.start,
        (tokens[p - 1] as Token).start + (tokens[p - 1] as Token).text.length,
      );
      if (
        !STOPWORDS.has(first.folded) &&
        first.folded[0] === foldWord(inner.text)[0] &&
        spells(inner.text, span)
      ) {
        out.add(foldWord(inner.text));
        out.add(nameKey(span));
        return;
      }
    }
  });
  return out;
}

import type { EntityType } from '@/utils/article/types';
import { ORGANIZATIONS, PLACES } from './gazetteer';
import { capitalised, type EntityGroup, makeGroup } from './group';
import { INTERVIEWER_CREDIT } from './interview-credit';
import { lineBounds } from './line-bounds';
import { isQuoted, type Mention } from './mention';
import { nameKey } from './normalize';
import { isFullName } from './person-shape';
import { isPluralName } from './plural-sides';
import type { Token } from './tokenize';

// French reports speech with the pronoun after the verb: « a-t-elle expliqué », « explique-t-il », « dit-elle ».
const INVERTED = /-(?:t-)?(?:elle|il)$/;
const PRONOUNS = new Set(['she', 'he']);
const SAID = new Set(['said', 'says', 'told', 'added', 'explained', 'recalled', 'admitted', 'insisted']);

// "Indigenous Peoples", "Rolling Stones": a plural names a group, who speak as "they".
const isPerson = (k: string): boolean => isFullName(k) && !isPluralName(k);

/** Token `i` reports speech by a person: « a-t-elle » or "she said". */
function speaks(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (INVERTED.test(t.folded)) return true;
  return PRONOUNS.has(t.folded) && SAID.has(tokens[i + 1]?.folded ?? '');
}

/**
 * Types as people the untyped full names that speak: the only full name of its sentence and the next, and a
 * reported speech by « elle » or « il », "she" or "he" after it there (« Nadia Vell tient la boutique depuis 1998.
 * « On tient », a-t-elle expliqué. »). Only a person speaks so; a company's statement takes its noun. `types[i]`
 * is the type of `groups[i]`; returns new types.
 */
export function typeSpeakers(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  // Sentence → how many mentions of full names (of any type) it holds.
  const fullIn = new Map<number, number>();
  for (const g of groups) {
    if (![...g.keys].some(isPerson)) continue;
    for (const m of g.mentions) fullIn.set(m.sentence, (fullIn.get(m.sentence) ?? 0) + 1);
  }
  const speaking = (to: number, sentence: number): boolean => {
    if ((fullIn.get(sentence) ?? 0) + (fullIn.get(sentence + 1) ?? 0) !== 1) return false;
    for (let i = to; i < tokens.length && (tokens[i] as Token).sentence <= sentence + 1; i++)
      if (speaks(tokens, i)) return true;
    return false;
  };
  return types.map((type, i) => {
    const g = groups[i] as EntityGroup;
    const keys = [...g.keys];
    if (type !== 'other' || !keys.some(isPerson) || keys.some((k) => PLACES.has(k) || ORGANIZATIONS.has(k)))
      return type;
    return g.mentions.some((m) => !isQuoted(m) && speaking(m.to, m.sentence)) ? 'person' : type;
  });
}

// A speaker's label: the name opens its line, then a colon and the words spoken (« Margaux Le Bihan : La joie »,
// "DW: The season", "DANA WHITCOMB: The season").
const COLON_AFTER = /^ ?:\s*\S/u;
// A line asking: it closes on a question mark, a closing quotation mark after it at most.
const ASKS = /\?\s*[»"”]?\s*$/u;

/**
 * What the line `m` opens as a speaker's label says: 'question' when it asks ("Ann Lee: Why now?"), 'answer'
 * otherwise; undefined when `m` is no label (anything before it on its line, no colon right after it).
 */
export function speakerLabel(m: Mention, text: string): 'question' | 'answer' | undefined {
  const { start, end } = lineBounds(text, m.offset);
  if (text.slice(start, m.offset).trim() !== '') return undefined;
  const after = m.offset + m.surface.length;
  if (!COLON_AFTER.test(text.slice(after, Math.min(end, after + 4)))) return undefined;
  return ASKS.test(text.slice(start, end)) ? 'question' : 'answer';
}

// What says a page is an interview, besides its labels: the credit of who asked (« Propos recueillis par »,
// "Interview by"), the note that it was edited ("This interview has been edited for length and clarity").
const INTERVIEW_NOTE = new RegExp(
  `${INTERVIEWER_CREDIT}|(?:interview|conversation|transcript) (?:has been|was|have been) (?:lightly )?(?:edited|condensed)|edited (?:and condensed )?for (?:length|clarity)`,
  'iu',
);
// Questions asked on lines of their own (set in bold on the page) make a Q&A: three at least.
const QUESTIONS = 3;
// A question line is short; a paragraph closing on a question is prose.
const QUESTION_WORDS = 60;

/** How many lines of the text are one short question. */
function questionLines(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (ASKS.test(line) && line.split(/\s+/).length <= QUESTION_WORDS) n++;
  return n;
}

/** What a Q&A's labels say: the groups that answer (the interviewee) and the labels that ask (the interviewer). */
export interface Interview {
  answering: Set<EntityGroup>;
  asking: Set<Mention>;
}

// Initials written as a label ("DW", "M.L.B."): two to four capitals.
const INITIALS = /^(?:\p{Lu}\.?){2,4}$/u;

/** The capitals of a full name's words ("Dana Whitcomb" gives "DW", « Jean-Marc Le Bihan » "JMLB"). */
const initialsOf = (surface: string): string =>
  surface
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .filter((c) => /\p{Lu}/u.test(c))
    .join('');

/**
 * A Q&A interview's speakers. The page is one when a label asks a question, when three lines or more are a
 * question alone, or when a note credits or edits the interview; then a group whose labels mostly answer, a
 * person's full name (or initials the text also writes as one: "Dana Whitcomb (DW)", or spells out elsewhere),
 * is the interviewee, and the labels that ask are the interviewer's ("Sky News:", "CJ:"), no mention of a name.
 * Groups answering by initials only are merged into the full name they stand for: the returned groups replace
 * `groups`.
 */
export function readInterview(
  groups: EntityGroup[],
  text: string,
  title?: string,
): { groups: EntityGroup[] } & Interview {
  const none = { groups, answering: new Set<EntityGroup>(), asking: new Set<Mention>() };
  const answers = new Map<EntityGroup, number>();
  const asking = new Set<Mention>();
  for (const g of groups)
    for (const m of g.mentions) {
      const label = speakerLabel(m, text);
      if (label === 'answer') answers.set(g, (answers.get(g) ?? 0) + 1);
      else if (label === 'question') asking.add(m);
    }
  if (answers.size === 0) return none;
  if (asking.size === 0 && !INTERVIEW_NOTE.test(text) && questionLines(text) < QUESTIONS) return none;
  const asked = (g: EntityGroup): number => g.mentions.filter((m) => asking.has(m)).length;
  const fullNames = new Map<string, EntityGroup>();
  for (const g of groups)
    for (const s of g.surfaces.keys()) if (isPerson(nameKey(s))) fullNames.set(initialsOf(s), g);
  const merged = new Map<EntityGroup, EntityGroup>();
  const answering = new Set<EntityGroup>();
  for (const [g, n] of answers) {
    if (n <= asked(g) || [...g.keys].some((k) => PLACES.has(k) || ORGANIZATIONS.has(k))) continue;
    const surfaces = [...g.surfaces.keys()];
    if (surfaces.some((s) => isPerson(nameKey(s)))) answering.add(g);
    else if (surfaces.every((s) => INITIALS.test(s))) {
      const initials = (surfaces[0] ?? '').replace(/\./g, '');
      const full = fullNames.get(initials);
      if (full && full !== g) merged.set(g, full);
      // "DW:" under the title "Dana Whitcomb on 31 years", the text never writing her name in full.
      else if (!full && titleName(title, initials)) answering.add(g);
    }
  }
  if (answering.size === 0 && merged.size === 0) return none;
  const out: EntityGroup[] = [];
  for (const g of groups) {
    if (merged.has(g)) continue;
    const parts = [...merged].filter(([, to]) => to === g).map(([from]) => from);
    // Asking labels are the interviewer's turns, no mention of a name; a group that answers keeps its own.
    const keep = (m: Mention): boolean => answering.has(g) || !asking.has(m);
    const mentions = [g, ...parts].flatMap((p) => p.mentions).filter(keep);
    if (mentions.length === 0) continue;
    const next =
      parts.length === 0 && mentions.length === g.mentions.length
        ? g
        : makeGroup(
            [g, ...parts].flatMap((p) => [...p.keys]),
            mentions.sort((a, b) => a.offset - b.offset),
          );
    if (answering.has(g) || parts.length > 0) answering.add(next);
    out.push(next);
  }
  for (const g of answering) if (!out.includes(g)) answering.delete(g);
  return { groups: out, answering, asking };
}

// Runs of capitalised words in a title, with the particles inside a name (« Margaux Le Bihan », "Ana de Souza").
const TITLE_NAMES = /\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|da|del|van|von|le|la))+/gu;
// A name is two to four words.
const NAME_WORDS = 4;

/** A person's full name the title writes whose initials are `initials` ("Dana Whitcomb" for "DW"). */
function titleName(title: string | undefined, initials: string): string | undefined {
  if (!title) return undefined;
  for (const [run] of title.matchAll(TITLE_NAMES)) {
    const ws = run.split(/\s+/);
    // A Title Case headline runs the name into the words around it ("Fire Chief Dana Whitcomb On 31 Years"): the
    // words of the run whose initials fit.
    for (let a = 0; a < ws.length - 1; a++)
      for (let b = a + 2; b <= Math.min(ws.length, a + NAME_WORDS); b++) {
        const name = ws.slice(a, b).join(' ');
        if (initialsOf(name) === initials && isPerson(nameKey(name))) return name;
      }
  }
  return undefined;
}

/**
 * An interviewee's name to show: their longest full name as written ("Dana Whitcomb" rather than the labels'
 * "DW"), the title's when only initials answer, as the title writes it when the text has it in capitals only ("DANA WHITCOMB:"), else with capitals
 * to its words only.
 */
export function speakerName(g: EntityGroup, title: string | undefined): string {
  const full = [...g.surfaces.keys()].filter((s) => isPerson(nameKey(s)));
  const forms = full.length > 0 ? full : [...g.surfaces.keys()];
  const mixed = forms.filter((s) => /\p{Ll}/u.test(s));
  const best = (ss: string[]): string => ss.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (mixed.length > 0) return best(mixed);
  const spelled =
    forms.every((s) => INITIALS.test(s)) && titleName(title, (forms[0] ?? '').replace(/\./g, ''));
  if (spelled) return spelled;
  const shouted = best(forms);
  const at = title?.toLowerCase().indexOf(shouted.toLowerCase()) ?? -1;
  if (title && at >= 0) return title.slice(at, at + shouted.length);
  return capitalised(shouted);
}

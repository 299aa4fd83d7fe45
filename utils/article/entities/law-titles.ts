// "the Residential Tenancies (Emergency Measures) Bill 2026", "the Online Safety (Miscellaneous) Act 2025": a
// law's short title brackets a part of its name and may close on its year. It is one name; its pieces
// ("Residential Tenancies", "Emergency Measures", "Bill 2026") are none.
import { GIVEN_NAMES, PLACES } from './gazetteer';
import { CONNECTORS } from './lexicon';
import type { Token } from './tokenize';

type Run = [number, number];

// The word that closes a law's title.
const LAW_WORDS = new Set(['Bill', 'Act', 'Order', 'Regulations']);
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Whether tokens[at] is written right after tokens[at - 1] or one space after it. */
const tight = (tokens: readonly Token[], at: number): boolean => {
  const before = tokens[at - 1];
  const t = tokens[at];
  return (
    !!before && !!t && t.start <= before.start + before.text.length + 1 && t.sentence === before.sentence
  );
};

/** One past the year written right after a law word ending at `end` ("Act 2025"), else `end`. */
function withYear(tokens: readonly Token[], end: number): number {
  const law = tokens[end - 1];
  return law && LAW_WORDS.has(law.text) && YEAR.test(tokens[end]?.text ?? '') && tight(tokens, end)
    ? end + 1
    : end;
}

/** Whether the run `law` opens with a law word (and closes on it or its year). */
function closesLaw(tokens: readonly Token[], [a, b]: Run): boolean {
  if (!LAW_WORDS.has(tokens[a]?.text ?? '')) return false;
  return b - a === 1 || (b - a === 2 && YEAR.test(tokens[a + 1]?.text ?? ''));
}

// "the Drugs, Medical Devices and Cosmetics Bill": a title lists its subjects with commas and a last "and"
// before the law word; the list is the title, not names of its own. Codes and regulations title so too.
const LISTED_LAW_WORDS = new Set([...LAW_WORDS, 'Code']);
const LIST_SEPARATORS = new Set([',', 'and']);
const MAX_ITEM = 3;

/** Whether the run closes on a law word of a listed title, or on one and its year. */
function closesListedLaw(tokens: readonly Token[], [a, b]: Run): boolean {
  const last = tokens[b - 1]?.text ?? '';
  const law = YEAR.test(last) ? tokens[b - 2]?.text : last;
  return b - a >= 2 && LISTED_LAW_WORDS.has(law ?? '');
}

/**
 * A listed subject: one to three capitalised words, no acronym (a body's), law word, given name nor known place
 * ("Smith, Jones and the Data Act", "Kent, Surrey and Sussex" list people and places).
 */
function isSubject(tokens: readonly Token[], [a, b]: Run): boolean {
  if (b - a > MAX_ITEM) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!t.capital || t.loud || LISTED_LAW_WORDS.has(t.text) || GIVEN_NAMES.has(t.folded)) return false;
  }
  return !PLACES.has(tokens[b - 1]?.folded ?? '');
}

/**
 * From the run `at` that closes on a law word, the index of the first run of a list of subjects before it ("Drugs",
 * "Medical Devices" before "and Cosmetics Bill"): runs one comma apart, the last "and" before the law's run or
 * inside it; `at` when no comma-separated list opens the title.
 */
function listStart(tokens: readonly Token[], runs: readonly Run[], at: number): number {
  const [a, b] = runs[at] as Run;
  let and = tokens.slice(a, b).some((t) => t.text === 'and');
  let first = at;
  let commas = 0;
  for (let k = at - 1; k >= 0; k--) {
    const prev = runs[k] as Run;
    const sep = tokens[prev[1]];
    const next = tokens[(runs[k + 1] as Run)[0]];
    if (!sep || !next || prev[1] + 1 !== (runs[k + 1] as Run)[0] || !LIST_SEPARATORS.has(sep.text)) break;
    if (sep.sentence !== next.sentence || !isSubject(tokens, prev)) break;
    // One "and", the last separator: "A, B and C Act".
    if (sep.text === 'and' && (and || commas > 0)) break;
    if (sep.text === 'and') and = true;
    else commas++;
    first = k;
  }
  return and && commas > 0 ? first : at;
}

/** One past a year after a comma that closes the law's run ending at `end` ("Bill, 2026"), else `end`. */
function withCommaYear(tokens: readonly Token[], a: number, end: number): number {
  const comma = tokens[end];
  const year = tokens[end + 1];
  const law = tokens[end - 1];
  if (end - a < 2 || !law || !LISTED_LAW_WORDS.has(law.text) || comma?.text !== ',' || !year) return end;
  return YEAR.test(year.text) && year.sentence === law.sentence && tight(tokens, end + 1) ? end + 2 : end;
}

/**
 * "The Drugs, Medical Devices and Cosmetics Bill, 2026", "the Drugs and Cosmetics Act, 1940": joins the subjects a
 * title lists before its law word into the law's run, and the year Indian usage writes after a comma.
 */
function joinListedTitles(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    if (!closesListedLaw(tokens, run)) {
      out.push(run);
      continue;
    }
    const first = listStart(tokens, runs, i);
    out.splice(out.length - (i - first), i - first);
    const from = (runs[first] as Run)[0];
    out.push([from, withCommaYear(tokens, from, run[1])]);
  }
  return out;
}

/**
 * Joins a title, its bracketed part and its law word into one run ("Residential Tenancies (Emergency Measures)
 * Bill 2026"), a law word's year to a run it closes ("Online Safety Act 2023"), and a title's listed subjects
 * (see joinListedTitles). English only.
 */
export function joinLawTitles(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  return joinListedTitles(tokens, joinBracketedTitles(tokens, runs));
}

// The most words a law's bracketed part holds ("End of Life", "Emergency Measures").
const MAX_BRACKETED = 6;

/**
 * The index of the ")" closing the bracketed part opened at `open` when it holds only capitalised words and the
 * small words between them ("(End of Life)"), else -1.
 */
function bracketClose(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k <= open + MAX_BRACKETED + 1; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[open]?.sentence) return -1;
    if (t.text === ')') return k > open + 1 && tokens[k - 1]?.capital ? k : -1;
    if (!t.capital && !(k > open + 1 && CONNECTORS.has(t.text))) return -1;
  }
  return -1;
}

function joinBracketedTitles(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    const close = tokens[b]?.text === '(' && tight(tokens, b) ? bracketClose(tokens, b) : -1;
    // The runs inside the brackets ("End", "Life" of "(End of Life)"), then the law's.
    let j = i + 1;
    while (close >= 0 && j < runs.length && (runs[j] as Run)[1] <= close) j++;
    const law = runs[j];
    if (
      close >= 0 &&
      j > i + 1 &&
      law &&
      law[0] === close + 1 &&
      tight(tokens, law[0]) &&
      closesLaw(tokens, law)
    ) {
      out.push([a, withYear(tokens, law[1])]);
      i = j;
      continue;
    }
    out.push([a, withYear(tokens, b)]);
  }
  return out;
}

// A number written next to a name is part of it when the article writes the pair again: "737 Max", "Windows 11",
// "France 2", "Ligue 1". Counts ("30 Boeing jets"), scores and tables ("Arsenal 2 Chelsea 1") do not repeat the
// same pair, or are told apart by what follows the number.

import { letterShape } from '@/utils/shared/letter-shape';
import { acronymNumber } from './acronym-numbers';
import { namesDepartmentService } from './department-bodies';
import { isDemonymWord, isKnownName, ORGANIZATIONS, PLACES, PRODUCTS } from './gazetteer';
import { withGenerations } from './generation-suffixes';
import { letteredModel } from './lettered-models';
import { NUMBERED_BODIES, NUMBERED_HEADS, NUMBERED_ROADS } from './lexicon';
import { tierAndCode } from './model-codes';
import { FIRMS } from './naming-cues';
import { joinRepeatedPairs } from './repeated-pairs';
import type { Token } from './tokenize';

type Run = [number, number];

const NUMBER = /^\d{1,4}$/;
const isNumber = (t: Token | undefined): boolean => t !== undefined && NUMBER.test(t.text);

// Words that close a model's name after its number: "iPhone 17 Pro", "Xiaomi 15 Ultra", "Pixel 10 XL", and a
// graphics card's tier ("RTX 5070 Ti", "RX 9070 XT", "RX 7900 XTX").
export const MODEL_SUFFIXES = new Set(
  'pro max ultra plus mini air lite fe se xl neo edge ti xt xtx'.split(' '),
);

/**
 * A number after a name, then a model's closing words ("Pixel 10 Pro", "iPhone 11 Pro Max"): how many tokens
 * the model adds to the name, 0 when it is no such model.
 */
function modelLength(tokens: Token[], [a, b]: Run): number {
  const n = tokens[b];
  if (!n || !isNumber(n) || n.sentence !== tokens[a]?.sentence || n.start - endOf(tokens[b - 1]) !== 1)
    return 0;
  let end = b + 1;
  while (end - b <= 2 && isSuffix(tokens[end], tokens[end - 1])) end++;
  return end - b > 1 ? end - b : 0;
}

const isSuffix = (t: Token | undefined, prev: Token | undefined): boolean =>
  t !== undefined && t.start - endOf(prev) === 1 && /^\p{Lu}/u.test(t.text) && MODEL_SUFFIXES.has(t.folded);

/** A number after a name, not followed by another number or a score ("2-1", "2 1 0"). */
function trailingNumber(tokens: Token[], [a, b]: Run): boolean {
  const n = tokens[b];
  if (!n || !isNumber(n) || n.sentence !== tokens[a]?.sentence || n.start - endOf(tokens[b - 1]) !== 1)
    return false;
  // What follows on the next line (a list's next date: "Reportage France 3⏎9 juin") is not part of the pair.
  const after = tokens[b + 1];
  const next = after?.sentence === n.sentence ? after : undefined;
  if (
    UNITS.has(next?.folded ?? '') ||
    isNumber(next) ||
    (/^[-–:/,.]$/.test(next?.text ?? '') && isNumber(tokens[b + 2]))
  )
    return false;
  // A name right after the number: a results line ("Arsenal 2 Chelsea 1") or a model ("Boeing 737 Max").
  return !next?.nameLike;
}

/**
 * A model number before a name ("737 Max", "787 Dreamliner"), not a count before a known name ("30 Boeing
 * jets", "two Americans"): three or four digits, not round and not a year, then a word that is not a known place,
 * organisation or nationality ("Max" may be a given name: it follows a model number all the same).
 */
function leadingNumber(tokens: Token[], [a]: Run): boolean {
  const n = tokens[a - 1];
  const t = tokens[a] as Token;
  // Round numbers are counts ("300 Kestrel jets"), 19xx and 20xx years ("2024 Olympics" is the Games).
  if (!n || !isNumber(n) || n.text.length < 3 || /0$|^(?:1[89]|20)\d\d$/.test(n.text)) return false;
  // "$1,000 Olympic" is a sum: a currency sign, a comma or a point before the number.
  if (n.sentence !== t.sentence || t.start - endOf(n) !== 1 || /^[$€£,.]$/.test(tokens[a - 2]?.text ?? ''))
    return false;
  const w = t.folded;
  return !(PLACES.has(w) || ORGANIZATIONS.has(w) || isDemonymWord(w));
}

// A quantity, not a model: "Olympic 100 metres", "Brent 60 dollars".
const UNITS = new Set(
  `m km cm mm kg g t lb lbs mph metres meters metre meter miles mile yards feet percent pct per cent million
  millions billion billions milliards milliard mille points pts dollars euros degrees`.split(/\s+/),
);

const endOf = (t: Token | undefined): number => (t ? t.start + t.text.length : -1);
/** The pair's words, an opening "The" left out ("The NXQ 200" and "NXQ 200" are one pair). */
const key = (tokens: Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .filter((t) => !t.stop)
    .map((t) => t.folded)
    .join(' ');

/**
 * « la société Logistock 93 »: a firm's name after its kind in lower case keeps the number it ends with, though
 * written once (a model's number would follow its brand, not « société »).
 */
function firmNumber(tokens: Token[], [a, b]: Run, [, end]: Run): boolean {
  return end === b + 1 && FIRMS.has(tokens[a - 1]?.folded ?? '');
}

// Indefinite articles: a thing counted, which no person's nor place's name takes.
const INDEFINITE = new Set(['a', 'an', 'un', 'une']);

/**
 * "aboard an Ariane 6 rocket", « à bord d’une Ariane 6 »: one word and its number after an indefinite article name
 * one of a model's things, though written once (a person or a place is not counted so).
 */
function countedModel(tokens: Token[], [a, b]: Run, [, end]: Run): boolean {
  return end === b + 1 && b === a + 1 && INDEFINITE.has(tokens[a - 1]?.text ?? '');
}

/**
 * The runs with their model numbers: a number joins the name next to it when the article writes that pair at
 * least twice, or once when it is a known name. A brand just before a numbered model joins too ("Boeing 737 Max").
 */
export function withModelNumbers(tokens: Token[], runs: Run[]): Run[] {
  const models = new Set<number>();
  const grown = runs.map((r, i): Run => {
    const [a] = r;
    let b = r[1];
    if (leadingNumber(tokens, r)) return [a - 1, b];
    const coded = tierAndCode(tokens, b);
    if (coded > 0) {
      models.add(i);
      return [a, b + coded];
    }
    if (letteredModel(tokens, r)) {
      models.add(i);
      let end = b + 1;
      while (end - b <= 2 && isSuffix(tokens[end], tokens[end - 1])) end++;
      return [a, end];
    }
    const model = modelLength(tokens, r);
    if (model > 0) {
      b += model;
      models.add(i);
    } else if (trailingNumber(tokens, r)) {
      b++;
      if (isProductLine(tokens, r)) models.add(i);
    }
    return [a, b];
  });
  const counts = new Map<string, number>();
  for (const [i, [a, b]] of grown.entries()) {
    const r = runs[i] as Run;
    if (a === r[0] && b === r[1]) continue;
    const grownKey = key(tokens, a, b);
    counts.set(grownKey, (counts.get(grownKey) ?? 0) + 1);
  }
  const lines = numberedLines(tokens, runs);
  const out: Run[] = [];
  for (const [i, g] of grown.entries()) {
    const r = runs[i] as Run;
    // A pair the gazetteer knows ("France 3", "Ligue 1") is a name the first time it is written.
    const pair = key(tokens, g[0], g[1]);
    // A product line and its number ("iPhone 17"), or a model's closing word, say model the first time too;
    // so does an acronym and its short number (« CAC 40 »), or a département's service and its number though
    // written as a word (« le Samu 76 »).
    const kept: Run =
      (counts.get(pair) ?? 0) >= 2 ||
      models.has(i) ||
      linedNumber(tokens, r, g, lines) ||
      isKnownPair(pair) ||
      namesDepartmentService(pair) ||
      suffixGeneration(tokens, r, g) ||
      brandModel(tokens, r, g) ||
      numberedHead(tokens, r, g) ||
      acronymNumber(tokens, r, g) ||
      firmNumber(tokens, r, g) ||
      countedModel(tokens, r, g)
        ? g
        : r;
    const prev = out.at(-1);
    // The closing word of the model before ("Pro" in "iPhone 17 Pro") is no name of its own.
    if (prev && r[0] < prev[1]) continue;
    // "Boeing 737 Max": a single known brand directly before the model's number.
    if (
      prev &&
      kept[0] < r[0] &&
      prev[1] === kept[0] &&
      prev[1] - prev[0] === 1 &&
      isBrand(tokens[prev[0]])
    ) {
      prev[1] = kept[1];
      continue;
    }
    out.push(kept);
  }
  return withGenerations(tokens, withNamedModels(tokens, withInnerNumbers(tokens, out), lines));
}

/** The run's last word and the number after it: "Kaleido 3" in "E Ink Kaleido 3". */
const tailPair = (tokens: Token[], b: number): string => `${tokens[b - 1]?.folded} ${tokens[b]?.text}`;

/**
 * The run's last word is followed by a number in its sentence, as a name's or a model's ("Kaleido 3.", "Renault 5
 * E-Tech"), not by a quantity, another number or a results line's next side ("Portvale 2 Gullhaven 1").
 */
function numberedTail(tokens: Token[], [a, b]: Run): boolean {
  const n = tokens[b];
  if (!n || !isNumber(n) || n.sentence !== tokens[a]?.sentence || n.start - endOf(tokens[b - 1]) !== 1)
    return false;
  const next = tokens[b + 1]?.sentence === n.sentence ? tokens[b + 1] : undefined;
  if (
    UNITS.has(next?.folded ?? '') ||
    isNumber(next) ||
    (/^[-–:/,.]$/.test(next?.text ?? '') && isNumber(tokens[b + 2]))
  )
    return false;
  if (!next?.nameLike) return true;
  // A name after the number: a model's ("Renault 5 E-Tech"), unless a number follows it (a results line).
  let end = b + 1;
  while (tokens[end]?.nameLike && tokens[end]?.sentence === n.sentence) end++;
  return !isNumber(tokens[end]) || tokens[end]?.sentence !== n.sentence;
}

/** Each word the page writes twice with a number, and those numbers. */
type Lines = Map<string, Set<string>>;

/**
 * The page's numbered lines: each word that closes a run and is written with the same number at least twice
 * ("Forerunner 975", "Kaleido 3", whatever words open the run), with those numbers.
 */
function numberedLines(tokens: Token[], runs: Run[]): Lines {
  const counts = new Map<string, number>();
  for (const r of runs) {
    if (numberedTail(tokens, r))
      counts.set(tailPair(tokens, r[1]), (counts.get(tailPair(tokens, r[1])) ?? 0) + 1);
  }
  const lines: Lines = new Map();
  for (const [pair, n] of counts) {
    if (n < 2) continue;
    const [word = '', number = ''] = pair.split(' ');
    lines.set(word, (lines.get(word) ?? new Set()).add(number));
  }
  return lines;
}

/**
 * The run grew by one number after a word the page writes twice with a number of that length: its own pair
 * ("Kaleido 3" after "E Ink Kaleido 3"), or the line's other model ("Forerunner 965" beside "Forerunner 975" twice).
 */
function linedNumber(tokens: Token[], [a, b]: Run, [start, end]: Run, lines: Lines): boolean {
  const numbers = lines.get(tokens[b - 1]?.folded ?? '');
  const length = tokens[b]?.text.length;
  return (
    start === a && end === b + 1 && numbers !== undefined && [...numbers].some((n) => n.length === length)
  );
}

/**
 * "Snapdragon 8 Elite Gen 5", "Snapdragon 8 Gen 3": a known product line, a short number, then a name ending
 * with its own number, written so at least twice, is one model's name; a results line ("Arsenal 2 Chelsea 1")
 * has the same shape, hence the known line.
 */
function withInnerNumbers(tokens: Token[], runs: Run[]): Run[] {
  const joins = (i: number): boolean => {
    const [a, b] = runs[i] as Run;
    const next = runs[i + 1];
    const n = tokens[b];
    return (
      next !== undefined &&
      next[0] === b + 1 &&
      isNumber(n) &&
      (n?.text.length ?? 0) <= 2 &&
      n?.sentence === tokens[a]?.sentence &&
      n?.sentence === tokens[next[0]]?.sentence &&
      (n?.start ?? 0) - endOf(tokens[b - 1]) === 1 &&
      (tokens[next[0]]?.start ?? 0) - endOf(n) === 1 &&
      isNumber(tokens[next[1] - 1]) &&
      isProductLine(tokens, [a, b])
    );
  };
  return joinRepeatedPairs(runs, joins, (from, to) => key(tokens, from, to));
}

/**
 * "Renault 5 E-Tech", "PlayStation 5 Slim": a name, a number, then a name that no number follows, the three written
 * so at least twice, are one model's name; the same shape once may be two names in a row.
 */
function withNamedModels(tokens: Token[], runs: Run[], lines: Lines): Run[] {
  const joins = (i: number): boolean => {
    const [a, b] = runs[i] as Run;
    const next = runs[i + 1];
    const n = tokens[b];
    // A name ending with its own number after it is a known line's business (see withInnerNumbers).
    if (next === undefined || next[0] !== b + 1 || !isNumber(n) || (n?.text.length ?? 0) > 3) return false;
    // A leading zero writes a club's year ("TSV Bayer 04 Leverkusen"), and a club's town follows it.
    if (isNumber(tokens[next[1] - 1]) || n?.text.startsWith('0')) return false;
    const after = tokens[next[1]];
    return (
      n?.sentence === tokens[a]?.sentence &&
      n?.sentence === tokens[next[0]]?.sentence &&
      (n?.start ?? 0) - endOf(tokens[b - 1]) === 1 &&
      (tokens[next[0]]?.start ?? 0) - endOf(n) === 1 &&
      !(
        after?.sentence === n?.sentence &&
        (isNumber(after) || (/^[-–:]$/.test(after?.text ?? '') && isNumber(tokens[next[1] + 1])))
      )
    );
  };
  // Once is enough after a pair the page writes twice ("Renault 5"), for a version's one word shaped as a code's.
  const versions = new Set<string>();
  for (let i = 0; i + 1 < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    const [c, d] = runs[i + 1] as Run;
    const version = tokens[c]?.text ?? '';
    if (
      d - c === 1 &&
      VERSION.test(letterShape(version)) &&
      lines.get(tokens[b - 1]?.folded ?? '')?.has(tokens[b]?.text ?? '') &&
      joins(i)
    )
      versions.add(key(tokens, a, d));
  }
  return joinRepeatedPairs(
    runs,
    joins,
    (from, to) => key(tokens, from, to),
    (k) => versions.has(k),
  );
}

// A version's word: hyphenated, in capitals or with an inner capital ("E-Tech", "GTI", "eVTOL").
// A shape (see letter-shape.ts).
const VERSION = /^U+-Ul+$|^U{2,4}$|^l+U{2,}/;

/**
 * "Peugeot 308", "Boeing 777": a known brand alone and a number of three digits, not round, says model the first
 * time ("Korvo 300" may be a count).
 */
const brandModel = (tokens: Token[], [a, b]: Run, [, end]: Run): boolean =>
  b - a === 1 && end === b + 1 && isBrand(tokens[a]) && /^\d\d[1-9]$/.test(tokens[b]?.text ?? '');

/**
 * "Google's Pixel Buds Pro 3", "AirPods Pro 2": a product's name of two words or more closed by a model's word,
 * then a one- or two-digit number, is a model and its generation the first time it is written.
 */
const suffixGeneration = (tokens: Token[], [a, b]: Run, [, end]: Run): boolean =>
  b - a >= 2 &&
  end === b + 1 &&
  MODEL_SUFFIXES.has(tokens[b - 1]?.folded ?? '') &&
  /^[1-9]\d?$/.test(tokens[b]?.text ?? '');

/** "State Route 126", "Billboard Hot 100": a name whose last word takes a number, and that number. */
const numberedHead = (tokens: Token[], [a, b]: Run, [start, end]: Run): boolean =>
  start === a && end === b + 1 && b - a >= 1 && numbersName(tokens[b - 1]?.folded ?? '');

/** A word that takes a number to make a name that is no model: a road, a chart, a mission, a union's local. */
const numbersName = (w: string): boolean =>
  NUMBERED_HEADS.has(w) || NUMBERED_ROADS.has(w) || NUMBERED_BODIES.has(w);

/** The run is a known product line ("iPhone", "Pixel", "Windows"): with a number, a model. */
const isProductLine = (tokens: Token[], [a, b]: Run): boolean => PRODUCTS.has(key(tokens, a, b));

const isBrand = (t: Token | undefined): boolean => t !== undefined && ORGANIZATIONS.has(t.folded);
/**
 * The pair, or its last name and number, is a known name: a line's opening word glued to it ("Reportage
 * France 3" after a date) is trimmed later. A number before a known name ("176 Hong Kong dollars") is no part
 * of it: only a pair ending with its number is looked up by its last two words.
 */
const isKnownPair = (pair: string): boolean =>
  pair.includes(' ') &&
  (isKnownName(pair) || (/\d$/.test(pair) && isKnownName(pair.split(' ').slice(-2).join(' '))));

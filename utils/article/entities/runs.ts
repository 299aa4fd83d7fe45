import { joinAdjectiveBridges } from './adjective-bridges';
import { withAdjectiveTails } from './adjective-tails';
import { joinBodyRegions } from './body-regions';
import { joinBodyTowns } from './body-towns';
import { joinCaseNames } from './case-names';
import { withCouncilTails } from './council-tails';
import { joinDashedAgreements } from './dashed-agreements';
import { joinDashedNames } from './dashed-names';
import { joinDefinedNames } from './defined-names';
import { cutAtDottedAcronyms } from './dotted-acronyms';
import { isKnownName, opensKnownName } from './gazetteer';
import { joinLawTitles } from './law-titles';
import { withMetal } from './metal-prizes';
import { withModelNumbers } from './model-numbers';
import { nameKey } from './normalize';
import { withOrdinals } from './ordinal-names';
import { cutPlaceAcronyms } from './place-acronym-cuts';
import { withPlanetLetter } from './planet-letters';
import { withProgrammeTails } from './programme-names';
import { joinPurposeNames } from './purpose-names';
import { withRailLines } from './rail-lines';
import { isRomance } from './romance-names';
import { cutAtShownBoundaries } from './shown-boundaries';
import { isNameToken, spanEnd } from './span';
import { withSpeciesEpithets } from './species-names';
import { joinSurnamePairs } from './surname-pairs';
import type { Token } from './tokenize';
import { cutWeekdayTails } from './weekday-tails';
import { joinWeekdayTitles } from './weekday-titles';

/** Each run of name tokens, as [from, to). */
export function spans(tokens: Token[], lang = ''): Array<[number, number]> {
  const french = lang === 'fr';
  const romance = isRomance(lang);
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const last = withKnownTail(tokens, i, spanEnd(tokens, i, french, lang === 'en', romance, lang === 'de'));
    const end = withPlanetLetter(tokens, i, french ? withMetal(tokens, i, last) : last);
    out.push(...cutAtDottedAcronyms(tokens, i, end));
    i = end;
  }
  const dashed = withSpeciesEpithets(
    tokens,
    joinDashedAgreements(tokens, joinDashedNames(tokens, joinDefinedNames(tokens, out))),
  );
  const joined = french
    ? joinBodyRegions(
        tokens,
        joinBodyTowns(
          tokens,
          withAdjectiveTails(
            tokens,
            withProgrammeTails(tokens, joinPurposeNames(tokens, joinAdjectiveBridges(tokens, dashed))),
          ),
        ),
      )
    : dashed;
  const cases =
    lang === 'en'
      ? withRailLines(tokens, withCouncilTails(tokens, joinLawTitles(tokens, joinCaseNames(tokens, joined))))
      : joined;
  const numbered = lang === 'en' ? withOrdinals(tokens, joinSurnamePairs(tokens, cases)) : cases;
  const cut = cutPlaceAcronyms(tokens, cutWeekdayTails(tokens, cutAtShownBoundaries(tokens, numbered)));
  return withModelNumbers(tokens, lang === 'en' ? joinWeekdayTitles(tokens, cut) : cut);
}

const ARTICLES = '(?:la|le|les|l|the)';
const LEADING_ARTICLE = new RegExp(`^${ARTICLES} `);
const ARTICLE_ALONE = new RegExp(`^${ARTICLES}$`);

/**
 * Whether the span's key `own`, then more words, can be a known name as `withKnownTail` looks it up: an
 * article alone ("La" before "france insoumise") leaves the words after it to be the name.
 */
function mayOpenKnownName(own: string): boolean {
  return ARTICLE_ALONE.test(own) || opensKnownName(own) || opensKnownName(own.replace(LEADING_ARTICLE, ''));
}

/**
 * "France inter", "Radio nova", "Corte dei conti": up to two lower-case words that end a name the gazetteer knows
 * stay with it.
 */
function withKnownTail(tokens: Token[], a: number, b: number): number {
  let key: string | null = null;
  for (let end = b; end < b + 2; end++) {
    const next = tokens[end];
    if (
      !next?.isWord ||
      next.capital ||
      next.start - (tokens[end - 1]?.start ?? 0) > (tokens[end - 1]?.text.length ?? 0) + 1
    )
      return b;
    // The span's own key only once a lower-case word follows it (most spans end before a capital or a stop),
    // and no longer key when no known name opens with it.
    if (key === null) {
      key = spanKey(tokens, a, b);
      // « Le point faible demeure… »: an article opening a sentence owes its capital to the sentence.
      if (!mayOpenKnownName(key) || (ARTICLE_ALONE.test(key) && tokens[a]?.initial)) return b;
    }
    key = `${key} ${next.folded}`;
    // "La France insoumise": the article opening the name is no part of its key.
    if (isKnownName(key) || isKnownName(key.replace(LEADING_ARTICLE, ''))) return end + 1;
  }
  return b;
}

/** Keys of the multi-word names that start inside a sentence. */
export function midSentenceNames(tokens: Token[], all: Array<[number, number]>): Set<string> {
  const keys = new Set<string>();
  for (const [a, b] of all) if (b - a > 1 && !tokens[a]?.initial) keys.add(spanKey(tokens, a, b));
  return keys;
}

/** An index cut to `length` as `slice` cuts it (a negative one counts from the end). */
const sliceIndex = (n: number, length: number): number =>
  n < 0 ? Math.max(length + n, 0) : Math.min(n, length);

/** Matching key of the words tokens[a..b). */
export function spanKey(tokens: Token[], a: number, b: number): string {
  // The words joined in a loop: asked of most spans, with no arrays to build.
  const from = sliceIndex(a, tokens.length);
  const to = sliceIndex(b, tokens.length);
  let words = '';
  for (let i = from; i < to; i++)
    words += i === from ? (tokens[i] as Token).text : ` ${(tokens[i] as Token).text}`;
  return nameKey(words);
}

/**
 * Readability with bounds. It is synchronous and has been seen to spin for minutes on some pages
 * (mozilla/readability#580, #977), and it mutates the document it reads: so it runs on a clone, refuses
 * documents with too many elements, and checks a deadline from inside its hot loops.
 */
import { Readability } from '@mozilla/readability';
import { keepBylineLines } from '@/utils/article/extract/byline-lines';
import { preClean } from '@/utils/article/extract/pre-clean';
import { ignoreSiteAsAuthor } from '@/utils/article/extract/publisher-byline';
import { readTextsOncePerCleaningPass } from '@/utils/article/extract/readability-clean-texts';
import { internalsOf } from '@/utils/article/extract/readability-internals';
import { adaptReadabilityToJsDom } from '@/utils/article/extract/readability-js-dom';
import { adaptReadabilityToNativeDom } from '@/utils/article/extract/readability-native-dom';
import { cheapenTextTests } from '@/utils/article/extract/readability-text-tests';
import { type Failure, fail, ok, type Result } from '@/utils/shared/result';

/** Limits for one Readability run. */
export interface ReadabilityLimits {
  /** Elements above which Readability is not attempted at all. */
  maxElements: number;
  /** Milliseconds after which the run is abandoned. */
  timeoutMs: number;
}

/** The default limits: generous for real articles (a long Wikipedia page is ~30k elements, ~300 ms). */
export const DEFAULT_READABILITY_LIMITS: ReadabilityLimits = { maxElements: 60_000, timeoutMs: 4_000 };

type ReadabilityArticle = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** Readability's article, or why there is none. */
export type ReadabilityOutcome = Result<
  { article: ReadabilityArticle; root: Element },
  Failure<'too-large' | 'timeout' | 'no-content'>
>;

class DeadlineExceeded extends Error {}

/**
 * What `runReadability` returns, with `retryOnFreshCopy`, when Readability's first pass found too little text:
 * it kept no clone of the page to try again on (see `runReadability`), so the caller starts again on a fresh copy.
 */
export const RETRY_ON_FRESH_COPY = Symbol('retry on a fresh copy');
class RetryOnFreshCopy extends Error {}

/** The clock is read once every this many hot calls: each call takes microseconds, reading the clock more. */
const CALLS_PER_CHECK = 64;

/**
 * Readability calls `_getNextNode` for every node it visits and `_getInnerText` for every text it measures;
 * wrapping them on the instance is the only way to bound its time, as it has no public budget.
 */
function guardWithDeadline(reader: Readability<Element>, deadline: number): void {
  const hot = internalsOf(reader);
  let calls = 0;
  for (const name of ['_getNextNode', '_getInnerText'] as const) {
    const original = hot[name].bind(reader);
    // Both take two arguments (an omitted one reads as undefined either way): no array is gathered per call.
    hot[name] = (node, flag) => {
      if (calls++ % CALLS_PER_CHECK === 0 && performance.now() > deadline) throw new DeadlineExceeded();
      return original(node, flag);
    };
  }
}

const SHOW_ELEMENT = 1;

/**
 * True when `doc` has more than `max` elements. A TreeWalker that stops early: linkedom returns nothing for
 * `getElementsByTagName('*')`, which also makes Readability's own `maxElemsToParse` a no-op there.
 */
export function hasMoreElementsThan(doc: Document, max: number): boolean {
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, SHOW_ELEMENT);
  let count = 0;
  while (walker.nextNode()) if (++count > max) return true;
  return false;
}

/**
 * Runs Readability on `clone` (which it consumes, furniture removed first) within `limits`. `prepare`
 * sees the cleaned document just before Readability does (only when Readability will run).
 * Readability keeps a clone of the whole page for a retry with looser rules, which few pages need (one in
 * thirteen news articles); on a DOM written in JavaScript that copy is a tenth of the run's time and much of
 * its garbage. With `retryOnFreshCopy` (patched Readability, see library-patches.ts) it keeps none, and a
 * page that needs a retry returns `RETRY_ON_FRESH_COPY` instead.
 */
export function runReadability(
  clone: Document,
  limits: ReadabilityLimits,
  prepare?: (doc: Document) => void,
  retryOnFreshCopy = false,
): ReadabilityOutcome | typeof RETRY_ON_FRESH_COPY {
  if (hasMoreElementsThan(clone, limits.maxElements)) return fail('too-large');
  preClean(clone);
  prepare?.(clone);
  // The serializer returns the article element itself: we sanitise and measure the tree, not a string.
  // Classes are kept for pruneArticle, which reads them; the sanitiser drops them afterwards.
  const reader = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    keepClasses: true,
  });
  cheapenTextTests(reader);
  adaptReadabilityToJsDom(reader, clone);
  adaptReadabilityToNativeDom(reader, clone);
  ignoreSiteAsAuthor(reader);
  keepBylineLines(reader);
  readTextsOncePerCleaningPass(reader);
  guardWithDeadline(reader, performance.now() + limits.timeoutMs);
  if (retryOnFreshCopy) internalsOf(reader)._retryOnFreshCopy = new RetryOnFreshCopy();
  try {
    const article = reader.parse();
    if (!article?.content) return fail('no-content');
    return ok({ article, root: article.content });
  } catch (err) {
    if (err instanceof DeadlineExceeded) return fail('timeout');
    if (err instanceof RetryOnFreshCopy) return RETRY_ON_FRESH_COPY;
    throw err;
  }
}

/** Runtime checks for selectors crossing a trust boundary (messages, imports). */
import type {
  Neighbours,
  QuoteFingerprint,
  Selector,
  TextPositionSelector,
  XPathSelector,
} from './selectors';
import { isObject, isString } from './validate-fields';

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isPosition(v: unknown): v is TextPositionSelector {
  return (
    isObject(v) &&
    v.type === 'TextPositionSelector' &&
    isOffset(v.start) &&
    isOffset(v.end) &&
    v.end >= v.start
  );
}

function isXPath(v: unknown): v is XPathSelector {
  return (
    isObject(v) &&
    v.type === 'XPathSelector' &&
    isString(v.value, 2000) &&
    (v.refinedBy === undefined || isPosition(v.refinedBy))
  );
}

const isHash = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}$/.test(v);
const isHashList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 8 && v.every(isHash);

function isNeighbours(v: unknown): v is Neighbours {
  return isObject(v) && isHashList(v.before) && isHashList(v.after);
}

/** True for a well-formed Liseuse quote fingerprint (block hash, twins, ordinal). */
export function isFingerprint(v: unknown): v is QuoteFingerprint {
  return (
    isObject(v) &&
    isHash(v.block) &&
    (v.element === undefined || isHash(v.element)) &&
    isOffset(v.twins) &&
    v.twins >= 1 &&
    v.twins <= 500 &&
    isOffset(v.ordinal) &&
    v.ordinal < v.twins &&
    isOffset(v.alike) &&
    v.alike >= v.twins &&
    v.alike <= 500 &&
    isOffset(v.alikeOrdinal) &&
    v.alikeOrdinal < v.alike &&
    isOffset(v.near) &&
    v.near <= 500 &&
    (v.neighbours === undefined || isNeighbours(v.neighbours))
  );
}

/** True for a well-formed TextQuote, TextPosition or Range (XPath endpoints) selector. */
export function isSelector(v: unknown, maxQuote = 20_000): v is Selector {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'TextQuoteSelector':
      return (
        isString(v.exact, maxQuote) &&
        v.exact.length > 0 &&
        (v.prefix === undefined || isString(v.prefix, 200)) &&
        (v.suffix === undefined || isString(v.suffix, 200)) &&
        (v['liseuse:fingerprint'] === undefined || isFingerprint(v['liseuse:fingerprint']))
      );
    case 'TextPositionSelector':
      return isPosition(v);
    case 'RangeSelector':
      return isXPath(v.startSelector) && isXPath(v.endSelector);
    default:
      return false;
  }
}

/**
 * Validates selectors read from files (untrusted JSON) and converts Hypothesis's RangeSelector
 * (`startContainer/startOffset/endContainer/endOffset`) to the W3C form Liseuse stores
 * (`startSelector/endSelector` XPathSelectors refined by zero-length TextPositionSelectors).
 */
import type { RangeSelector, Selector, TextQuoteSelector, XPathSelector } from '@/utils/shared/selectors';
import { isRecord } from '@/utils/shared/validate-fields';
import { isFingerprint } from '@/utils/shared/validate-selectors';

type Obj = Record<string, unknown>;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function xpathPoint(value: unknown, offset: unknown): XPathSelector | null {
  if (typeof value !== 'string' || !isCount(offset)) return null;
  return {
    type: 'XPathSelector',
    value,
    refinedBy: { type: 'TextPositionSelector', start: offset, end: offset },
  };
}

function w3cPoint(raw: unknown): XPathSelector | null {
  if (!isRecord(raw) || raw.type !== 'XPathSelector' || typeof raw.value !== 'string') return null;
  const ref = raw.refinedBy;
  if (isRecord(ref) && ref.type === 'TextPositionSelector' && isCount(ref.start))
    return xpathPoint(raw.value, ref.start);
  return xpathPoint(raw.value, 0);
}

function rangeSelector(raw: Obj): RangeSelector | null {
  const start = raw.startSelector
    ? w3cPoint(raw.startSelector)
    : xpathPoint(raw.startContainer, raw.startOffset);
  const end = raw.endSelector ? w3cPoint(raw.endSelector) : xpathPoint(raw.endContainer, raw.endOffset);
  return start && end ? { type: 'RangeSelector', startSelector: start, endSelector: end } : null;
}

function quoteSelector(raw: Obj, exact: string): TextQuoteSelector {
  const sel: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact,
    prefix: str(raw.prefix),
    suffix: str(raw.suffix),
  };
  // Liseuse's own exports carry the fingerprint; a malformed one is dropped, the quote kept.
  const fp = raw['liseuse:fingerprint'];
  if (isFingerprint(fp)) {
    const { block, element, twins, ordinal, alike, alikeOrdinal, near, neighbours } = fp;
    sel['liseuse:fingerprint'] = {
      block,
      twins,
      ordinal,
      alike,
      alikeOrdinal,
      near,
      ...(element ? { element } : {}),
      ...(neighbours ? { neighbours: { before: [...neighbours.before], after: [...neighbours.after] } } : {}),
    };
  }
  return sel;
}

/** One selector from a file, or null when it is of an unknown type or malformed. */
export function readSelector(raw: unknown): Selector | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'TextQuoteSelector':
      return typeof raw.exact === 'string' && raw.exact ? quoteSelector(raw, raw.exact) : null;
    case 'TextPositionSelector':
      return isCount(raw.start) && isCount(raw.end) && raw.end >= raw.start
        ? { type: 'TextPositionSelector', start: raw.start, end: raw.end }
        : null;
    case 'RangeSelector':
      return rangeSelector(raw);
    default:
      return null;
  }
}

/** Reads a selector list (or a single selector), dropping malformed ones. */
export function readSelectors(raw: unknown): Selector[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map(readSelector).filter((s): s is Selector => s !== null);
}

/** The TextQuoteSelector of a list, if any: every anchoring strategy needs the quote to verify. */
export function quoteOf(selectors: Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

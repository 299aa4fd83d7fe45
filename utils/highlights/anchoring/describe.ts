/** DOM range → W3C selectors (TextQuote with 32-char context, TextPosition, Range/XPath). */

import type { RangeSelector, Selector, TextQuoteSelector, XPathSelector } from '@/utils/shared/selectors';
import { exactCandidates } from './candidates';
import { elementRawStart, pointToRaw } from './dom-offsets';
import { fingerprintOf } from './fingerprint';
import { countLookalikes } from './lookalikes';
import { neighboursOf } from './neighbours';
import { normalize } from './normalize';
import { queryOf, scoreIn } from './score';
import { buildTextIndex, rawToNorm, type TextIndex } from './text-index';
import type { BoundaryRange } from './types';
import { xpathFromElement } from './xpath';

/** Characters of context stored on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** Readable text of raw [a, b): whitespace collapsed, typography kept (what exports show). */
function displayText(index: TextIndex, a: number, b: number): string {
  const breaks = index.breaks.filter((x) => x > a && x < b).map((x) => x - a);
  return normalize(index.raw.slice(a, b), { fold: false, breaks }).text;
}

function endpoint(index: TextIndex, container: Node, raw: number): XPathSelector {
  const el = (container.nodeType === 1 ? container : container.parentElement) as Element | null;
  const inside = el && index.root.contains(el) ? el : index.root;
  const offset = raw - elementRawStart(index, inside);
  return {
    type: 'XPathSelector',
    value: xpathFromElement(index.root, inside),
    refinedBy: { type: 'TextPositionSelector', start: Math.max(0, offset), end: Math.max(0, offset) },
  };
}

/** Selectors for `range` within `root`; empty when the range holds no visible text. */
export function describeWithIndex(index: TextIndex, range: BoundaryRange): Selector[] {
  const a = pointToRaw(index, range.startContainer, range.startOffset);
  const b = pointToRaw(index, range.endContainer, range.endOffset);
  const exact = displayText(index, a, b);
  const [start, end] = rawToNorm(index, a, b);
  if (!exact || end <= start) return [];
  const margin = CONTEXT_LENGTH * 4; // raw slack: whitespace collapses
  const prefix = displayText(index, Math.max(0, a - margin), a).slice(-CONTEXT_LENGTH);
  const suffix = displayText(index, b, Math.min(index.raw.length, b + margin)).slice(0, CONTEXT_LENGTH);
  const rangeSelector: RangeSelector = {
    type: 'RangeSelector',
    startSelector: endpoint(index, range.startContainer, a),
    endSelector: endpoint(index, range.endContainer, b),
  };
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact, prefix, suffix };
  const q = queryOf(quote);
  const exactSpots = exactCandidates(index.norm.text, q.quote).map((c) => scoreIn(index, c, q));
  const fingerprint = fingerprintOf(index, exactSpots, start, end);
  quote['liseuse:fingerprint'] = {
    ...fingerprint,
    near: countLookalikes(index, q, [start, end], exactSpots),
    // Only a passage whose text and context are repeated needs its surroundings to be told apart.
    ...(fingerprint.alike > 1 ? { neighbours: neighboursOf(index, start, end) } : {}),
  };
  return [quote, { type: 'TextPositionSelector', start, end }, rangeSelector];
}

/** Selectors for `range` within `root` (builds a fresh text index). */
export function describe(root: Element, range: BoundaryRange): Selector[] {
  return describeWithIndex(buildTextIndex(root), range);
}

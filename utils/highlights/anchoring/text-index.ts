/**
 * The text of an annotated root, indexed once: its text nodes in document order, the raw
 * concatenation of their data, and the normalised text used for matching, with maps between
 * normalised offsets, raw offsets and DOM boundary points.
 */
import { countAtMost, lowerBound } from '@/utils/shared/sorted';
import { type NormalizedText, normalize, toNormalizedEnd, toNormalizedStart } from './normalize';

/** Elements whose text is not part of what the reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);
/** Boundaries of these elements count as whitespace, so re-wrapping paragraphs does not matter. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** The extension marks its own UI (toolbar, note popover) with this attribute; its text is ignored. */
export const UI_ATTRIBUTE = 'data-liseuse-ui';

/** A DOM boundary point inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** The indexed text of one root. */
export interface TextIndex {
  root: Element;
  nodes: Text[];
  /** Raw offset at which each node's data starts. */
  nodeStarts: number[];
  raw: string;
  /** Raw offsets of block boundaries (virtual whitespace). */
  breaks: number[];
  norm: NormalizedText;
  /** Normalised offsets of the block breaks, ascending. */
  normBreaks: Int32Array;
}

/** The nearest element around `node` (itself included) that is a block, within the root. */
export function blockElementOf(index: TextIndex, node: Node): Element {
  for (let n: Node | null = node; n && n !== index.root; n = n.parentNode) {
    if (
      n.nodeType === 1 &&
      (n as Element).tagName.toUpperCase() !== 'BR' &&
      BLOCKS.has((n as Element).tagName.toUpperCase())
    )
      return n as Element;
  }
  return index.root;
}

function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName.toUpperCase()) || el.hasAttribute(UI_ATTRIBUTE);
}

/** Next node in document order within root, not descending into `node` when `skipChildren`. */
export function nextNode(root: Node, node: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** Walks root's visible text once and builds the index (O(text length)). */
export function buildTextIndex(root: Element): TextIndex {
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  const parts: string[] = [];
  const breaks: number[] = [];
  let length = 0;
  const addBreak = () => {
    if (breaks[breaks.length - 1] !== length) breaks.push(length);
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let skipChildren = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      skipChildren = isSkipped(el);
      if (!skipChildren && BLOCKS.has(el.tagName.toUpperCase())) addBreak();
    } else if (node.nodeType === 3 && (node as Text).data.length > 0) {
      nodes.push(node as Text);
      nodeStarts.push(length);
      parts.push((node as Text).data);
      length += (node as Text).data.length;
    }
    // Leaving block elements also counts as a break: find them on the way up.
    const next = nextNode(root, node, skipChildren);
    for (let up: Node | null = skipChildren || !node.firstChild ? node : null; up && up !== root; ) {
      if (up.nodeType === 1 && BLOCKS.has((up as Element).tagName.toUpperCase())) addBreak();
      if (up.nextSibling) break;
      up = up.parentNode;
    }
    node = next;
  }
  const raw = parts.join('');
  const norm = normalize(raw, { breaks });
  const normBreaks = Int32Array.from(breaks, (b) => toNormalizedStart(norm, b));
  return { root, nodes, nodeStarts, raw, breaks, norm, normBreaks };
}

/** Index of the last node whose start is ≤ raw (or < raw when `strict`). */
function nodeAt(index: TextIndex, raw: number, strict: boolean): number {
  const before = strict ? lowerBound(index.nodeStarts, raw) : countAtMost(index.nodeStarts, raw);
  return Math.max(0, before - 1);
}

/** DOM point for a raw offset; a start point prefers the next node, an end point the previous one. */
export function rawToPoint(index: TextIndex, raw: number, side: 'start' | 'end'): TextPoint | null {
  if (index.nodes.length === 0) return null;
  const i = nodeAt(index, raw, side === 'end');
  const node = index.nodes[i] as Text;
  const offset = Math.max(0, Math.min(raw - (index.nodeStarts[i] ?? 0), node.data.length));
  return { node, offset };
}

/** DOM points for normalised offsets [start, end). */
export function normToPoints(index: TextIndex, start: number, end: number): [TextPoint, TextPoint] | null {
  const { starts, ends } = index.norm;
  if (end <= start || start < 0 || end > starts.length) return null;
  const a = rawToPoint(index, starts[start] ?? 0, 'start');
  const b = rawToPoint(index, ends[end - 1] ?? 0, 'end');
  return a && b ? [a, b] : null;
}

/** Normalised [start, end) for raw offsets [rawStart, rawEnd). */
export function rawToNorm(index: TextIndex, rawStart: number, rawEnd: number): [number, number] {
  return [toNormalizedStart(index.norm, rawStart), toNormalizedEnd(index.norm, rawEnd)];
}

/** Normalised [start, end) of the block (paragraph) around [start, end): context beyond it is weak evidence. */
export function blockAround(index: TextIndex, start: number, end: number): [number, number] {
  const b = index.normBreaks;
  const lo = countAtMost(b, start);
  let from = lo > 0 ? (b[lo - 1] ?? 0) : 0;
  let i = lo;
  while (i < b.length && (b[i] ?? 0) < end) i++;
  const to = i < b.length ? (b[i] ?? 0) : index.norm.text.length;
  if (index.norm.text.charCodeAt(from) === 32 && from < start) from++;
  return [from, to];
}

/**
 * Page edits for the anchoring benchmark, applied with DOM APIs so that a live Range over the
 * passage (the ground truth) follows the edit as the DOM spec says.
 */

export type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

/** Paragraph-like blocks of the page other than the one holding the passage. */
function otherBlocks(passage: Range): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>('p, li, h2, h3, blockquote')].filter(
    (b) =>
      !b.contains(passage.startContainer) &&
      !b.contains(passage.endContainer) &&
      !b.contains(passage.commonAncestorContainer) &&
      (b.textContent ?? '').trim().length > 0,
  );
}

/** Block holding the passage. */
export function blockOf(passage: Range): HTMLElement {
  const start = passage.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  return (el?.closest('p, li, h1, h2, h3, h4, blockquote, td, div') ?? document.body) as HTMLElement;
}

const WORDS = 'the of and a to in is that for it as with was on by reader annotation network'.split(' ');
function sentence(r: Rand): string {
  return Array.from({ length: 12 + Math.floor(r() * 20) }, () => pick(r, WORDS)).join(' ');
}

/** Paragraphs inserted, deleted and reordered around the passage (including right next to it). */
export function editParagraphs(r: Rand, passage: Range): void {
  const block = blockOf(passage);
  const fresh = () => Object.assign(document.createElement('p'), { textContent: `${sentence(r)}.` });
  block.before(fresh());
  const others = otherBlocks(passage);
  for (let i = 0; i < 2 && others.length; i++) others.splice(Math.floor(r() * others.length), 1)[0]?.remove();
  const next = block.nextElementSibling;
  if (next && !next.contains(passage.endContainer)) next.remove();
  const rest = otherBlocks(passage);
  if (rest.length > 1) pick(r, rest).before(pick(r, rest));
  if (rest.length) pick(r, rest).after(fresh());
}

const TYPO: [RegExp, (r: Rand) => string][] = [
  [/'/g, () => '\u2019'],
  [/\u2019/g, () => "'"],
  [/"/g, (r) => (r() < 0.5 ? '\u201c' : '\u201d')],
  [/ ([:;!?])/g, () => '\u00a0$1'],
  [/\.\.\./g, () => '\u2026'],
  [/ /g, (r) => (r() < 0.15 ? '\n      ' : r() < 0.05 ? '\u00a0' : ' ')],
];

/** Quotes, apostrophes, no-break spaces and line breaks changed everywhere, passage included. */
export function editTypography(r: Rand, passage: Range): void {
  for (const node of textNodes(document.body)) {
    if (node.parentElement?.closest('style, script, noscript, template')) continue;
    // Nodes the passage touches are edited in place so its live Range follows; others are rewritten once.
    const tracked = passage.intersectsNode(node);
    let data = node.data;
    for (const [re, to] of TYPO) {
      const hits = [...data.matchAll(re)].reverse();
      for (const h of hits) {
        const rep = to(r).replace('$1', h[1] ?? '');
        if (rep === h[0]) continue;
        const at = h.index ?? 0;
        if (tracked) node.replaceData(at, h[0].length, rep);
        else data = data.slice(0, at) + rep + data.slice(at + h[0].length);
      }
      if (tracked) data = node.data;
    }
    if (!tracked && data !== node.data) node.data = data;
  }
}

function mutateWord(r: Rand, w: string, vocab: string[]): string {
  const k = r();
  if (k < 0.4) return pick(r, vocab);
  const i = Math.floor(r() * w.length);
  if (k < 0.7) return w.slice(0, i) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(i + 1);
  if (k < 0.85) return w.slice(0, i) + w.slice(i + 1);
  return `${w}s`;
}

interface WordSpot {
  node: Text;
  index: number;
  word: string;
}

/** Words strictly inside the range (so replaceData cannot move its boundaries). */
function wordsIn(range: Range): WordSpot[] {
  const out: WordSpot[] = [];
  for (const node of textNodes(
    range.commonAncestorContainer.nodeType === 3
      ? (range.commonAncestorContainer.parentNode as Node)
      : range.commonAncestorContainer,
  )) {
    if (!range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    for (const m of node.data.matchAll(/\p{L}{2,}/gu)) {
      const i = m.index ?? 0;
      if (i > from && i + m[0].length < to) out.push({ node, index: i, word: m[0] });
    }
  }
  return out;
}

/** Words changed inside the passage (at most `share` of its characters) and next to it. */
export function editWords(r: Rand, passage: Range, vocab: string[], share = 0.1): void {
  let budget = Math.floor(passage.toString().length * share);
  const edits: (WordSpot & { rep: string })[] = [];
  for (const s of wordsIn(passage).sort(() => r() - 0.5)) {
    const near = vocab.filter((v) => Math.abs(v.length - s.word.length) <= 1);
    const rep = mutateWord(r, s.word, near.length ? near : vocab);
    const cost = Math.max(rep.length, s.word.length);
    if (cost > budget || rep === s.word) continue;
    budget -= cost;
    edits.push({ ...s, rep });
  }
  const block = document.createRange();
  block.selectNodeContents(blockOf(passage));
  const outside = wordsIn(block).filter(
    (s) =>
      passage.comparePoint(s.node, s.index + s.word.length) === -1 ||
      passage.comparePoint(s.node, s.index) === 1,
  );
  for (const s of outside.sort(() => r() - 0.5).slice(0, 2)) edits.push({ ...s, rep: pick(r, vocab) });
  // Right to left, so offsets of pending edits in the same node stay valid.
  for (const e of edits.sort((a, b) => b.index - a.index)) e.node.replaceData(e.index, e.word.length, e.rep);
}

/** The passage's block copied, with one word changed, and inserted before the original. */
export function addLookalike(r: Rand, passage: Range, vocab: string[]): void {
  const block = blockOf(passage);
  const copy = block.cloneNode(true) as HTMLElement;
  const words: WordSpot[] = [];
  for (const node of textNodes(copy))
    for (const m of node.data.matchAll(/\p{L}{3,}/gu)) words.push({ node, index: m.index ?? 0, word: m[0] });
  const w = words.length ? pick(r, words) : null;
  // A mutation can give the word back (a vocabulary pick, a letter replaced by itself), and an
  // identical copy is a duplicate, not a lookalike: draw again until the word differs.
  let rep = w?.word;
  for (let tries = 0; w && rep === w.word && tries < 20; tries++) rep = mutateWord(r, w.word, vocab);
  if (w && rep !== undefined) w.node.replaceData(w.index, w.word.length, rep);
  block.before(copy);
}

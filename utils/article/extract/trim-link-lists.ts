/**
 * Removes "more stories" blocks Readability leaves inside articles ("You may also like...", "Don't miss"):
 * runs of two or more sibling blocks made only of links, plus the short heading line just before them.
 * Runs on Readability's output (a clone or a consumed copy), never on the page.
 */

/** Share of a block's text inside links above which the block is a link, not prose. */
const LINK_DENSITY = 0.9;
/** A lead-in ("You may also like...", "DON'T MISS") is a block this short with no link of its own. */
const MAX_LEAD_IN_WORDS = 5;
const BLOCK = new Set(['P', 'LI', 'DIV', 'UL', 'OL', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SHOW_TEXT = 4;

/** Letters (non-space characters) under each element, and how many of them sit inside links. */
interface TextMeasure {
  total: Map<Element, number>;
  linked: Map<Element, number>;
}

/** One pass over the text nodes, adding each one's length to its ancestors: linear in text × depth. */
function measure(root: Element): TextMeasure {
  const total = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  while (walker.nextNode()) {
    const length = (walker.currentNode.nodeValue ?? '').replace(/\s+/g, '').length;
    if (length === 0) continue;
    let inLink = false;
    for (let el = walker.currentNode.parentElement; el; el = el.parentElement) {
      inLink ||= el.tagName === 'A';
      total.set(el, (total.get(el) ?? 0) + length);
      if (inLink) linked.set(el, (linked.get(el) ?? 0) + length);
      if (el === root) break;
    }
  }
  return { total, linked };
}

function isLinkBlock(el: Element, m: TextMeasure): boolean {
  const total = m.total.get(el) ?? 0;
  return BLOCK.has(el.tagName) && total > 0 && (m.linked.get(el) ?? 0) / total >= LINK_DENSITY;
}

function isLeadIn(el: Element | null, m: TextMeasure): el is Element {
  if (!el || !BLOCK.has(el.tagName) || (m.linked.get(el) ?? 0) > 0) return false;
  const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_LEAD_IN_WORDS;
}

/** Removes runs of link-only sibling blocks under `parent`, with their lead-in. */
function trimChildren(parent: Element, m: TextMeasure): void {
  let run: Element[] = [];
  const flush = () => {
    // A list of links counts as a run by itself.
    const list =
      run.length === 1 && /^(UL|OL)$/.test(run[0]?.tagName ?? '') && (run[0]?.children.length ?? 0) >= 2;
    if (run.length >= 2 || list) {
      const lead = run[0]?.previousElementSibling ?? null;
      if (isLeadIn(lead, m)) lead.remove();
      for (const el of run) el.remove();
    }
    run = [];
  };
  for (const child of Array.from(parent.children)) {
    if (isLinkBlock(child, m)) run.push(child);
    else flush();
  }
  flush();
}

/** Drops link-list blocks anywhere in `root` (mutates it). */
export function trimLinkLists(root: Element): void {
  const m = measure(root);
  // Only elements holding linked text can hold a link list; work inside removed subtrees is harmless.
  for (const parent of [root, ...m.linked.keys()]) if (parent.children.length >= 2) trimChildren(parent, m);
}

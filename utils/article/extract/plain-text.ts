/**
 * Plain text of an article tree with its structure kept as line breaks: paragraphs and other blocks are
 * separated by a blank line, list items and `<br>` by a newline. `textContent` would glue the last word of
 * one paragraph to the first of the next ("end.Next"), which harms word counts, entities and search.
 */

import { collapseSpaceRuns } from '@/utils/shared/fold';
import { HEADING_TAGS } from './heading-tags';

/** Elements a browser sets on lines of their own. */
export const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  ...HEADING_TAGS,
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Blocks separated by a single newline rather than a blank line. */
const TIGHT = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th', 'figcaption']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type Step = { node: Node; pre: boolean } | { separator: number; wordEdge: boolean };

/** Inline elements inside a word: "m<sup>2</sup>", "H<sub>2</sub>O". */
const IN_WORD = new Set(['sup', 'sub']);

// Where one element's text ends and another's begins with no space, a lower-case letter followed by a capital or
// a digit is two words styled apart, not one: a recipe card's "Prep<span>10 min</span>" or "Main</span><span>
// Cuisine" are set on separate lines by the site's CSS. A drop cap ("<span>L</span>orem") is left whole.
const GLUED_WORDS = /\p{Ll}$/u;
const NEXT_WORD = /^[\p{Lu}\d]/u;

/** Accumulates text; block separators are pending newlines, merged (largest wins) until real text comes. */
class TextSink {
  private readonly out: string[] = [];
  private pending = 0;
  private elementEdge = false;
  separator(newlines: number, wordEdge = true): void {
    this.pending = Math.max(this.pending, newlines);
    this.elementEdge = wordEdge;
  }
  text(value: string): void {
    if (this.pending > 0 && value.trim() === '') return; // whitespace between blocks
    if (this.pending > 0 && this.out.length > 0) this.out.push('\n'.repeat(this.pending));
    else if (this.elementEdge && NEXT_WORD.test(value) && GLUED_WORDS.test(this.out.at(-1) ?? ''))
      this.out.push(' ');
    this.pending = 0;
    this.elementEdge = false;
    this.out.push(value);
  }
  toString(): string {
    return this.out.join('');
  }
}

/** Options for `plainText`. */
export interface PlainTextOptions {
  /** Leave out `<figcaption>`: picture captions and credits are not the article's text. */
  skipCaptions?: boolean;
}

/** Plain text of `root`, whitespace collapsed outside `<pre>`, blocks on their own lines. */
export function plainText(root: Element, options: PlainTextOptions = {}): string {
  const sink = new TextSink();
  const stack: Step[] = [{ node: root, pre: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('separator' in step) {
      sink.separator(step.separator, step.wordEdge);
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE) {
      sink.text(pre ? (node.nodeValue ?? '') : collapseSpaceRuns(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).localName.toLowerCase();
    if (tag === 'br') {
      sink.text('\n');
      continue;
    }
    if (tag === 'figcaption' && options.skipCaptions) {
      sink.separator(2);
      continue;
    }
    const separator = BLOCKS.has(tag) ? (TIGHT.has(tag) ? 1 : 2) : 0;
    const wordEdge = !IN_WORD.has(tag);
    sink.separator(separator, wordEdge);
    stack.push({ separator, wordEdge });
    // Last child first, by sibling links: `childNodes` is a new list on every read on linkedom.
    const inPre = pre || tag === 'pre';
    for (let child = node.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, pre: inPre });
  }
  return tidy(sink.toString());
}

// A run of spaces, tabs and no-break spaces that is not one plain space: a line without one is not copied.
const BLANKS_TO_COLLAPSE = /[ \t\u00a0]{2,}|[\t\u00a0]/g;

/** Trims each line and keeps at most one blank line between blocks. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(BLANKS_TO_COLLAPSE, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

import { tagOf } from '@/utils/article/tag-walk';

/**
 * The elements of a page by tag name, from one walk. On linkedom every `querySelector(All)` or
 * `getElementsByTagName` on the document walks the whole tree (about half a millisecond on a news page);
 * link collection, metadata and the article signals asked it some twenty times before extraction.
 * Valid while the document is not modified: build it before extraction, which rewrites the document.
 */
export class ElementIndex {
  /** Every element, in document order (template contents excluded, as selectors do). */
  readonly all: readonly Element[];
  /** The lower-case name of each element of `all`, read once (a DOM call per element in browsers). */
  private readonly names: readonly string[];
  private readonly byTag = new Map<string, Element[]>();
  private readonly derived = new Map<string, unknown>();

  constructor(root: Document | Element) {
    // The universal selector is the cheapest full walk linkedom has: no per-element name matching.
    this.all = Array.from(root.querySelectorAll('*'));
    // One loop names and files each element: no entry pair per element.
    const names: string[] = [];
    for (const el of this.all) {
      const name = tagOf(el);
      names.push(name);
      const list = this.byTag.get(name);
      if (list) list.push(el);
      else this.byTag.set(name, [el]);
    }
    this.names = names;
  }

  /** Elements named `tag` (lower case), in document order. */
  tagged(tag: string): readonly Element[] {
    return this.byTag.get(tag) ?? [];
  }

  /** Elements named any of `tags` (lower case), in document order. */
  taggedAny(tags: readonly string[]): Element[] {
    const names = new Set(tags);
    return this.all.filter((_, i) => names.has(this.names[i] as string));
  }

  /** A value computed from the page once (e.g. its parsed JSON-LD), under `key`. */
  derive<T>(key: string, compute: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, compute());
    return this.derived.get(key) as T;
  }
}

/** `index` when the caller has one, else a fresh index of `doc`. */
export const indexOf = (doc: Document, index?: ElementIndex): ElementIndex => index ?? new ElementIndex(doc);

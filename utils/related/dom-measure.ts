/** Cached per-element measures, so walking up from every link stays linear in the page size. */
export class DomMeasure {
  private readonly lengths = new Map<Element, number>();
  private readonly counts = new Map<Element, number>();

  /** `storyKeys` maps each story link of the page to its URL key. */
  constructor(private readonly storyKeys: ReadonlyMap<Element, string>) {}

  /** Length of the element's collapsed text. */
  textLength(el: Element): number {
    let length = this.lengths.get(el);
    if (length === undefined) {
      length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      this.lengths.set(el, length);
    }
    return length;
  }

  /** Number of distinct stories linked from inside the element. */
  storyCount(el: Element): number {
    let count = this.counts.get(el);
    if (count === undefined) {
      const keys = new Set<string>();
      for (const a of el.querySelectorAll('a[href]')) {
        const key = this.storyKeys.get(a);
        if (key) keys.add(key);
      }
      count = keys.size;
      this.counts.set(el, count);
    }
    return count;
  }

  /** The story key of a link, if it is one. */
  keyOf(a: Element): string | undefined {
    return this.storyKeys.get(a);
  }
}

import { collapseSpaces } from '@/utils/shared/fold';
import { attributeVerdict, type Verdict } from './block-cues';
import { linksIn } from './dom-walk';

/** Cached per-element measures, so walking up from every link stays linear in the page size. */
export class DomMeasure {
  private readonly lengths = new Map<Element, number>();
  private readonly counts = new Map<Element, number>();
  private readonly linkLengths = new Map<Element, number>();

  private readonly headlineHolders = new Set<Element>();
  private readonly verdicts = new Map<Element, Verdict | null>();
  private readonly labelVerdicts = new Map<Element, Verdict | null>();

  /** `headlines` are the page's `h1` elements; `storyKeys` maps each story link of the page to its URL key. */
  constructor(
    headlines: readonly Element[],
    private readonly storyKeys: ReadonlyMap<Element, string>,
  ) {
    for (const h1 of headlines) {
      for (let el = h1.parentElement; el && !this.headlineHolders.has(el); el = el.parentElement) {
        this.headlineHolders.add(el);
      }
    }
  }

  /** Whether the element contains a page headline (`h1`): then it is page structure, not a block. */
  holdsHeadline(el: Element): boolean {
    return this.headlineHolders.has(el);
  }

  /** Length of the element's collapsed text. */
  textLength(el: Element): number {
    let length = this.lengths.get(el);
    if (length === undefined) {
      length = collapseSpaces(el.textContent).length;
      this.lengths.set(el, length);
    }
    return length;
  }

  /** Length of the collapsed text of all links inside the element. */
  linkTextLength(el: Element): number {
    let length = this.linkLengths.get(el);
    if (length === undefined) {
      length = linksIn(el).reduce((sum, a) => sum + this.textLength(a), 0);
      this.linkLengths.set(el, length);
    }
    return length;
  }

  /** Number of distinct stories linked from inside the element. */
  storyCount(el: Element): number {
    let count = this.counts.get(el);
    if (count === undefined) {
      const keys = new Set<string>();
      for (const a of linksIn(el)) {
        const key = this.storyKeys.get(a);
        if (key) keys.add(key);
      }
      count = keys.size;
      this.counts.set(el, count);
    }
    return count;
  }

  /** `attributeVerdict` of an element, computed once: every link below it asks again. */
  verdictOf(el: Element): Verdict | null {
    let verdict = this.verdicts.get(el);
    if (verdict === undefined) {
      verdict = attributeVerdict(el);
      this.verdicts.set(el, verdict);
    }
    return verdict;
  }

  /** `read` of a block's label, computed once: every link below the block asks again. */
  labelVerdictOf(el: Element, read: (el: Element, measure: DomMeasure) => Verdict | null): Verdict | null {
    let verdict = this.labelVerdicts.get(el);
    if (verdict === undefined) {
      verdict = read(el, this);
      this.labelVerdicts.set(el, verdict);
    }
    return verdict;
  }

  /** The story key of a link, if it is one. */
  keyOf(a: Element): string | undefined {
    return this.storyKeys.get(a);
  }
}

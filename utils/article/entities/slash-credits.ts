import { slashedCreditStart } from '@/utils/article/extract/slashed-credit';
import type { EntityGroup } from './group';

/**
 * The slashed picture credits closing lines of `text` (« KEYSTONE/Laurent Gillieron », "Jane Doe/AFP"; the
 * shape is extraction's, utils/article/extract/slashed-credit.ts): each as the offsets it runs between. A caption
 * kept in the text closes on its credit, after any word.
 */
export function slashCredits(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let slash = text.indexOf('/'); slash >= 0; ) {
    const start = text.lastIndexOf('\n', slash) + 1;
    const newline = text.indexOf('\n', slash);
    const end = newline < 0 ? text.length : newline;
    const from = slashedCreditStart(text.slice(start, end), 'word');
    if (from >= 0) spans.push([start + from, end]);
    slash = newline < 0 ? -1 : text.indexOf('/', newline);
  }
  return spans;
}

/** Every mention of the group is in a picture's credit (see also picture-credits.ts): the agency or its photographer. */
export const isSlashCredit = (g: EntityGroup, credits: [number, number][]): boolean =>
  g.mentions.every((m) => credits.some(([from, to]) => m.offset >= from && m.offset < to));

import { describe, expect, it } from 'vitest';
import { hashSpan } from '@/utils/highlights/anchoring/block-hash';
import { neighboursOf, settleByNeighbours } from '@/utils/highlights/anchoring/neighbours';
import { buildTextIndex, type TextIndex } from '@/utils/highlights/anchoring/text-index';
import { isSelector } from '@/utils/shared/validate-selectors';
import { pageRoot } from './dom';

const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');
const hash = (text: string) => hashSpan(text, 0, text.length);

/** Index of a page and the span of the n-th occurrence of `needle` in its normalised text. */
function spanIn(html: string, needle: string, n = 0): { index: TextIndex; start: number; end: number } {
  const index = buildTextIndex(pageRoot(html));
  let start = -1;
  for (let i = 0; i <= n; i++) start = index.norm.text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`no occurrence ${n} of ${needle}`);
  return { index, start, end: start + needle.length };
}

/** Every occurrence of `needle` as a candidate. */
function occurrences(index: TextIndex, needle: string) {
  const out: { start: number; end: number; quoteErrors: number }[] = [];
  for (let at = index.norm.text.indexOf(needle); at >= 0; at = index.norm.text.indexOf(needle, at + 1))
    out.push({ start: at, end: at + needle.length, quoteErrors: 0 });
  return out;
}

describe('neighboursOf', () => {
  it('records up to four letter-bearing blocks on each side, nearest first', () => {
    const html = `${paragraphs('Un.', 'Deux.', 'Trois.', 'Quatre.', 'Cinq.', 'Six.', 'Sept.')}<p> – </p>`;
    const { index, start, end } = spanIn(html, 'Six');
    expect(neighboursOf(index, start, end)).toEqual({
      before: ['Cinq', 'Quatre', 'Trois', 'Deux'].map(hash),
      after: ['Sept'].map(hash),
    });
  });

  it('counts typography out, like the block hash', () => {
    const a = spanIn(paragraphs('L’été arrive.', 'Milieu.'), 'Milieu');
    const b = spanIn(paragraphs("L'été  arrive !", 'Milieu.'), 'Milieu');
    expect(neighboursOf(a.index, a.start, a.end)).toEqual(neighboursOf(b.index, b.start, b.end));
  });
});

describe('settleByNeighbours', () => {
  const REPEATED = 'Le même avis est répété ici.';
  const page = paragraphs(
    'Titre.',
    'Alpha.',
    REPEATED,
    'Beta.',
    'Gamma.',
    'Delta.',
    REPEATED,
    'Epsilon.',
    'Zeta.',
  );
  const described = spanIn(page, REPEATED, 1);
  const recorded = neighboursOf(described.index, described.start, described.end);

  const settle = (html: string) => {
    const index = buildTextIndex(pageRoot(html));
    const [found, ...more] = settleByNeighbours(index, occurrences(index, REPEATED), recorded);
    return found && more.length === 0
      ? occurrences(index, REPEATED).findIndex((c) => c.start === found.start)
      : undefined;
  };

  it('picks the copy whose surroundings match, even with paragraphs inserted beside it', () => {
    expect(settle(page)).toBe(1);
    expect(settle(page.replace('<p>Delta.</p>', '<p>Delta.</p><p>Nouveau.</p>'))).toBe(1);
    expect(settle(page.replace('<p>Delta.</p>', '<p>Delta.</p><p>Nouveau.</p><p>Encore.</p>'))).toBe(1);
  });

  it('counts copies of the passage among the neighbours, since all of them are still there', () => {
    // Both copies sit in the same paragraphs; only the second has the first copy before it.
    const unit = paragraphs('Alpha.', 'Beta.', REPEATED, 'Gamma.', 'Delta.');
    const twice = spanIn(unit + unit, REPEATED, 1);
    const stored = neighboursOf(twice.index, twice.start, twice.end);
    const found = settleByNeighbours(twice.index, occurrences(twice.index, REPEATED), stored);
    expect(found.map((c) => c.start)).toEqual([twice.start]);
  });

  it('declines when a place away from the copies matches as well', () => {
    // The copy after Epsilon and Zeta has half the neighbours, but Gamma and Delta now stand
    // together elsewhere: the surroundings were reshuffled and vouch for nothing.
    const recorded = { before: ['Delta', 'Gamma'].map(hash), after: ['Epsilon', 'Zeta'].map(hash) };
    const html = (tail: string[]) =>
      paragraphs(REPEATED, 'Un.', 'Deux.', 'Trois.', REPEATED, 'Epsilon.', 'Zeta.', 'Quatre.', ...tail);
    const settleIn = (page: string) => {
      const index = buildTextIndex(pageRoot(page));
      return settleByNeighbours(index, occurrences(index, REPEATED), recorded);
    };
    expect(settleIn(html(['Cinq.']))).toHaveLength(1);
    expect(settleIn(html(['Gamma.', 'Delta.', 'Cinq.']))).toEqual([]);
  });

  it('returns every occurrence in the one paragraph it singles out, for the caller to rank', () => {
    const doubled = `${REPEATED} ${REPEATED}`;
    const html = page.replace(`<p>${REPEATED}</p><p>Epsilon.</p>`, `<p>${doubled}</p><p>Epsilon.</p>`);
    const index = buildTextIndex(pageRoot(html));
    const all = occurrences(index, REPEATED);
    const stored = neighboursOf(index, all[1]?.start ?? 0, all[2]?.end ?? 0);
    expect(settleByNeighbours(index, all, stored)).toEqual(all.slice(1));
  });

  it('declines when too few neighbours are left', () => {
    expect(settle(paragraphs('Autre.', REPEATED, 'Fin.'))).toBeUndefined();
  });
});

describe('neighbours in a stored fingerprint', () => {
  const quote = (neighbours: unknown) => ({
    type: 'TextQuoteSelector',
    exact: 'x',
    'liseuse:fingerprint': {
      block: '0123abcd',
      twins: 2,
      ordinal: 1,
      alike: 2,
      alikeOrdinal: 1,
      near: 0,
      neighbours,
    },
  });

  it('are validated like the block hash', () => {
    expect(isSelector(quote({ before: ['0123abcd'], after: [] }))).toBe(true);
    expect(isSelector(quote(undefined))).toBe(true);
    expect(isSelector(quote({ before: ['nothex!!'], after: [] }))).toBe(false);
    expect(isSelector(quote({ before: Array(9).fill('0123abcd'), after: [] }))).toBe(false);
    expect(isSelector(quote({ before: 'x' }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isCountLine } from '@/utils/article/extract/count-line';
import { trimMetaLines } from '@/utils/article/extract/trim-meta-lines';
import { articleOf, textOf } from './helpers';

describe('isCountLine', () => {
  it.each([
    '1,234 views · 12 comments',
    'Vues : 5 K | Commentaires (3)',
    'Aufrufe: 2.310',
    '18 Nov 2019 · 2.3K views',
    'Comments (0)',
    '4 комментария',
  ])('reads "%s" as the article’s counters', (text) => {
    expect(isCountLine(text)).toBe(true);
  });

  it.each([
    'Share',
    '5 min read',
    'The harbour had 1,234 visitors and 12 boats last year.',
    'Comments closed after 200 replies from angry readers',
  ])('reads "%s" as no counters line', (text) => {
    expect(isCountLine(text)).toBe(false);
  });
});

describe('trimMetaLines and counters', () => {
  it('removes a counters line at the ends of the article, not in its middle', () => {
    const root = articleOf(`
      <p>2,310 views · 14 comments</p>
      <p>The ferry to the island will run twice a day from May, the harbour board said on Monday evening.</p>
      <p>Fares stay the same for residents, who had feared a rise after the new boat was bought last winter.</p>
      <p>The first crossing leaves at seven in the morning and returns before noon, weather permitting.</p>
      <p>12 comments</p>
      <p>The board will review the fares next year, once the running costs of the new boat are known.</p>
      <p>The board will review the timetable after the summer season, when the tourist numbers are known.</p>
      <p>Residents can send their comments on the plan to the harbour office until the end of the month.</p>
      <p>Share this: 3 shares</p>`);
    trimMetaLines(root, null);
    const text = textOf(root);
    expect(text).not.toContain('2,310 views');
    expect(text).toContain('12 comments');
    expect(text).toContain('Residents can send their comments');
  });
});

import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/utils/library/io/detect';

const clean = (html: string) => ({ html, text: html });
const bytes = (s: string) => new TextEncoder().encode(s);

function w3c(overrides: Record<string, unknown>) {
  return {
    type: 'Annotation',
    target: { source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'passage' }] },
    body: [{ type: 'TextualBody', purpose: 'commenting', value: 'note' }],
    ...overrides,
  };
}

describe('imports go through the validators messages use', () => {
  it('leaves out and reports oversized quotes and notes; brings colours into the palette', () => {
    const items = [
      w3c({ 'liseuse:color': 'hotpink; background:url(x)' }),
      w3c({
        target: {
          source: 'https://example.org/b',
          selector: [{ type: 'TextQuoteSelector', exact: 'q'.repeat(5_000_000) }],
        },
      }),
      w3c({ body: [{ type: 'TextualBody', purpose: 'commenting', value: 'n'.repeat(3_000_000) }] }),
      w3c({ tags: Array.from({ length: 80 }, (_, i) => `t${i}`) }),
      w3c({
        'liseuse:color': 'green',
        target: {
          source: 'https://example.org/c',
          selector: [{ type: 'TextQuoteSelector', exact: 'other' }],
        },
      }),
    ];
    const payload = parseImportFile('a.json', bytes(JSON.stringify(items)), { clean });
    if (payload.kind !== 'records') throw new Error('expected records');
    const { annotations, errors } = payload.parsed;
    expect(annotations.map((a) => a.color)).toEqual([null, 'green']);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'highlight left out (selectors: quote longer than 10000 characters)'],
      [3, 'highlight left out (note: longer than 20000 characters)'],
      [4, 'highlight left out (tags: more than 50 items)'],
    ]);
  });

  it('leaves out articles whose fields break the limits, keeping the rest of the file', () => {
    const csv = [
      'title,url,time_added,tags,status',
      `${'T'.repeat(3000)},https://example.org/long,1700000000,,unread`,
      'Fine,https://example.org/fine,1700000000,a|b,unread',
    ].join('\n');
    const payload = parseImportFile('part_000000.csv', bytes(csv), { clean });
    if (payload.kind !== 'records') throw new Error('expected records');
    expect(payload.parsed.articles.map((a) => a.url)).toEqual(['https://example.org/fine']);
    expect(payload.parsed.errors).toEqual([
      { file: 'part_000000.csv', line: 2, message: 'article left out (title: longer than 2000 characters)' },
    ]);
  });
});

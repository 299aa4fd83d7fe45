import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePocketAnnotations } from '@/utils/library/io/annotations/pocket-annotations';
import { detectTextFormat } from '@/utils/library/io/detect';
import { parsePocketHtml } from '@/utils/library/io/pocket-html';
import { parsePocketZip } from '@/utils/library/io/pocket-zip';
import { emptyImport } from '@/utils/library/io/types';
import { readZip } from '@/utils/library/io/zip';
import { fixtureBytes, fixtureText } from './fixture';

const NOW = Date.UTC(2025, 0, 1);

function pocketZip(extra: Record<string, Uint8Array> = {}) {
  return readZip(
    zipSync({
      'pocket/part_000000.csv': fixtureBytes('pocket-part_000000.csv'),
      'pocket/part_000001.csv': fixtureBytes('pocket-part_000001.csv'),
      ...extra,
    }),
  );
}

describe('Pocket export zip', () => {
  it('imports every part file by header name, with tags, status and times', () => {
    const out = parsePocketZip(pocketZip(), NOW);
    expect(out.articles.map((a) => a.url)).toEqual([
      'https://example.com/cloud?utm_source=x',
      'https://example.org/a',
      'https://example.net/m',
      'https://example.com/cursor',
    ]);
    const [first, archived, multi, cursor] = out.articles;
    expect(first).toMatchObject({
      title: 'Quand le cloud, "fuit"',
      tags: ['sécurité', 'cloud'],
      status: 'unread',
    });
    expect(first?.savedAt).toBe(1700000000 * 1000);
    expect(archived).toMatchObject({ status: 'archived', tags: [] });
    expect(multi).toMatchObject({ title: 'Multi\r\nline title', tags: ['one', 'two'] });
    expect(cursor).toMatchObject({ status: 'archived', tags: ['news'], savedAt: 1700000500000 });
  });

  it('keeps links without content as links, flagged', () => {
    const out = parsePocketZip(pocketZip(), NOW);
    expect(out.articles.every((a) => a.contentMissing && a.html === null)).toBe(true);
  });

  it('rejects javascript: and data: URLs and short rows, by file and line', () => {
    const out = parsePocketZip(pocketZip(), NOW);
    expect(out.errors.map((e) => [e.file, e.line])).toEqual([
      ['pocket/part_000000.csv', 7],
      ['pocket/part_000000.csv', 6],
      ['pocket/part_000001.csv', 2],
    ]);
    expect(out.errors.find((e) => e.line === 6)?.message).toMatch(/invalid URL: javascript:/);
  });

  it('reads annotations/*.json as quote-only highlights', () => {
    const json = JSON.stringify([
      {
        url: 'https://example.org/a',
        title: 'A',
        highlights: [{ quote: 'a quoted line', created_at: 1700000600 }],
      },
      { title: 'no url', highlights: [] },
    ]);
    const out = parsePocketZip(pocketZip({ 'pocket/annotations/part_000000.json': strToU8(json) }), NOW);
    expect(out.annotations).toHaveLength(1);
    expect(out.annotations[0]).toMatchObject({
      url: 'https://example.org/a',
      selectors: [{ type: 'TextQuoteSelector', exact: 'a quoted line', prefix: '', suffix: '' }],
      created: 1700000600000,
    });
    expect(out.errors.some((e) => e.file.includes('annotations') && e.line === 2 && e.unit === 'item')).toBe(
      true,
    );
  });
});

describe('Pocket API export with annotations', () => {
  // The shape of the API's retrieve answer (detailType complete, with annotations), as tools such
  // as pockexport save it; items that were never highlighted have no `annotations`.
  const api = JSON.stringify({
    status: 1,
    list: {
      '1042711293': {
        item_id: '1042711293',
        given_url: 'http://www.example.org/blog/?p=2464',
        resolved_url: 'https://www.example.org/blog/?p=2464',
        resolved_title: 'Bell inequality violation finally done right',
        annotations: [
          {
            annotation_id: 'a1',
            quote: 'closes off the two main loopholes',
            created_at: '2020-07-06 10:11:12',
          },
          { annotation_id: 'a2', quote: '   ' },
        ],
      },
      '2': { item_id: '2', given_url: 'https://example.org/never-highlighted', resolved_title: 'Plain' },
      '3': { item_id: '3', given_url: 'javascript:alert(1)', annotations: [{ quote: 'x' }] },
    },
  });

  it('is recognised and read as quote-only highlights, keeping the resolved URL and title', () => {
    expect(detectTextFormat('pocket.json', api)).toBe('pocket-annotations');
    const out = emptyImport('pocket-annotations');
    parsePocketAnnotations(api, 'pocket.json', out, NOW);
    expect(out.annotations).toHaveLength(1);
    expect(out.annotations[0]).toMatchObject({
      url: 'https://www.example.org/blog/?p=2464',
      title: 'Bell inequality violation finally done right',
      selectors: [{ type: 'TextQuoteSelector', exact: 'closes off the two main loopholes' }],
      created: Date.parse('2020-07-06 10:11:12'),
    });
    expect(out.errors).toEqual([
      expect.objectContaining({ unit: 'item', message: 'article without a valid url' }),
    ]);
  });
});

describe('Pocket ril_export.html', () => {
  it('reads links under Unread and Read Archive with comma-separated tags and line numbers', () => {
    const out = emptyImport('pocket-html');
    parsePocketHtml(fixtureText('ril_export.html'), 'ril_export.html', out, NOW);
    expect(out.articles.map((a) => [a.url, a.title, a.status, a.tags, a.from.line])).toEqual([
      ['https://example.com/unread-1', 'Privacy & you', 'unread', ['tech', 'privacy'], 11],
      ['https://example.com/read-1', 'Old été', 'archived', [], 17],
    ]);
    expect(out.errors).toEqual([
      { file: 'ril_export.html', line: 12, message: 'invalid URL: javascript:void(0)' },
    ]);
  });
});

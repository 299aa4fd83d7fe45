import { describe, expect, it } from 'vitest';
import { exportAnnotationsMarkdown, parseAnnotationsMarkdown } from '@/utils/library/io/annotations/markdown';
import {
  exportReadwiseCsv,
  parseReadwiseCsv,
  READWISE_HEADER,
} from '@/utils/library/io/annotations/readwise';
import { exportW3cAnnotations } from '@/utils/library/io/annotations/w3c-export';
import { parseW3cAnnotations } from '@/utils/library/io/annotations/w3c-import';
import { parseCsv } from '@/utils/library/io/csv';
import type { Annotation } from '@/utils/store/types';
import { fixtureText } from './fixture';

const URL_A = 'https://example.com/article';

const annotation: Annotation = {
  id: 'a1',
  url: URL_A,
  target: {
    source: URL_A,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: 'the signing key',
        prefix: 'It appears that ',
        suffix: ' was stolen',
        'liseuse:fingerprint': {
          block: '0a1b2c3d',
          twins: 2,
          ordinal: 1,
          alike: 3,
          alikeOrdinal: 2,
          near: 1,
          neighbours: { before: ['11223344', '55667788'], after: ['99aabbcc'] },
        },
      },
      { type: 'TextPositionSelector', start: 120, end: 135 },
      {
        type: 'RangeSelector',
        startSelector: {
          type: 'XPathSelector',
          value: '/div[1]/p[2]',
          refinedBy: { type: 'TextPositionSelector', start: 4, end: 4 },
        },
        endSelector: {
          type: 'XPathSelector',
          value: '/div[1]/p[2]',
          refinedBy: { type: 'TextPositionSelector', start: 19, end: 19 },
        },
      },
    ],
  },
  body: 'Check the [timeline]',
  color: 'green',
  tags: ['security', 'key management'],
  created: Date.UTC(2024, 3, 1, 9),
  modified: Date.UTC(2024, 3, 2, 9),
};

describe('W3C Web Annotation JSON-LD', () => {
  it('exports a collection with the W3C context, selectors, note and tag bodies', () => {
    const doc = JSON.parse(exportW3cAnnotations([annotation], 0));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const item = doc.first.items[0];
    expect(item).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { source: URL_A } });
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
      'RangeSelector',
    ]);
    expect(item.target.selector[2]).toEqual(annotation.target.selector[2]);
    expect(item.body).toEqual([
      { type: 'TextualBody', value: 'Check the [timeline]', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'security', purpose: 'tagging' },
      { type: 'TextualBody', value: 'key management', purpose: 'tagging' },
    ]);
    expect(item.created).toBe('2024-04-01T09:00:00.000Z');
  });

  it('imports its own export back to the same annotation', () => {
    const out = parseW3cAnnotations(exportW3cAnnotations([annotation], 0), 'a.jsonld', 0);
    expect(out.errors).toEqual([]);
    expect(out.annotations[0]).toMatchObject({
      id: 'a1',
      url: URL_A,
      selectors: annotation.target.selector,
      note: annotation.body,
      tags: annotation.tags,
      color: 'green',
      created: annotation.created,
      modified: annotation.modified,
    });
  });

  it("imports Hypothesis's own form: uri, text, tags, and its RangeSelector", () => {
    const out = parseW3cAnnotations(fixtureText('hypothesis.json'), 'h.json', 0);
    expect(out.annotations).toHaveLength(1);
    const a = out.annotations[0];
    expect(a).toMatchObject({
      url: URL_A,
      note: 'A note on this',
      tags: ['security', 'cloud'],
      title: 'The article',
    });
    expect(a?.selectors[0]).toEqual({
      type: 'RangeSelector',
      startSelector: {
        type: 'XPathSelector',
        value: '/div[1]/p[2]',
        refinedBy: { type: 'TextPositionSelector', start: 4, end: 4 },
      },
      endSelector: {
        type: 'XPathSelector',
        value: '/div[1]/p[2]',
        refinedBy: { type: 'TextPositionSelector', start: 30, end: 30 },
      },
    });
    expect(a?.modified).toBe(Date.parse('2024-04-02T09:00:00Z'));
    expect(out.errors).toEqual([
      { file: 'h.json', line: 2, unit: 'item', message: 'no passage selector (page notes are not imported)' },
    ]);
  });

  it('drops malformed selectors (and malformed fingerprints) and rejects javascript: targets', () => {
    const json = JSON.stringify([
      {
        type: 'Annotation',
        target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } },
      },
      {
        type: 'Annotation',
        target: {
          source: URL_A,
          selector: [
            { type: 'TextPositionSelector', start: 5, end: 2 },
            { type: 'TextQuoteSelector', exact: 'ok', 'liseuse:fingerprint': { block: 'zz', twins: 0 } },
          ],
        },
      },
    ]);
    const out = parseW3cAnnotations(json, 'x.json', 0);
    expect(out.errors.map((e) => e.line)).toEqual([1]);
    expect(out.annotations[0]?.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'ok', prefix: '', suffix: '' },
    ]);
  });
});

describe('Markdown highlights', () => {
  it('writes quote blocks with notes under linked headings, and reads them back', () => {
    const md = exportAnnotationsMarkdown([annotation], new Map([[URL_A, 'The [best] article']]));
    expect(md).toContain('## [The \\[best\\] article](https://example.com/article)');
    expect(md).toContain('> the signing key\n\nCheck the [timeline]\n\n#security #key-management');
    const back = parseAnnotationsMarkdown(md, 'h.md', 0);
    expect(back.annotations.map((a) => [a.url, a.title, a.selectors[0]])).toEqual([
      [
        URL_A,
        'The [best] article',
        { type: 'TextQuoteSelector', exact: 'the signing key', prefix: '', suffix: '' },
      ],
    ]);
    expect(back.annotations[0]?.note).toContain('Check the [timeline]');
  });
});

describe('Readwise CSV', () => {
  it('exports the documented columns; the export parses back', () => {
    const csv = exportReadwiseCsv(
      [annotation],
      new Map([[URL_A, { title: 'Title, with comma', author: 'Jeanne' }]]),
    );
    const table = parseCsv(csv);
    expect(table.header).toEqual(READWISE_HEADER);
    const row = table.rows[0];
    expect(['Highlight', 'Title', 'Author', 'URL', 'Location', 'Date'].map((k) => row?.get(k))).toEqual([
      'the signing key',
      'Title, with comma',
      'Jeanne',
      URL_A,
      '120',
      '2024-04-01 09:00:00',
    ]);
    expect(row?.get('Note')).toBe('Check the [timeline] .security .key-management');
    const back = parseReadwiseCsv(csv, 'r.csv', 0);
    expect(back.annotations[0]).toMatchObject({
      url: URL_A,
      created: annotation.created,
      title: 'Title, with comma',
    });
  });

  it('imports a Readwise file, reporting empty highlights and bad URLs by line', () => {
    const out = parseReadwiseCsv(fixtureText('readwise.csv'), 'readwise.csv', 0);
    expect(out.annotations).toHaveLength(1);
    expect(out.annotations[0]).toMatchObject({ note: 'Important', created: Date.UTC(2024, 2, 1, 10) });
    expect(out.annotations[0]?.selectors[0]).toMatchObject({ exact: 'Le "cloud" a fui.' });
    expect(out.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'empty highlight'],
      [4, 'invalid URL'],
    ]);
  });
});

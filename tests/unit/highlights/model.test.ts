import { describe, expect, it } from 'vitest';
import { applyChanges, createAnnotation, noteOf, quoteOf, tagsOf } from '@/utils/highlights/model';
import { fromStoredRow, toStoredRow } from '@/utils/highlights/stored-form';
import { isAnnotationChanges, isSelectorList, isWebAnnotation } from '@/utils/highlights/validate';
import type { Selector } from '@/utils/shared/selectors';

const selector: Selector[] = [
  {
    type: 'TextQuoteSelector',
    exact: 'mots de passe',
    prefix: 'par pulvérisation de ',
    suffix: '. Ce compte',
  },
  { type: 'TextPositionSelector', start: 120, end: 133 },
  {
    type: 'RangeSelector',
    startSelector: {
      type: 'XPathSelector',
      value: '/main[1]/p[2]',
      refinedBy: { type: 'TextPositionSelector', start: 40, end: 40 },
    },
    endSelector: {
      type: 'XPathSelector',
      value: '/main[1]/p[2]',
      refinedBy: { type: 'TextPositionSelector', start: 53, end: 53 },
    },
  },
];
const make = (note = '') =>
  createAnnotation({
    id: 'urn:uuid:6f1c0d1e-0000-4000-8000-000000000001',
    source: 'https://example.fr/a',
    selector,
    color: 'green',
    note,
    tags: ['sécurité', ' sécurité ', 'mfa'],
    now: new Date('2026-01-02T03:04:05Z'),
  });

describe('annotation model', () => {
  it('builds a W3C Web Annotation with note and tag bodies', () => {
    const a = make('À relire');
    expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a.type).toBe('Annotation');
    expect(a.motivation).toBe('commenting');
    expect(a.created).toBe('2026-01-02T03:04:05.000Z');
    expect(noteOf(a)).toBe('À relire');
    expect(tagsOf(a)).toEqual(['sécurité', 'mfa']);
    expect(quoteOf(a)).toBe('mots de passe');
    expect(isWebAnnotation(a)).toBe(true);
  });

  it('a plain highlight is motivated by highlighting and has no comment body', () => {
    const a = make();
    expect(a.motivation).toBe('highlighting');
    expect(a.body.filter((b) => b.purpose === 'commenting')).toEqual([]);
  });

  it('applies changes, bumps modified and keeps created', () => {
    const a = make('note');
    const b = applyChanges(a, { note: '  ', color: 'pink' }, new Date('2026-02-01T00:00:00Z'));
    expect(b.created).toBe(a.created);
    expect(b.modified).toBe('2026-02-01T00:00:00.000Z');
    expect(noteOf(b)).toBe('');
    expect(b.motivation).toBe('highlighting');
    expect(b.color).toBe('pink');
    expect(tagsOf(b)).toEqual(['sécurité', 'mfa']);
  });

  it('round-trips through the database row', () => {
    const a = make('Une note');
    const row = toStoredRow(a, 'https://example.fr/a');
    expect(row).toMatchObject({
      url: 'https://example.fr/a',
      body: 'Une note',
      color: 'green',
      tags: ['sécurité', 'mfa'],
    });
    expect(row.created).toBe(Date.parse(a.created));
    const back = fromStoredRow(row);
    expect(back.id).toBe(a.id);
    expect(noteOf(back)).toBe('Une note');
    expect(back.target).toEqual(a.target);
    expect(isWebAnnotation(back)).toBe(true);
  });

  it('paints imported rows with unknown colours yellow', () => {
    const row = { ...toStoredRow(make(), 'https://example.fr/a'), color: '#ff00ff' };
    expect(fromStoredRow(row).color).toBe('yellow');
  });
});

describe('annotation validation', () => {
  it('rejects malformed or hostile annotations', () => {
    const a = make();
    expect(isWebAnnotation({ ...a, id: 'javascript:alert(1)' })).toBe(false);
    expect(isWebAnnotation({ ...a, color: 'red; background:url(x)' })).toBe(false);
    expect(isWebAnnotation({ ...a, created: 'yesterday' })).toBe(false);
    expect(isWebAnnotation({ ...a, target: { source: a.target.source, selector: [] } })).toBe(false);
    expect(
      isWebAnnotation({
        ...a,
        body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(20_001) }],
      }),
    ).toBe(false);
    expect(isWebAnnotation(null)).toBe(false);
  });

  it('requires a quote among the selectors and checks each selector', () => {
    expect(isSelectorList(selector)).toBe(true);
    expect(isSelectorList(selector.slice(1))).toBe(false);
    expect(isSelectorList([{ type: 'TextQuoteSelector', exact: '' }])).toBe(false);
    expect(
      isSelectorList([
        { type: 'TextQuoteSelector', exact: 'a' },
        { type: 'TextPositionSelector', start: 5, end: 2 },
      ]),
    ).toBe(false);
    expect(
      isSelectorList([
        { type: 'TextQuoteSelector', exact: 'a' },
        { type: 'CssSelector', value: 'p' },
      ]),
    ).toBe(false);
  });

  it('accepts only known change fields', () => {
    expect(isAnnotationChanges({ note: 'x', color: 'blue', tags: ['a'] })).toBe(true);
    expect(isAnnotationChanges({ note: 'x', url: 'https://evil.example/' })).toBe(false);
    expect(isAnnotationChanges({ color: 'purple' })).toBe(false);
    expect(isAnnotationChanges({ tags: 'a,b' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '@/utils/article/types';
import { stateFromLookup, stateFromReply } from '@/utils/library/save/save-state';
import { saveTab } from '@/utils/library/save/save-tab';
import { keywordsFromSearchRow } from '@/utils/library/stored-keywords';
import { StorageQuotaError } from '@/utils/store';

const analysis = { url: 'https://exemple.fr/a', title: 'A' } as ArticleAnalysis;
const analysed = async () => ({ ok: true as const, value: { analysis, notices: [] } });

describe('saveTab', () => {
  it('saves the analysis of the tab', async () => {
    const saved: ArticleAnalysis[] = [];
    const result = await saveTab(3, {
      analyze: analysed,
      save: async (a) => {
        saved.push(a);
        return { id: 'x', created: true };
      },
    });
    expect(result).toEqual({ ok: true, value: { id: 'x', created: true } });
    expect(saved).toEqual([analysis]);
  });

  it('reports an analysis error without saving', async () => {
    let called = false;
    const result = await saveTab(3, {
      analyze: async () => ({ ok: false, error: { code: 'restricted-page', message: 'chrome://x' } }),
      save: async () => {
        called = true;
        return { id: 'x', created: true };
      },
    });
    expect(result).toEqual({ ok: false, error: { code: 'restricted-page', message: 'chrome://x' } });
    expect(called).toBe(false);
  });

  it('says quota-exceeded when storage is full, internal for other failures', async () => {
    const full = await saveTab(1, { analyze: analysed, save: () => Promise.reject(new StorageQuotaError()) });
    expect(full.ok === false && full.error.code).toBe('quota-exceeded');
    const broken = await saveTab(1, {
      analyze: () => Promise.reject(new Error('boom')),
      save: analysed as never,
    });
    expect(broken).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });
});

describe('popup save state', () => {
  it('starts saved or unsaved from the lookup', () => {
    expect(stateFromLookup(null)).toEqual({ kind: 'unsaved' });
    expect(stateFromLookup('id1')).toEqual({ kind: 'saved', id: 'id1', updated: false, fresh: false });
  });

  it('turns replies into saved (new or updated) or an error keeping the earlier copy', () => {
    expect(stateFromReply({ ok: true, value: { id: 'a', created: false } }, 'a')).toEqual({
      kind: 'saved',
      id: 'a',
      updated: true,
      fresh: true,
    });
    const quota = stateFromReply({ ok: false, error: { code: 'quota-exceeded', message: 'full' } }, 'a');
    expect(quota).toEqual({ kind: 'error', code: 'quota-exceeded', id: 'a' });
  });
});

describe('keywordsFromSearchRow', () => {
  it('keeps the most frequent plain words, without title/tag marks, stopwords, numbers or short tokens', () => {
    const row = {
      id: 'a',
      seq: 1,
      words: ['2024', '#cloud', '~pirates', 'cloud', 'dans', 'le', 'microsoft', 'pirates', 'un'],
      counts: [9, 1, 1, 3, 8, 9, 5, 3, 7],
    };
    expect(keywordsFromSearchRow(row, 'fr', 2)).toEqual(['microsoft', 'cloud']);
  });
});

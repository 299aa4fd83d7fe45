/** Counts by each catalogue's plural rules: the real catalogues, English and French. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { plural } from '@/utils/shared/i18n';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `browser.i18n.getMessage` over a real catalogue, placeholders included. */
function useCatalogue(lang: 'en' | 'fr') {
  const path = join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`);
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return values[Number(content.slice(1)) - 1] ?? '';
    });
  }) as typeof browser.i18n.getMessage);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('plural', () => {
  it('English: one and other', () => {
    useCatalogue('en');
    expect([0, 1, 2, 10_000].map((n) => plural('libraryCount', n))).toEqual([
      '0 articles',
      '1 article',
      '2 articles',
      '10,000 articles',
    ]);
    expect(plural('libraryTagged', 3, 'à lire')).toBe('Tag “à lire” added to 3 articles');
  });

  it('French: zero and one are singular, millions take « de »', () => {
    useCatalogue('fr');
    expect([0, 1, 2, 10_000, 1_000_000].map((n) => plural('libraryCount', n))).toEqual([
      '0 article',
      '1 article',
      '2 articles',
      '10\u202f000 articles',
      '1\u202f000\u202f000 d’articles',
    ]);
    expect(plural('librarySelected', 1)).toBe('1 sélectionné');
  });
});

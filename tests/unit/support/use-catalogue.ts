/** Unit-test support: `browser.i18n.getMessage` answered from a real catalogue (`public/_locales`), placeholders included. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { browser } from 'wxt/browser';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Makes `t()` and `plural()` read the `lang` catalogue until `vi.restoreAllMocks()`. */
export function useCatalogue(lang: 'en' | 'fr'): void {
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

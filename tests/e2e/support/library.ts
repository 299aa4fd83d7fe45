/** Shared e2e helpers for the library: analyses to save, saving them through the background (sendFromPage, one for every test), the library URL. */
import type { Page } from 'playwright-core';
import type { ArticleAnalysis } from '@/utils/article/types';
import { sendFromPage } from './sync-helpers';

/** An analysed article at `https://www.exemple-tech.fr/<path>` (the test's own text). */
export function analysis(
  path: string,
  title: string,
  text: string,
  extra: Partial<ArticleAnalysis> = {},
): ArticleAnalysis {
  return {
    url: `https://www.exemple-tech.fr/${path}?utm_source=newsletter`,
    canonicalUrl: null,
    title,
    byline: 'Camille Durand',
    siteName: 'Exemple Tech',
    lang: 'fr',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    html: `<p>${text}</p>`,
    text,
    wordCount: text.split(' ').length,
    readingTimeMinutes: 1,
    images: [],
    entities: [],
    related: [],
    isArticle: true,
    ...extra,
  };
}

export { sendFromPage };

/** Saves analyses one by one through the background's `article/save` (as the popup does); their ids. */
export async function saveAll(page: Page, items: ArticleAnalysis[]): Promise<string[]> {
  const ids: string[] = [];
  for (const item of items) {
    const reply = (await sendFromPage(page, 'article/save', { analysis: item })) as {
      ok: boolean;
      value?: { id: string };
    };
    if (!reply.ok || !reply.value) throw new Error(`save failed: ${JSON.stringify(reply)}`);
    ids.push(reply.value.id);
  }
  return ids;
}

/** The library page URL of the extension `extensionId`, with an optional query string. */
export const libraryUrl = (extensionId: string, search = '') =>
  `chrome-extension://${extensionId}/library.html${search}`;

/** The titles of the rows on screen, in order (once their summaries have loaded). */
export function rowTitles(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="library-item"] .library-item-title', (els) =>
    els.map((el) => el.textContent?.replace(/^★\s*/, '').trim() ?? ''),
  );
}

/** WCAG contrast ratio of two CSS colours as `getComputedStyle` gives them (`rgb(…)`). */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
}

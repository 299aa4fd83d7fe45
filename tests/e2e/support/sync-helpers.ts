/**
 * e2e helpers for sync: a profile's library read straight from IndexedDB, and extension messages sent
 * from an extension page. The in-page functions run under Playwright (Chromium) and puppeteer (Firefox).
 */
import type { Page } from 'playwright-core';

/** What the sync tests compare between two profiles. */
export interface LibraryState {
  articles: { url: string; title: string; status: string; favorite: number; tags: string[] }[];
  annotations: { id: string; url: string; body: string; color: string; conflictOf?: string }[];
}

/** In the page: the library as stored (articles and annotations). */
export function libraryInPage(): Promise<LibraryState> {
  return new Promise<LibraryState>((resolve, reject) => {
    const open = indexedDB.open('liseuse');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['articles', 'annotations'], 'readonly');
      const articles = tx.objectStore('articles').getAll();
      const annotations = tx.objectStore('annotations').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({ articles: articles.result, annotations: annotations.result });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** In the page: sends `{type, payload}` to the background and returns the reply. */
export function messageInPage([type, payload]: readonly [string, unknown]): Promise<{ ok: boolean }> {
  const api = globalThis as unknown as {
    browser?: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
    chrome?: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
  };
  const runtime = (api.browser ?? api.chrome)?.runtime;
  if (!runtime) throw new Error('not an extension page');
  return runtime.sendMessage({ type, payload });
}

/** The library as stored in the profile of `page` (an extension page, Chromium). */
export function readLibrary(page: Page): Promise<LibraryState> {
  return page.evaluate(libraryInPage);
}

/** Sends a message to the background from an extension page (Chromium); returns the reply. */
export function sendFromPage(page: Page, type: string, payload: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(messageInPage, [type, payload] as const);
}

/** Whether the profile of `page` has saved the article at normalised `url` (one index lookup: cheap to poll). */
export function hasArticle(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('liseuse');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('articles').objectStore('articles').index('url').count(wanted);
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result > 0);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    url,
  );
}

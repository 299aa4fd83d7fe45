/** Reads a profile's library straight from IndexedDB, and sends extension messages from a page: e2e helpers for sync. */
import type { Page } from 'playwright-core';

/** What the sync tests compare between two profiles. */
export interface LibraryState {
  articles: { url: string; title: string; status: string; favorite: number; tags: string[] }[];
  annotations: { id: string; url: string; body: string; color: string; conflictOf?: string }[];
}

/** The library as stored in the profile of `page` (an extension page). */
export function readLibrary(page: Page): Promise<LibraryState> {
  return page.evaluate(
    () =>
      new Promise<LibraryState>((resolve, reject) => {
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
      }),
  );
}

/** Sends a `{type, payload}` message to the background from an extension page; returns the reply. */
export function sendFromPage(page: Page, type: string, payload: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(
    ([t, p]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
      };
      return chrome.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload] as const,
  );
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

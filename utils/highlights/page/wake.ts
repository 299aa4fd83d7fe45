/**
 * The always-on part registered on sites the reader granted: it only asks the background whether
 * this page has annotations (the background then injects the full highlighter). It does without the
 * browser polyfill (minimal-runtime), to stay far below its 3 kB budget.
 */

import { sendToBackground } from './minimal-runtime';

/**
 * How long a page still being parsed may hold the wake. Registered at document_start rather than
 * document_idle: a synchronous third-party script that never answers keeps a page from ever being
 * idle, and its highlights would not come back. The highlighter anchors late content as it comes.
 */
export const PARSE_GRACE_MS = 2000;

/** Calls `then` once `doc` is parsed, or after `graceMs` if its parser is stuck. */
export function whenParsed(doc: Document, graceMs: number, then: () => void): void {
  if (doc.readyState !== 'loading') {
    then();
    return;
  }
  const go = () => {
    clearTimeout(timer);
    doc.removeEventListener('DOMContentLoaded', go);
    then();
  };
  const timer = setTimeout(go, graceMs);
  doc.addEventListener('DOMContentLoaded', go);
}

function wake(): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  sendToBackground({ type: 'highlighter/wake', payload: { canonical: link?.href || null } });
}

/** Wakes once the page is parsed (or stuck), then after each single-page-app navigation. */
export function startWakeLoader(): void {
  whenParsed(document, PARSE_GRACE_MS, wake);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', wake);
  globalThis.addEventListener('popstate', wake);
}

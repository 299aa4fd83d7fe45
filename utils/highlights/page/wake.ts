/**
 * The always-on part registered on sites the reader granted: it only asks the background whether
 * this page has annotations (the background then injects the full highlighter). It does without the
 * browser polyfill (minimal-runtime), to stay far below its 3 kB budget.
 */

import { sendToBackground } from './minimal-runtime';

function wake(): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  sendToBackground({ type: 'highlighter/wake', payload: { canonical: link?.href || null } });
}

/** Wakes now and after each single-page-app navigation. */
export function startWakeLoader(): void {
  wake();
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', wake);
  globalThis.addEventListener('popstate', wake);
}

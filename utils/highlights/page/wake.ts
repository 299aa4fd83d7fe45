/**
 * The always-on part registered on sites the reader granted: it only asks the background whether
 * this page has annotations (the background then injects the full highlighter). It imports nothing,
 * not even the browser polyfill, to stay far below its 3 kB budget.
 */

interface MinimalRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function runtimeApi(): MinimalRuntime | null {
  const g = globalThis as { browser?: MinimalRuntime; chrome?: MinimalRuntime };
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : null;
}

function wake(): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  runtimeApi()
    ?.runtime.sendMessage({ type: 'highlighter/wake', payload: { canonical: link?.href || null } })
    .catch(() => undefined);
}

/** Wakes now and after each single-page-app navigation. */
export function startWakeLoader(): void {
  wake();
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', wake);
  globalThis.addEventListener('popstate', wake);
}

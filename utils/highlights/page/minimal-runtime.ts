/**
 * The extension's messaging without the browser polyfill, for the tiny always-on loaders (they must
 * stay far below their size budget): Firefox's `browser`, else Chrome's `chrome`.
 */

interface MinimalRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Sends a message to the background, ignoring failures (the page simply stays as it is). */
export function sendToBackground(message: unknown): void {
  const g = globalThis as { browser?: MinimalRuntime; chrome?: MinimalRuntime };
  const api = g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : null;
  api?.runtime.sendMessage(message).catch(() => undefined);
}

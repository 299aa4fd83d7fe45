/**
 * The always-on part of "Show the highlight toolbar on every site" (registered only once the reader
 * turned it on and granted all sites): on the first text selection it asks the background to start
 * the highlighter, which then offers its toolbar for that selection. No polyfill, to stay tiny.
 */

import { sendToBackground } from './minimal-runtime';

/** True when the page has a text selection outside form fields. */
function selecting(): boolean {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.toString().trim()) return false;
  const active = document.activeElement;
  return !(active && /^(INPUT|TEXTAREA)$/.test(active.tagName));
}

/** Waits for the first selection made with the mouse or the keyboard, then wakes the highlighter once. */
export function startSelectionWake(): void {
  const stop = new AbortController();
  const check = (e: Event) => {
    if (e.type === 'keyup' && !(e as KeyboardEvent).shiftKey) return;
    // After the mouseup's default action, when the selection is final.
    setTimeout(() => {
      if (!selecting() || stop.signal.aborted) return;
      stop.abort();
      const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
      sendToBackground({
        type: 'highlighter/wake',
        payload: { canonical: link?.href || null, selection: true },
      });
    }, 0);
  };
  document.addEventListener('mouseup', check, { signal: stop.signal });
  document.addEventListener('keyup', check, { signal: stop.signal });
}

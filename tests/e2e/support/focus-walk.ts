/** Walks a page with the Tab key and says, for every stop, what has focus and whether the focus shows. */
import type { Page } from 'playwright-core';
import { shadowFocus } from './closed-shadow';
import { evaluateInExtensionWorld, isExtensionUi } from './extension-world';

/** One Tab stop. */
export interface FocusStop {
  /** Tag, test id or label of the focused element (inside open shadow roots too). */
  label: string;
  /** Inside the part of the page being checked (`scope`), or anywhere when there is no scope. */
  inScope: boolean;
  /** An outline or a box-shadow is drawn around it. */
  visible: boolean;
}

/** Runs in the page: the deepest focused element, described. */
function describeFocus(scope: string | null): FocusStop | null {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  const host = scope ? document.querySelector(scope) : null;
  const root = el.getRootNode();
  const inScope =
    !scope || (host !== null && (host.contains(el) || (root instanceof ShadowRoot && root.host === host)));
  const label = [
    el.tagName.toLowerCase(),
    el.dataset.testid,
    el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30),
  ]
    .filter(Boolean)
    .join(' ');
  return { label, inScope, visible: outline || shadow };
}

/**
 * Presses Tab up to `max` times from where focus is and returns the stops, ending early when focus comes
 * back to the first stop (the page's cycle is done) or, with a scope, leaves it.
 */
export async function walkFocus(page: Page, scope?: string, max = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    let stop = isExtensionUi(scope)
      ? await evaluateInExtensionWorld(page, describeFocus, scope ?? null)
      : await page.evaluate(describeFocus, scope ?? null);
    // Focus inside the highlighter's closed shadow root (the reader's highlights): ask the browser.
    if (stop?.label.startsWith('liseuse-')) {
      let inner = await shadowFocus(page);
      // The DevTools DOM tree can lag a re-rendered shadow root by a frame: look again before judging.
      for (let i = 0; !inner && i < 5; i++) {
        await page.waitForTimeout(100);
        inner = await shadowFocus(page);
      }
      if (inner)
        stop = { label: `${inner.testid} ${inner.label}`, inScope: stop.inScope, visible: inner.visible };
    }
    if (!stop) continue;
    if (scope && !stop.inScope) break;
    if (stops.length > 1 && stop.label === stops[0]?.label) break;
    stops.push(stop);
  }
  return stops;
}

/** Moves focus to the first focusable control inside `scope` (open shadow roots included). */
export function focusFirstIn(page: Page, scope: string): Promise<boolean> {
  const evaluate = isExtensionUi(scope)
    ? evaluateInExtensionWorld
    : (p: Page, fn: (s: string) => boolean, a: string) => p.evaluate(fn, a);
  return evaluate(
    page,
    (selector: string) => {
      const host = document.querySelector(selector);
      const root = host?.shadowRoot ?? host;
      const first = root?.querySelector<HTMLElement>('button:not([hidden]), input, textarea, a[href]');
      first?.focus();
      return first !== null && first !== undefined;
    },
    scope,
  );
}

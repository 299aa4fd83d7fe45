/**
 * The in-page UI runs beside a hostile page script. Its shadow roots are closed (the page cannot reach
 * the note editor or the highlight list inside them) and it acts only on the reader's own input: events
 * a page script dispatches (`isTrusted` false) never create, change or delete anything.
 */

/** How the UI tells the reader's input apart and creates its shadow roots; unit tests substitute it. */
export interface UiGuard {
  /** True for input that comes from the reader (the browser), never from page script. */
  trusted(event: Event): boolean;
  /** Sees each closed shadow root the UI creates (tests look inside through it; production passes none). */
  onShadow?(root: ShadowRoot): void;
}

/** The production guard: only events the browser itself generated count. */
export const READER_ONLY: UiGuard = { trusted: (event) => event.isTrusted === true };

/** Attaches a closed shadow root to `host`. */
export function closedShadow(host: HTMLElement, guard: UiGuard): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  guard.onShadow?.(root);
  return root;
}

/** Wraps a listener so it runs for the reader's own input only. */
export function readerOnly<E extends Event>(
  guard: UiGuard,
  listener: (event: E) => void,
): (event: E) => void {
  return (event) => {
    if (guard.trusted(event)) listener(event);
  };
}

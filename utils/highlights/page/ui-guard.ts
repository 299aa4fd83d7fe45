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
  /**
   * Open shadow roots: only for the extension's own pages (the library's reader), where no page script
   * runs and assistive tooling may look inside as anywhere else. Live pages always get closed roots.
   */
  open?: boolean;
}

/** The production guard: only events the browser itself generated count. */
export const READER_ONLY: UiGuard = { trusted: (event) => event.isTrusted === true };

/** The guard of the extension's own pages: reader input only, open shadow roots (no page script there). */
export const EXTENSION_PAGE: UiGuard = { ...READER_ONLY, open: true };

/**
 * Attaches a closed shadow root to `host` styled with `css`, and styles the host with `hostStyle`. Both go
 * through the CSSOM (a constructed sheet, `style.cssText`), which a page's or extension page's
 * Content-Security-Policy does not block as it blocks `<style>` elements and `style` attributes.
 */
export function closedShadow(host: HTMLElement, guard: UiGuard, css: string, hostStyle: string): ShadowRoot {
  host.style.cssText = hostStyle;
  const root = host.attachShadow({ mode: guard.open ? 'open' : 'closed' });
  guard.onShadow?.(root);
  const win = host.ownerDocument.defaultView;
  try {
    if (win && typeof win.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      return root;
    }
  } catch {
    // Constructed sheets can be refused across extension worlds (Firefox Xrays): use an element.
  }
  const style = host.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
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

/**
 * Keyboard reach for highlights painted with the CSS Custom Highlight API, which have no element
 * to focus: one proxy button per anchored highlight, in document order, inside the extension's own
 * closed shadow root (the page's content is not touched, and its scripts cannot read the labels). The proxies form one Tab stop placed first in
 * the page's Tab order (a roving tabindex: arrows, Home and End move between highlights), so a
 * page with 50 highlights costs the reader one extra Tab, not 50. Focusing a proxy scrolls its
 * passage into view and rings it; Enter or Space opens its note; Escape returns to the page.
 */
import { UI_ATTRIBUTE } from '@/utils/highlights/anchoring';
import { noteOf, quoteOf } from '@/utils/highlights/model';
import type { SessionEntry } from '@/utils/highlights/page/anchoring-session';
import { h } from './dom-builder';
import { quoteSnippet, rovingIndex } from './focus-nav';
import { createFocusRing } from './focus-ring';
import { FOCUS_CSS, FOCUS_HOST_STYLE } from './focus-styles';
import { closedShadow, READER_ONLY, readerOnly, type UiGuard } from './ui-guard';
import type { Translate } from './ui-strings';

/** What the layer needs from the highlighter. */
export interface FocusLayerDeps {
  doc: Document;
  t: Translate;
  /** The live range of a highlight (ranges move with the page). */
  rangeOf(id: string): Range | null;
  /** Opens the note editor of a highlight, as a click on it does. */
  open(id: string): void;
  /** Reader input only, closed shadow root (see ui-guard). */
  guard?: UiGuard;
}

/** The layer's control surface. */
export interface FocusLayer {
  /** Rebuilds the proxies from the session's entries (orphans get none). */
  sync(entries: SessionEntry[]): void;
  /** Makes `id` the Tab stop (the reader opened it otherwise, e.g. by a click), as roving focus remembers. */
  remember(id: string): void;
  /** The note editor of `id` closed; `hadFocus`: focus was in the editor, so give it back. */
  editorClosed(id: string | null, hadFocus: boolean): void;
  /** True when the event comes from a proxy. */
  owns(event: Event): boolean;
  destroy(): void;
}

const byDocumentOrder = (a: { range: Range }, b: { range: Range }) => {
  try {
    return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  } catch {
    return 0; // Ranges in different roots: keep their order.
  }
};

/** Creates the layer; its host is attached before `<body>` once a highlight is anchored. */
export function createFocusLayer(d: FocusLayerDeps): FocusLayer {
  const { doc } = d;
  const host = h(doc, 'liseuse-highlights', { [UI_ATTRIBUTE]: '' });
  const guard = d.guard ?? READER_ONLY;
  // Closed: the proxies' labels quote the highlighted passages and say which carry a note.
  const shadow = closedShadow(host, guard, FOCUS_CSS, FOCUS_HOST_STYLE);
  const group = h(doc, 'div', {
    role: 'toolbar',
    'aria-orientation': 'vertical',
    'aria-label': d.t('hlFocusGroup'),
  });
  const rings = h(doc, 'div', { 'aria-hidden': 'true' });
  shadow.append(group, rings);
  const proxies = new Map<string, HTMLButtonElement>();
  let order: string[] = [];
  let current = 0;
  let openedFrom: string | null = null;
  let returnTo: Element | null = null;
  const ring = createFocusRing(doc, rings, d.rangeOf, (id) => `${order.indexOf(id) + 1}/${order.length}`);

  const proxy = (id: string): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', 'data-testid': 'highlight-focus', tabindex: '-1' });
    b.dataset.id = id;
    b.addEventListener(
      'click',
      readerOnly(guard, () => {
        openedFrom = id;
        d.open(id);
      }),
    );
    return b as HTMLButtonElement;
  };
  const setCurrent = (index: number) => {
    current = Math.max(0, Math.min(index, order.length - 1));
    for (const [i, id] of order.entries())
      proxies.get(id)?.setAttribute('tabindex', i === current ? '0' : '-1');
  };
  const focusAt = (index: number) => {
    setCurrent(index);
    proxies.get(order[current] ?? '')?.focus({ preventScroll: true });
  };

  group.addEventListener('focusin', (e) => {
    const target = e.target as HTMLElement;
    const id = target.dataset.id;
    if (!id) return;
    const from = (e as FocusEvent).relatedTarget as Element | null;
    // Remember the page control the reader came from (none: the top of the page); moves between
    // proxies and coming back from the note editor keep it.
    if (!from) returnTo = null;
    else if (!group.contains(from) && !from.hasAttribute(UI_ATTRIBUTE)) returnTo = from;
    setCurrent(order.indexOf(id));
    ring.show(id);
  });
  group.addEventListener('focusout', () => ring.hide());
  group.addEventListener(
    'keydown',
    readerOnly(guard, (e: KeyboardEvent) => {
      const next = rovingIndex(current, e.key, order.length);
      if (next !== null) {
        e.preventDefault();
        focusAt(next);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        leave();
      }
    }),
  );
  const leave = () => {
    const back = returnTo as HTMLElement | null;
    returnTo = null;
    if (back?.isConnected && typeof back.focus === 'function') back.focus();
    // Not focusable (any more): blur, so the next Tab continues into the page after the proxies.
    (shadow.activeElement as HTMLElement | null)?.blur();
  };

  return {
    sync(entries) {
      const placed = entries
        .filter((e): e is SessionEntry & { range: Range } => Boolean(e.range))
        .sort(byDocumentOrder);
      const wasFocused = order[current];
      order = placed.map((e) => e.annotation.id);
      const keep = new Set(order);
      for (const [id, b] of proxies) {
        if (keep.has(id)) continue;
        b.remove();
        proxies.delete(id);
      }
      const buttons = placed.map(({ annotation: a }) => {
        const b = proxies.get(a.id) ?? proxy(a.id);
        proxies.set(a.id, b);
        b.textContent = d.t(noteOf(a) ? 'hlFocusLabelNote' : 'hlFocusLabel', [quoteSnippet(quoteOf(a))]);
        return b;
      });
      placeInOrder(group, buttons, shadow);
      const kept = wasFocused ? order.indexOf(wasFocused) : -1;
      setCurrent(kept >= 0 ? kept : current);
      if (order.length && !host.isConnected) attach(doc, host);
      else if (!order.length && host.isConnected) host.remove();
      ring.refresh();
    },
    remember(id) {
      const index = order.indexOf(id);
      if (index >= 0) setCurrent(index);
    },
    editorClosed(id, hadFocus) {
      const from = openedFrom;
      openedFrom = null;
      if (!hadFocus || !from || from !== id || !order.length) return;
      const index = order.indexOf(from);
      focusAt(index >= 0 ? index : current);
    },
    owns: (event) => event.composedPath().includes(host),
    destroy() {
      ring.destroy();
      host.remove();
    },
  };
}

/** Puts `buttons` in `group` in that order, moving as few as possible and keeping focus where it was. */
function placeInOrder(group: HTMLElement, buttons: HTMLElement[], shadow: ShadowRoot): void {
  const active = shadow.activeElement as HTMLElement | null;
  buttons.forEach((b, i) => {
    if (group.children[i] !== b) group.insertBefore(b, group.children[i] ?? null);
  });
  if (active?.isConnected && shadow.activeElement !== active) active.focus({ preventScroll: true });
}

/** Places the host first in the Tab order, outside the page's content (before `<body>`). */
function attach(doc: Document, host: HTMLElement): void {
  const html = doc.documentElement;
  if (doc.body && doc.body.parentNode === html) html.insertBefore(host, doc.body);
  else html.prepend(host);
}

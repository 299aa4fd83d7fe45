/**
 * Driving the highlighter's UI, which lives in closed shadow roots that page scripts (and Playwright's
 * locators) cannot enter. The DevTools protocol can: it finds elements through every shadow root, and the
 * tests then act through the real mouse and keyboard, so every event is trusted as a reader's would be.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function attributesOf(node: CdpNode): Map<string, string> {
  const map = new Map<string, string>();
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) map.set(list[i] as string, list[i + 1] as string);
  return map;
}

/** Elements inside shadow roots whose attributes match, in document order (as remote object ids). */
async function shadowElements(page: Page, match: (attrs: Map<string, string>) => boolean): Promise<string[]> {
  const s = await session(page);
  // Disabling first drops the agent's cached tree: a fresh document always lists every shadow root.
  await s.send('DOM.disable').catch(() => undefined);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const found: number[] = [];
  const walk = (node: CdpNode, inShadow: boolean) => {
    if (inShadow && match(attributesOf(node))) found.push(node.backendNodeId);
    for (const r of node.shadowRoots ?? []) walk(r, true);
    for (const c of node.children ?? []) walk(c, inShadow);
    if (node.contentDocument) walk(node.contentDocument, false);
  };
  walk(root, false);
  const ids: string[] = [];
  for (const backendNodeId of found) {
    const { object } = (await s.send('DOM.resolveNode', { backendNodeId })) as {
      object: { objectId?: string };
    };
    if (object.objectId) ids.push(object.objectId);
  }
  return ids;
}

/** Runs `fn` with `this` bound to the element and returns its JSON result. */
async function call<T>(page: Page, objectId: string, fn: string): Promise<T> {
  const s = await session(page);
  const reply = (await s.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string } };
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
  return reply.result.value as T;
}

const VISIBLE = `function () {
  const r = this.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && this.checkVisibility();
}`;
const CENTRE = `function () {
  this.scrollIntoView({ block: 'nearest' });
  const r = this.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

/** Polls `probe` until it returns a value (not null), as Playwright's locators wait for elements. */
async function waitFor<T>(probe: () => Promise<T | null>, what: string, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** A control of the highlighter's UI found by `data-testid`, acted on with the real mouse and keyboard. */
export function shadowTestId(page: Page, testId: string) {
  const all = () => shadowElements(page, (a) => a.get('data-testid') === testId);
  const what = `[data-testid="${testId}"] in a shadow root`;
  const first = () => waitFor(async () => (await all())[0] ?? null, what);
  const visible = () =>
    waitFor(async () => {
      const [id] = await all();
      return id && (await call<boolean>(page, id, VISIBLE)) ? id : null;
    }, `a visible ${what}`);
  return {
    count: async () => (await all()).length,
    isVisible: async () => {
      const [id] = await all();
      return id ? call<boolean>(page, id, VISIBLE) : false;
    },
    inputValue: async () => call<string>(page, await first(), 'function () { return this.value; }'),
    textContent: async () => call<string>(page, await first(), 'function () { return this.textContent; }'),
    click: async () => {
      const { x, y } = await call<{ x: number; y: number }>(page, await visible(), CENTRE);
      await page.mouse.click(x, y);
    },
    /** Replaces the field's text by typing, as a reader would. */
    fill: async (text: string) => {
      await call(page, await visible(), 'function () { this.focus(); this.select(); }');
      await page.keyboard.insertText(text);
    },
    /** Focuses the control, then presses `key` on the real keyboard. */
    press: async (key: string) => {
      await call(page, await visible(), 'function () { this.focus(); }');
      await page.keyboard.press(key);
    },
  };
}

/** The shadow-root element that has keyboard focus: its `data-testid`, text and whether focus shows. */
export async function shadowFocus(
  page: Page,
): Promise<{ testid: string; label: string; visible: boolean } | null> {
  // Any element: a focused control may carry no test id (a scrollable group, say).
  for (const id of await shadowElements(page, () => true)) {
    const hit = await call<{ testid: string; label: string; visible: boolean } | null>(
      page,
      id,
      `function () {
        if (this.nodeType !== 1) return null;
        const root = this.getRootNode();
        if (root.activeElement !== this || document.activeElement !== root.host) return null;
        const style = getComputedStyle(this);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const testid = this.dataset?.testid ?? this.tagName?.toLowerCase() ?? '';
        return { testid, label: this.getAttribute?.('aria-label') ?? this.textContent, visible: outline || style.boxShadow !== 'none' };
      }`,
    );
    if (hit) return hit;
  }
  return null;
}

/** Viewport boxes of the shadow-root elements with class `name` (e.g. the focus ring's `ring`). */
export async function shadowBoxes(page: Page, name: string): Promise<DOMRect[]> {
  const ids = await shadowElements(page, (a) => (a.get('class') ?? '').split(/\s+/).includes(name));
  return Promise.all(
    ids.map((id) => call<DOMRect>(page, id, 'function () { return this.getBoundingClientRect().toJSON(); }')),
  );
}

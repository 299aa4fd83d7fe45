/**
 * Checks of the highlighter's UI from the extension's own world. Its shadow roots are closed: neither the
 * page nor Playwright's main-world scripts can enter them (that is the point). The extension's isolated
 * world can, through `chrome.dom.openOrClosedShadowRoot`; there, for the tests only, `Element.shadowRoot`
 * is made to answer with it, so axe, the focus walk and style checks see inside as they would an open root.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; contexts: ContextDescription[] }>>();

function attach(page: Page) {
  let s = sessions.get(page);
  if (!s) {
    s = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts: ContextDescription[] = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) =>
        contexts.push(e.context),
      );
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => {
        const at = contexts.findIndex((c) => c.id === e.executionContextId);
        if (at >= 0) contexts.splice(at, 1);
      });
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    sessions.set(page, s);
  }
  return s;
}

const PATCH = `(() => {
  if (globalThis.__liseuseTestShadows) return;
  globalThis.__liseuseTestShadows = true;
  Object.defineProperty(Element.prototype, 'shadowRoot', {
    configurable: true,
    get() { return chrome.dom.openOrClosedShadowRoot(this); },
  });
})()`;

/** Evaluates `source` (an expression) in the extension's isolated world of the page's top frame. */
async function evaluateSource<T>(page: Page, source: string): Promise<T> {
  const { cdp, contexts } = await attach(page);
  const frameId = ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } })
    .frameTree.frame.id;
  const world = [...contexts]
    .reverse()
    .find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameId &&
        c.origin.startsWith('chrome-extension://'),
    );
  if (!world) throw new Error('The extension runs no script in this page');
  await cdp.send('Runtime.evaluate', { expression: PATCH, contextId: world.id });
  const reply = (await cdp.send('Runtime.evaluate', {
    expression: source,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (reply.exceptionDetails)
    throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
  return reply.result.value as T;
}

/** Runs `fn(arg)` in the extension's world of `page` (closed shadow roots readable there). */
export function evaluateInExtensionWorld<A, T>(
  page: Page,
  fn: (arg: A) => T | Promise<T>,
  arg: A,
): Promise<T> {
  return evaluateSource<T>(page, `(${fn.toString()})(${JSON.stringify(arg)})`);
}

/** Runs a script (such as axe's source) in the extension's world of `page`. */
export function injectInExtensionWorld(page: Page, source: string): Promise<unknown> {
  return evaluateSource(page, source);
}

/** True when `scope` names the highlighter's UI, whose closed shadow roots only the extension's world enters. */
export function isExtensionUi(scope: string | null | undefined): boolean {
  return scope === 'liseuse-toolbar' || scope === 'liseuse-highlights';
}

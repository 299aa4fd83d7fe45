/** Injects the full highlighter into a tab once (a ping tells whether it already runs there). */
import { browser } from 'wxt/browser';
import { HIGHLIGHTER_FILE } from '@/utils/highlights/script-files';
import type { TabMessage } from '@/utils/messaging';

async function isRunning(tabId: number): Promise<boolean> {
  try {
    const ping: TabMessage = { type: 'highlighter/ping' };
    return (await browser.tabs.sendMessage(tabId, ping, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}

/** Makes sure the highlighter runs in the tab's top frame; needs host access or an activeTab grant. */
export async function injectHighlighter(tabId: number): Promise<void> {
  if (await isRunning(tabId)) return;
  // Not held until the page is idle: a hanging third-party script would hold it as long. It watches the
  // page for late content (page-watch.ts), so starting on a page still loading is fine.
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [HIGHLIGHTER_FILE],
    injectImmediately: true,
  });
}

/** Injects if needed, then highlights the tab's current selection (context menu, keyboard command). */
export async function highlightSelectionIn(tabId: number): Promise<void> {
  await injectHighlighter(tabId);
  const command: TabMessage = { type: 'highlighter/highlight-selection' };
  await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
}

/** Injects if needed, then shows the toolbar for the tab's current selection (the toolbar is on everywhere). */
export async function offerToolbarIn(tabId: number): Promise<void> {
  await injectHighlighter(tabId);
  const command: TabMessage = { type: 'highlighter/offer-selection' };
  await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
}

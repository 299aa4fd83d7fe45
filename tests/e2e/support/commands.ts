import type { Worker } from 'playwright-core';

/**
 * Fires a keyboard command in the extension's service worker, as the browser does for its shortcut: Chromium
 * does not route synthetic key presses to extension shortcuts.
 */
export async function dispatchCommand(worker: Worker, command: string, tabId: number): Promise<void> {
  await worker.evaluate(
    async ([name, id]) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          commands: { onCommand: { dispatch(...args: unknown[]): void } };
          tabs: { get(id: number): Promise<unknown> };
        };
      };
      chrome.commands.onCommand.dispatch(name, await chrome.tabs.get(id));
    },
    [command, tabId] as const,
  );
}

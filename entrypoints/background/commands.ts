/** Keyboard command `highlight-selection` (manifest `commands`, default Alt+Shift+H). */
import { browser } from 'wxt/browser';
import { highlightSelectionIn } from './inject-highlighter';

/** Handles the keyboard command; the shortcut itself grants activeTab on the current tab. */
export function registerHighlightCommand(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'highlight-selection') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    highlightSelectionIn(tabId).catch((err) => console.warn('Liseuse: cannot highlight here', err));
  });
}

/** Context-menu entry "Highlight with Liseuse" on selected text. */
import { browser } from 'wxt/browser';
import { highlightSelectionIn } from './inject-highlighter';

const HIGHLIGHT_MENU_ID = 'liseuse-highlight';

/** Creates the menu entry (once per install/update) and handles its clicks. */
export function registerHighlightMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: HIGHLIGHT_MENU_ID,
      title: browser.i18n.getMessage('hlMenuHighlight'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== HIGHLIGHT_MENU_ID || tab?.id === undefined) return;
    highlightSelectionIn(tab.id).catch((err) => console.warn('Liseuse: cannot highlight here', err));
  });
}

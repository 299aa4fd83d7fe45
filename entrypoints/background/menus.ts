/** Context-menu wiring shared by the background's entries, and "Highlight with Liseuse" on selected text. */
import { browser } from 'wxt/browser';
import { highlightSelectionIn } from './inject-highlighter';

const HIGHLIGHT_MENU_ID = 'liseuse-highlight';

type MenuContexts = NonNullable<Parameters<typeof browser.contextMenus.create>[0]['contexts']>;
type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
/** What the browser says about a menu click (`linkUrl` for a link; Firefox adds `linkText`). */
export type MenuClick = Parameters<Parameters<typeof browser.contextMenus.onClicked.addListener>[0]>[0] & {
  linkText?: string;
};

/**
 * Adds a context-menu entry (created once per install/update) and calls `onClick` with the tab it
 * was used in and what was clicked.
 */
export function addContextMenuEntry(
  id: string,
  title: MessageKey,
  contexts: MenuContexts,
  onClick: (tabId: number, info: MenuClick) => void,
): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id, title: browser.i18n.getMessage(title), contexts });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== id || tab?.id === undefined) return;
    onClick(tab.id, info);
  });
}

/** Creates the menu entry and handles its clicks. */
export function registerHighlightMenu(): void {
  addContextMenuEntry(HIGHLIGHT_MENU_ID, 'hlMenuHighlight', ['selection'], (tabId) => {
    highlightSelectionIn(tabId).catch((err) => console.warn('Liseuse: cannot highlight here', err));
  });
}

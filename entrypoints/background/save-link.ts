/**
 * "Save link to Liseuse" on any link's context menu: a link-only item titled with the link's text.
 * The click grants activeTab, so the text is read from the page itself (Chrome does not give it);
 * Firefox gives it with the click. The toolbar badge says ✓ or ! for a moment.
 */
import { browser } from 'wxt/browser';
import { readLinkText, saveLink } from '@/utils/library/save/save-link';
import { getDatabase, saveArticle } from '@/utils/store';
import { addContextMenuEntry, type MenuClick } from './menus';
import { showSaveOutcome } from './save-tab';

const SAVE_LINK_MENU_ID = 'liseuse-save-link';

async function textOfLink(tabId: number, info: MenuClick): Promise<string | null> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [info.frameId ?? 0] },
    func: readLinkText,
    args: [info.linkUrl ?? ''],
  });
  return typeof result?.result === 'string' ? result.result : null;
}

/** Saves the clicked link and shows the outcome on the toolbar button. */
export async function saveLinkFromMenu(tabId: number, info: MenuClick): Promise<void> {
  if (!info.linkUrl) return;
  const outcome = await saveLink(info.linkUrl, info.linkText, {
    linkText: () => textOfLink(tabId, info),
    save: (input) => saveArticle(getDatabase(), input),
  });
  await showSaveOutcome(tabId, outcome);
}

/** Creates the link context-menu entry and handles its clicks. */
export function registerSaveLink(): void {
  addContextMenuEntry(
    SAVE_LINK_MENU_ID,
    'menuSaveLink',
    ['link'],
    (tabId, info) => void saveLinkFromMenu(tabId, info),
  );
}

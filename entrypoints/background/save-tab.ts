/**
 * "Save to Liseuse" without the popup: the page context menu and the `save-page` command (Alt+Shift+S).
 * The click or shortcut grants activeTab; the tab is analysed here (linkedom: the service worker has no
 * DOMParser) and stored by the same code as `article/save`. The toolbar badge says ✓ or ! for a moment.
 */
import { browser } from 'wxt/browser';
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { analyzeTab } from '@/utils/article/tab/analyze-tab';
import { browserTabAccess } from '@/utils/article/tab/browser-tab-access';
import { saveAnalysis } from '@/utils/library/save/save-service';
import { saveTab } from '@/utils/library/save/save-tab';
import type { Failure, Result } from '@/utils/shared/result';
import { getDatabase } from '@/utils/store';
import { addContextMenuEntry } from './menus';

const SAVE_MENU_ID = 'liseuse-save-page';
const SAVE_COMMAND = 'save-page';
const BADGE_MS = 4_000;

const workerTabAccess = {
  ...browserTabAccess,
  analyze: (snapshot: Parameters<typeof browserTabAccess.analyze>[0]) =>
    analyzeSnapshot(snapshot, parseHtmlWithLinkedom),
};

/** Shows ✓ or ! on the toolbar button of `tabId` for a moment, with `detail` as its tooltip on failure. */
async function flashBadge(tabId: number, ok: boolean, detail: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#2e7d32' : '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title: ok ? browser.i18n.getMessage('saveSaved') : detail });
  setTimeout(() => {
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void browser.action.setTitle({ tabId, title: browser.i18n.getMessage('extName') }).catch(() => undefined);
  }, BADGE_MS);
}

/** Analyses and saves `tabId` (no badge): the context menu, the command and the library's capture. */
export function analyzeAndSaveTab(tabId: number): ReturnType<typeof saveTab> {
  return saveTab(tabId, {
    analyze: (id) => analyzeTab(id, workerTabAccess),
    save: (analysis) => saveAnalysis(getDatabase(), analysis),
  });
}

/** Shows a save's outcome on the toolbar button of `tabId`: ✓, or ! with why. */
export async function showSaveOutcome(tabId: number, outcome: Result<unknown, Failure>): Promise<void> {
  const detail = outcome.ok
    ? ''
    : browser.i18n.getMessage(outcome.error.code === 'quota-exceeded' ? 'saveQuotaExceeded' : 'saveFailed');
  await flashBadge(tabId, outcome.ok, detail).catch(() => undefined);
}

/** Analyses and saves `tabId`, then signals the outcome on the toolbar button. */
export async function saveTabFromBackground(tabId: number): Promise<void> {
  await showSaveOutcome(tabId, await analyzeAndSaveTab(tabId));
}

/** Creates the page context-menu entry (once per install/update) and listens to it and to the command. */
export function registerSaveTab(): void {
  addContextMenuEntry(
    SAVE_MENU_ID,
    'menuSaveToLiseuse',
    ['page'],
    (tabId) => void saveTabFromBackground(tabId),
  );
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await saveTabFromBackground(tabId);
  });
}

/**
 * Per-site access for restoring highlights. The reader grants a site from the popup (a user
 * gesture); the tiny wake loader is then registered for exactly the granted origins.
 */
import { browser } from 'wxt/browser';
import {
  LOADER_FILE,
  LOADER_REGISTRATION_ID,
  SELECTION_LOADER_FILE,
  SELECTION_LOADER_REGISTRATION_ID,
} from '@/utils/highlights/script-files';
import { ALL_SITES, originPattern } from '@/utils/highlights/site-pattern';
import type { Handlers } from '@/utils/messaging';

/** True when the extension may run on `url` without the reader clicking first. */
export async function hasSiteAccess(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.contains({ origins: [origin] }) : false;
}

/** Registers (or updates, or removes) the wake loader so it matches the granted origins only. */
export async function syncLoaderRegistration(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = origins.filter((o) => /^(https?|\*):\/\//.test(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [LOADER_REGISTRATION_ID] });
  if (!matches.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [LOADER_REGISTRATION_ID] });
    return;
  }
  const script = { id: LOADER_REGISTRATION_ID, matches, js: [LOADER_FILE], runAt: 'document_idle' as const };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** True while "Show the highlight toolbar on every site" is on: the all-sites grant is that setting. */
export function toolbarEverywhere(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES });
}

/** Registers the selection loader on every site while the toolbar is on everywhere, and only then. */
export async function syncSelectionLoader(): Promise<void> {
  const ids = [SELECTION_LOADER_REGISTRATION_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  const on = await toolbarEverywhere();
  if (!on && existing.length) await browser.scripting.unregisterContentScripts({ ids });
  if (on && !existing.length)
    await browser.scripting.registerContentScripts([
      {
        id: SELECTION_LOADER_REGISTRATION_ID,
        matches: ALL_SITES,
        js: [SELECTION_LOADER_FILE],
        runAt: 'document_idle',
      },
    ]);
}

/** Keeps the registrations in step with the reader's grants. */
export function watchSiteAccess(): void {
  const sync = () => {
    void syncLoaderRegistration().catch((err) => console.error('Liseuse: loader registration', err));
    void syncSelectionLoader().catch((err) => console.error('Liseuse: selection loader', err));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}

/** The page that asks for a site's access, for the site of the sender's own page only. */
export const siteAccessHandlers: Handlers = {
  'highlighter/request-site-access': async (_p, sender) => {
    const origin = sender.url ? originPattern(sender.url) : null;
    if (!origin || (await browser.permissions.contains({ origins: [origin] }))) return { opened: false };
    const url = browser.runtime.getURL(`/site-access.html?site=${encodeURIComponent(sender.url ?? '')}`);
    // A small window of our own: permission prompts need a user gesture in an extension page.
    await browser.windows.create({ url, type: 'popup', width: 460, height: 300 });
    return { opened: true };
  },
};

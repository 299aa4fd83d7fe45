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

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** Registers `script`, updates it (an upgrade may change it), or removes it when `on` is false. */
async function keepRegistered(script: Registration, on: boolean): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (!on) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
  } else if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Registers (or updates, or removes) the wake loader so it matches the granted origins only. */
export async function syncLoaderRegistration(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = origins.filter((o) => /^(https?|\*):\/\//.test(o));
  // document_start: the loaders wait for what they need themselves; document_idle never comes on a page
  // that a hung synchronous script keeps loading (wake.ts).
  await keepRegistered(
    { id: LOADER_REGISTRATION_ID, matches, js: [LOADER_FILE], runAt: 'document_start' },
    matches.length > 0,
  );
}

/** True while "Show the highlight toolbar on every site" is on: the all-sites grant is that setting. */
export function toolbarEverywhere(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES });
}

/** Registers the selection loader on every site while the toolbar is on everywhere, and only then. */
export async function syncSelectionLoader(): Promise<void> {
  await keepRegistered(
    {
      id: SELECTION_LOADER_REGISTRATION_ID,
      matches: ALL_SITES,
      js: [SELECTION_LOADER_FILE],
      runAt: 'document_start',
    },
    await toolbarEverywhere(),
  );
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

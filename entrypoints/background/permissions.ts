/**
 * Per-site access for restoring highlights. The reader grants a site from the popup (a user
 * gesture); the tiny wake loader is then registered for exactly the granted origins.
 */
import { browser } from 'wxt/browser';
import { LOADER_FILE, LOADER_REGISTRATION_ID } from '@/utils/content/tab-protocol';
import { originPattern } from '@/utils/highlight/site-pattern';

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

/** Keeps the registration in step with the reader's grants. */
export function watchSiteAccess(): void {
  const sync = () =>
    void syncLoaderRegistration().catch((err) => console.error('Liseuse: loader registration', err));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}

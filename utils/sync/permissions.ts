/**
 * The permissions sync needs, asked when the reader starts it and checked before every run: the
 * server's origin (an optional host permission) and, on Firefox, consent to send the library
 * (optional data-collection permissions). A reader who withdraws either stops sync from sending.
 */
import { browser } from 'wxt/browser';
import { SYNC_DATA_COLLECTION } from './data-collection';
import { originPermission } from './server-url';

/** A permissions request with Firefox's data-collection field (absent from the polyfill's types). */
export interface SyncPermissions {
  origins: string[];
  data_collection?: string[];
}

/** True on browsers with data-collection permissions (Firefox 140+): getAll() reports the field. */
export async function hasDataCollectionConsent(): Promise<boolean> {
  const all = (await browser.permissions.getAll()) as { data_collection?: unknown };
  return Array.isArray(all.data_collection);
}

/** What to ask or check for the database at `dbUrl`; `dataCollection` from hasDataCollectionConsent. */
export function syncPermissions(dbUrl: string, dataCollection: boolean): SyncPermissions {
  const origins = [originPermission(dbUrl)];
  return dataCollection ? { origins, data_collection: [...SYNC_DATA_COLLECTION] } : { origins };
}

/** True when this browser lets sync reach the server at `dbUrl` and send the library there. */
export async function maySync(dbUrl: string): Promise<boolean> {
  const wanted = syncPermissions(dbUrl, await hasDataCollectionConsent());
  return browser.permissions.contains(wanted as { origins: string[] });
}

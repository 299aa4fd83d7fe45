/**
 * Asks the browser to keep the library when disk space runs low (StorageManager.persist). Only
 * window contexts have `persist()`; elsewhere (the service worker) this reports `false`.
 */

/** Requests persistent storage once; resolves to whether storage is (now) persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/**
 * Waits for the next change on the server (a `_changes` longpoll from the last checkpoint), so another
 * device's edit shows here within a second or two while the background is awake; alarms wake it otherwise.
 */
import { getSyncMeta, type LiseuseDatabase } from '@/utils/store';
import { CouchClient } from './protocol';
import type { SyncConfig } from './session';

/** Resolves true when the server has changes past the checkpoint, false on timeout or when sync is off. */
export async function waitForRemoteChange(
  db: LiseuseDatabase,
  signal: AbortSignal,
  timeoutMs = 25_000,
): Promise<boolean> {
  const [config, checkpoint] = await Promise.all([
    getSyncMeta<SyncConfig>(db, 'config'),
    getSyncMeta<{ since: string | number }>(db, 'checkpoint'),
  ]);
  if (!config?.enabled || !checkpoint) return false;
  const client = new CouchClient({
    url: config.url,
    username: config.username,
    password: config.password,
    signal,
  });
  const page = await client.changes(checkpoint.since, 1, timeoutMs);
  return page.results.length > 0;
}

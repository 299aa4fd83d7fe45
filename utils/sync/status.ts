/** The sync status: what the settings page shows, and how a run's outcome is recorded. */
import { countWaiting, getSyncMeta, type LiseuseDatabase } from '@/utils/store';
import { SyncError, type SyncErrorCode } from './protocol';
import type { SyncConfig } from './session';

/** What the settings page shows. */
export interface SyncStatus {
  enabled: boolean;
  url: string | null;
  username: string | null;
  lastSync: number | null;
  waiting: number;
  error: { code: SyncErrorCode; message: string } | null;
  /** Notes edited on two devices and kept twice, since sync started. */
  conflicts: number;
  /** Documents from the server that could not be read (left out), since sync started. */
  rejected: number;
}

/** What is stored between runs. */
export type StoredStatus = Pick<SyncStatus, 'lastSync' | 'error' | 'conflicts' | 'rejected'>;

/** The error a run failed with, as the status records it. */
export const errorOf = (err: unknown): SyncStatus['error'] =>
  err instanceof SyncError
    ? { code: err.code, message: err.message }
    : {
        code: (err as { code?: string })?.code === 'quota-exceeded' ? 'quota' : 'internal',
        message: String(err),
      };

/** The status for the settings page. */
export async function readStatus(db: LiseuseDatabase): Promise<SyncStatus> {
  const [config, status] = await Promise.all([
    getSyncMeta<SyncConfig>(db, 'config'),
    getSyncMeta<StoredStatus>(db, 'status'),
  ]);
  // Never set up: nothing waits (the outbox is emptied), and counting it would read every key of a
  // large import's writes while the import still holds them (the settings page asks every 2 s).
  const waiting = config ? await countWaiting(db) : 0;
  return {
    enabled: Boolean(config?.enabled),
    url: config?.url ?? null,
    username: config?.username ?? null,
    lastSync: status?.lastSync ?? null,
    waiting,
    error: status?.error ?? null,
    conflicts: status?.conflicts ?? 0,
    rejected: status?.rejected ?? 0,
  };
}

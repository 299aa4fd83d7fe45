/**
 * Pull checkpoints, kept on both sides as the replication protocol describes: in the local sync state
 * and as a `_local` document on the server (never replicated). A server that lost this device's
 * checkpoint was reset or replaced: pull from the start, and send every document again.
 */
import { getSyncMeta, pushAllSyncDocs, putSyncMeta } from '@/utils/store';
import type { SyncContext } from './types';

/** Where pulling resumes. */
export interface Checkpoint {
  id: string;
  session: string;
  since: string | number;
}

interface Stored {
  session: string;
  since: string | number;
}

/** Reads (and reconciles) the checkpoint of device `deviceId`. */
export async function readCheckpoint(ctx: SyncContext, deviceId: string): Promise<Checkpoint> {
  const id = `liseuse-${deviceId}`;
  const [local, remote] = await Promise.all([
    getSyncMeta<Stored>(ctx.db, 'checkpoint'),
    ctx.client.getLocal<Stored>(id),
  ]);
  if (local && remote?.session === local.session) return { id, ...local };
  if (local && !remote) await pushAllSyncDocs(ctx.db);
  return { id, session: crypto.randomUUID(), since: 0 };
}

/** Records that everything up to `since` was pulled. */
export async function saveCheckpoint(ctx: SyncContext, checkpoint: Checkpoint, since: string | number) {
  checkpoint.since = since;
  const stored: Stored = { session: checkpoint.session, since };
  await putSyncMeta(ctx.db, 'checkpoint', stored);
  await ctx.client.putLocal(checkpoint.id, stored);
}

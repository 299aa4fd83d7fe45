/**
 * One sync run: commit local changes, retry what waited, pull (merging conflicts), push. Pull comes
 * before push so most edits meet the other devices' versions here, not on the server.
 */

import { type Checkpoint, readCheckpoint } from './checkpoint';
import { commitAll } from './commit';
import { pull } from './pull';
import { push } from './push';
import { resolveWaiting } from './resolve';
import type { SyncContext } from './types';

/** Runs one full cycle for device `deviceId`. */
export async function runCycle(ctx: SyncContext, deviceId: string): Promise<void> {
  await commitAll(ctx);
  await resolveWaiting(ctx);
  const checkpoint: Checkpoint = await readCheckpoint(ctx, deviceId);
  await pull(ctx, checkpoint);
  await push(ctx);
}

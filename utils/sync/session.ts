/**
 * Sync as the background runs it: start (open the server library, remember the settings and the
 * non-extractable keys, queue the whole library the first time), stop, run once, and the status the
 * settings page shows. Runs never overlap.
 */
import {
  allSyncKeys,
  enqueueOutbox,
  getSyncMeta,
  type LiseuseDatabase,
  putSyncMeta,
  resetSyncState,
  tidyOutbox,
} from '@/utils/store';
import type { SyncKeys } from './crypto';
import { connect } from './engine/connect';
import { runCycle } from './engine/cycle';
import { emptyReport, type SyncReport } from './engine/types';
import { CouchClient, SyncError } from './protocol';
import { databaseUrl } from './server-url';
import { errorOf, type StoredStatus } from './status';

/** What the reader entered to start sync. */
export interface SyncSettings {
  url: string;
  username: string;
  password: string;
  passphrase: string;
}

/** Stored settings (never the passphrase). */
export interface SyncConfig {
  url: string;
  username: string;
  password: string;
  enabled: boolean;
  deviceId: string;
  /** The server library's salt: another library on the same URL means starting over. */
  library: string;
}

/** Options for tests and benchmarks. */
export interface SessionOptions {
  fetch?: typeof fetch;
  /** PBKDF2 iterations for a new library (tests use fewer). */
  iterations?: number;
  /** Whether the reader still allows reaching the server and sending the library (checked before a run). */
  allowed?: (url: string) => Promise<boolean>;
}

let running: Promise<unknown> = Promise.resolve();
/** Serialises runs: each waits for the previous one. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = running.then(work, work);
  running = next.catch(() => undefined);
  return next;
}

/** Opens the server library and turns sync on; throws SyncError on a bad URL, wrong password or passphrase. */
export function startSync(
  db: LiseuseDatabase,
  settings: SyncSettings,
  options: SessionOptions = {},
): Promise<void> {
  return serial(async () => {
    const url = databaseUrl(settings.url);
    if (!url)
      throw new SyncError(
        'bad-response',
        'Not a server URL Liseuse accepts (https, or http on this machine).',
      );
    const client = new CouchClient({
      url,
      username: settings.username,
      password: settings.password,
      fetch: options.fetch,
    });
    const { keys, salt } = await connect(client, settings.passphrase, options.iterations);
    const prev = await getSyncMeta<SyncConfig>(db, 'config');
    if (!prev || prev.url !== url || prev.library !== salt) {
      // Another server or library: start over, sending everything.
      await resetSyncState(db, []);
      await enqueueOutbox(db, await allSyncKeys(db));
    }
    const config: SyncConfig = {
      url,
      username: settings.username,
      password: settings.password,
      enabled: true,
      deviceId: prev?.deviceId ?? crypto.randomUUID(),
      library: salt,
    };
    await putSyncMeta(db, 'keys', keys);
    await putSyncMeta(db, 'config', config);
    await putSyncMeta(db, 'status', {
      lastSync: null,
      error: null,
      conflicts: 0,
      rejected: 0,
    } satisfies StoredStatus);
  });
}

/** Turns sync off (settings and state kept, so starting again resumes). */
export function stopSync(db: LiseuseDatabase): Promise<void> {
  return serial(async () => {
    const config = await getSyncMeta<SyncConfig>(db, 'config');
    if (config) await putSyncMeta(db, 'config', { ...config, enabled: false });
  });
}

/** Runs one cycle when sync is on; records the outcome in the status. Returns null when off. */
export function syncNow(db: LiseuseDatabase, options: SessionOptions = {}): Promise<SyncReport | null> {
  return serial(async () => {
    const [config, keys, status] = await Promise.all([
      getSyncMeta<SyncConfig>(db, 'config'),
      getSyncMeta<SyncKeys>(db, 'keys'),
      getSyncMeta<StoredStatus>(db, 'status'),
    ]);
    if (!config?.enabled || !keys) {
      await tidyOutbox(db, Boolean(config));
      return null;
    }
    const client = new CouchClient({
      url: config.url,
      username: config.username,
      password: config.password,
      fetch: options.fetch,
    });
    const ctx = { db, client, keys, report: emptyReport() };
    const counts = () => ({
      conflicts: (status?.conflicts ?? 0) + ctx.report.conflicts,
      rejected: (status?.rejected ?? 0) + ctx.report.rejected,
    });
    try {
      if (options.allowed && !(await options.allowed(config.url)))
        throw new SyncError('permission', 'The reader withdrew access to the server or consent to send.');
      await runCycle(ctx, config.deviceId);
      await putSyncMeta(db, 'status', {
        lastSync: Date.now(),
        error: null,
        ...counts(),
      } satisfies StoredStatus);
    } catch (err) {
      const stored: StoredStatus = { lastSync: status?.lastSync ?? null, error: errorOf(err), ...counts() };
      await putSyncMeta(db, 'status', stored);
      throw err;
    }
    return ctx.report;
  });
}

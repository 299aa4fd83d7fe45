/**
 * The sync loop (issue #16), owned by the background: an alarm every 30 s wakes it (MV3 service
 * workers sleep; no long timers), a local change sends itself within a second, and while awake a
 * `_changes` longpoll brings other devices' changes at once. The settings page talks to it by message.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { Handlers } from '@/utils/messaging';
import { getDatabase } from '@/utils/store';
import {
  maySync,
  readStatus,
  SyncError,
  startSync,
  stopSync,
  syncNow,
  waitForRemoteChange,
} from '@/utils/sync';

const ALARM = 'liseuse-sync';
const PUSH_DELAY_MS = 500;

let watching: AbortController | null = null;
let pushTimer: ReturnType<typeof setTimeout> | undefined;

async function runOnce(): Promise<boolean> {
  // A long first sync makes no extension API call for a while; one every 20 s keeps the worker from
  // being stopped as idle (a stop would lose no data, runs resume from their checkpoints, only time).
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  try {
    return (await syncNow(getDatabase(), { allowed: maySync })) !== null;
  } catch {
    return true; // recorded in the status; the next alarm tries again
  } finally {
    clearInterval(keepAlive);
  }
}

/** Longpolls for remote changes while sync is on and the worker is awake. */
async function watch(): Promise<void> {
  if (watching) return;
  const controller = new AbortController();
  watching = controller;
  try {
    while (!controller.signal.aborted) {
      const changed = await waitForRemoteChange(getDatabase(), controller.signal).catch(() => null);
      if (changed === null || !(await readStatus(getDatabase())).enabled) break;
      if (changed) await runOnce();
    }
  } finally {
    if (watching === controller) watching = null;
  }
}

async function kick(): Promise<void> {
  if (await runOnce()) void watch();
}

function schedulePush(): void {
  clearTimeout(pushTimer);
  pushTimer = setTimeout(() => void kick(), PUSH_DELAY_MS);
}

/** Starts the loop when sync is on: alarm, outbox watch, first run. */
export function registerSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void kick();
  });
  // Any change to the library (here, in the library page or a tab) lands in the outbox.
  liveQuery(() => getDatabase().outbox.count()).subscribe({
    next: (waiting) => {
      if (waiting > 0) schedulePush();
    },
    error: () => undefined,
  });
  void readStatus(getDatabase()).then(async (status) => {
    if (!status.enabled) return;
    // Alarms may not survive a browser restart.
    if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
    void kick();
  });
}

/** Sync messages from the settings page. */
export const syncHandlers: Handlers = {
  'sync/status': () => readStatus(getDatabase()),
  'sync/start': async (p) => {
    if (!(await maySync(p.url).catch(() => false))) {
      throw new SyncError('permission', 'Liseuse needs your permission to reach this server.');
    }
    const db = getDatabase();
    await startSync(db, p);
    await browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
    void kick();
    return readStatus(db);
  },
  'sync/stop': async () => {
    const db = getDatabase();
    await stopSync(db);
    watching?.abort();
    await browser.alarms.clear(ALARM);
    return readStatus(db);
  },
  'sync/now': async () => {
    await runOnce();
    return readStatus(getDatabase());
  },
};

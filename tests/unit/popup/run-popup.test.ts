/** A popup run that runs out of time stops what still runs, and says why in the reader's terms. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPopup } from '@/components/popup/PopupApp';
import { TINY_SNAPSHOT } from '@/tests/fixtures/tiny-snapshot';
import type { TabAccess } from '@/utils/article/tab/analyze-tab';
import { isRetryable } from '@/utils/article/tab/outcome';

const snapshot = TINY_SNAPSHOT;

/** Access whose analysis never ends (a huge page); `stop` answers whether it cut one. */
function hangingAccess(stop?: () => boolean): TabAccess {
  return {
    getTab: async () => ({ url: snapshot.url, status: 'complete' }),
    snapshot: async () => snapshot,
    analyze: () => new Promise(() => undefined),
    isRestrictedUrl: () => false,
    ...(stop ? { stop } : {}),
  };
}

async function runOutOfTime(access: TabAccess) {
  const run = runPopup({ resolveTab: async () => ({ id: 7, url: snapshot.url }), access });
  await vi.advanceTimersByTimeAsync(20_000);
  return run;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('runPopup on an analysis that does not end', () => {
  it('stops the worker and says the page is too large, without a retry loop', async () => {
    const stop = vi.fn(() => true);
    const { outcome } = await runOutOfTime(hangingAccess(stop));
    expect(stop).toHaveBeenCalledOnce();
    expect(outcome?.ok).toBe(false);
    if (outcome?.ok === false) {
      expect(outcome.error.code).toBe('too-large-to-analyze');
      expect(isRetryable(outcome.error.code)).toBe(false);
    }
  });

  it('says it timed out when nothing was running apart to stop', async () => {
    for (const access of [hangingAccess(() => false), hangingAccess()]) {
      const { outcome } = await runOutOfTime(access);
      expect(outcome?.ok === false && outcome.error.code).toBe('timeout');
    }
  });
});

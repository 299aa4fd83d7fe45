/** The popup's analysis worker can be stopped: a page the popup gave up on must not keep a core busy. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TINY_SNAPSHOT } from '@/tests/fixtures/tiny-snapshot';
import { analyzeInWorker, stopWorkerAnalysis } from '@/utils/article/tab/analyze-in-worker';

/** A worker that never answers, as one busy with a huge page; records what is done to it. */
class SilentWorker {
  static started: SilentWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    SilentWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const snapshot = TINY_SNAPSHOT;

beforeEach(() => {
  SilentWorker.started = [];
  vi.stubGlobal('Worker', SilentWorker);
});

afterEach(() => {
  stopWorkerAnalysis();
  vi.unstubAllGlobals();
});

describe('stopWorkerAnalysis', () => {
  it('ends the busy worker and answers its analysis with a timeout', async () => {
    const analysing = analyzeInWorker(snapshot);
    expect(SilentWorker.started).toHaveLength(1);
    expect(stopWorkerAnalysis()).toBe(true);
    expect(SilentWorker.started[0]?.terminated).toBe(true);
    const result = await analysing;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('timeout');
  });

  it('says no analysis was cut when none was running', () => {
    expect(stopWorkerAnalysis()).toBe(false);
  });

  it('starts a new worker for the next analysis', () => {
    void analyzeInWorker(snapshot);
    stopWorkerAnalysis();
    void analyzeInWorker(snapshot);
    expect(SilentWorker.started).toHaveLength(2);
    expect(SilentWorker.started[1]?.terminated).toBe(false);
    expect(SilentWorker.started[1]?.posted).toHaveLength(1);
  });
});

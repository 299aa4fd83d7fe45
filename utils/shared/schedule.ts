/** Cooperative time-slicing: run step generators, giving the thread its event loop back often (anchoring, the search-index merge). */

/** Work done per slice before yielding; well under the 50 ms long-task threshold. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Resolves in a fresh task (scheduler.yield when available, else a MessageChannel message, else a timer). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs step generators to completion without yielding (describe, tests, benchmarks, workers). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Shares one time budget across many generators run one after another. */
export class Slicer {
  private sliceStart = performance.now();
  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Yields to the page if the current slice is used up. */
  async checkpoint(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await yieldToPage();
    this.sliceStart = performance.now();
  }

  /** Runs `steps` to completion, or returns null once `signal` is aborted. */
  async run<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T | null> {
    for (;;) {
      if (signal?.aborted) return null;
      const r = steps.next();
      if (r.done) return r.value;
      await this.checkpoint();
    }
  }
}

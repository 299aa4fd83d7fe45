/**
 * Runs CPU-bound work given as steps (a generator) in slices: after each step, once the slice has run
 * `budgetMs`, the event loop gets the thread back (input, rendering, other tasks) before the next one.
 */

interface Scheduler {
  yield(): Promise<void>;
}

/** A macrotask boundary: `scheduler.yield()` where it exists, else a message (no timer clamping). */
function giveBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Drives `steps` to completion, pausing whenever a slice reaches `budgetMs`; resolves to its result. */
export async function runSliced<T>(steps: Generator<void, T>, budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await giveBack();
      sliceStart = performance.now();
    }
  }
}

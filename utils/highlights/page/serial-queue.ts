/** Runs async jobs one at a time, so a slow save and a re-anchoring pass never interleave. */

/** A queue function: `queue(job)` resolves with the job's result once earlier jobs have finished. */
export type SerialQueue = <T>(job: () => Promise<T>) => Promise<T>;

/** Creates an empty queue; a failed job does not block the ones after it. */
export function createSerialQueue(): SerialQueue {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job, job);
    chain = run.catch(() => undefined);
    return run;
  };
}

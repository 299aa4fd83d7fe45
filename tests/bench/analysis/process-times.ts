/**
 * Times the whole analysis of several revisions in Node, each in a process of its own (side-process.ts),
 * the pages in turn and the order of the sides rotated page by page, as in node-times.ts. In one process
 * the sides share the libraries' compiled code and one heap, and the first revision to run (the page
 * choice runs the tree's own modules over the 550 pages) keeps an edge: a copy of identical code measured
 * 1.33x (CPU time) beside it, and the same as it in a process of its own.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '../extract/corpus';
import type { SideSetup } from './side-process';

interface Timing {
  wall: number;
  cpu: number;
}

const reply = <T>(child: ChildProcess): Promise<T> =>
  new Promise((resolve, reject) => {
    const exit = (code: number | null) => reject(new Error(`bench side exited (${code})`));
    child.once('exit', exit);
    child.once('message', (message) => {
      child.off('exit', exit);
      resolve(message as T);
    });
  });

/** Per side (name → source root), the best wall-clock and CPU times of each page (ms), in page order. */
export async function timeSidesInProcesses(
  pages: Page[],
  roots: Record<string, string>,
  setup: Omit<SideSetup, 'root'>,
): Promise<{ wall: Record<string, number[]>; cpu: Record<string, number[]> }> {
  const names = Object.keys(roots);
  const children = names.map(() =>
    fork(join(import.meta.dirname, 'side-process.ts'), [], { execArgv: ['--import', 'tsx'] }),
  );
  try {
    // Warm-ups one after the other: each side's is then timed by no other's load.
    for (const [i, root] of Object.values(roots).entries()) {
      const child = children[i] as ChildProcess;
      const ready = reply<string>(child);
      child.send({ ...setup, root } satisfies SideSetup);
      await ready;
    }
    const wall = Object.fromEntries(names.map((n) => [n, [] as number[]]));
    const cpu = Object.fromEntries(names.map((n) => [n, [] as number[]]));
    for (const [p, page] of pages.entries()) {
      for (let k = 0; k < names.length; k++) {
        const i = (p + k) % names.length;
        const child = children[i] as ChildProcess;
        const timing = reply<Timing>(child);
        child.send(page.id);
        const { wall: w, cpu: c } = await timing;
        wall[names[i] as string]?.push(w);
        cpu[names[i] as string]?.push(c);
      }
    }
    return { wall, cpu };
  } finally {
    for (const child of children) child.kill();
  }
}

/**
 * Times several sides (revisions, or plain Readability) in Node, each in a process of its own
 * (side-process.ts), the pages in turn and the order of the sides rotated page by page, as in node-times.ts.
 * In one process the sides share the libraries' compiled code and one heap, and the first to run (the page
 * choice runs the tree's own modules over the 550 pages) keeps an edge: a copy of identical code measured
 * 1.33x (CPU time) beside it, and the same as it in a process of its own.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { SideSetup, SideTiming } from './side-process';

const reply = <T>(child: ChildProcess): Promise<T> =>
  new Promise((resolve, reject) => {
    const exit = (code: number | null) => reject(new Error(`bench side exited (${code})`));
    child.once('exit', exit);
    child.once('message', (message) => {
      child.off('exit', exit);
      resolve(message as T);
    });
  });

/** Per side, the best wall-clock and CPU times of each page (ms) in page order, and the texts of extractions by page id. */
export interface SideTimes {
  wall: Record<string, number[]>;
  cpu: Record<string, number[]>;
  texts: Record<string, Map<string, string>>;
}

/** Times each side (name → its setup) on `pages` (ids as `corpus/id`). */
export async function timeSidesInProcesses(
  pages: readonly { id: string }[],
  sides: Record<string, SideSetup>,
): Promise<SideTimes> {
  const names = Object.keys(sides);
  const children = names.map(() =>
    fork(join(import.meta.dirname, 'side-process.ts'), [], { execArgv: ['--import', 'tsx'] }),
  );
  try {
    // Warm-ups one after the other: each side's is then timed by no other's load.
    for (const [i, setup] of Object.values(sides).entries()) {
      const child = children[i] as ChildProcess;
      const ready = reply<string>(child);
      child.send(setup);
      await ready;
    }
    const wall = Object.fromEntries(names.map((n) => [n, [] as number[]]));
    const cpu = Object.fromEntries(names.map((n) => [n, [] as number[]]));
    const texts = Object.fromEntries(names.map((n) => [n, new Map<string, string>()]));
    for (const [p, page] of pages.entries()) {
      for (let k = 0; k < names.length; k++) {
        const i = (p + k) % names.length;
        const name = names[i] as string;
        const child = children[i] as ChildProcess;
        const timing = reply<SideTiming>(child);
        child.send(page.id);
        const { wall: w, cpu: c, text } = await timing;
        wall[name]?.push(w);
        cpu[name]?.push(c);
        if (text !== undefined) texts[name]?.set(page.id, text);
      }
    }
    return { wall, cpu, texts };
  } finally {
    for (const child of children) child.kill();
  }
}

/** The setups of sides timing `job` for each revision (name → source root). */
export const sidesOf = (
  roots: Record<string, string>,
  job: SideSetup['job'],
  common: Omit<SideSetup, 'job' | 'root'>,
): Record<string, SideSetup> =>
  Object.fromEntries(Object.entries(roots).map(([name, root]) => [name, { ...common, job, root }]));

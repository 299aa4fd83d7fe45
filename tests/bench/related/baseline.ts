/**
 * Runs `run-pages.ts` in this tree, or in an export of another branch (`git archive`, the project's
 * node_modules and generated .wxt linked in), so the benchmark compares both in the same run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNNER = join('tests', 'bench', 'related', 'run-pages.ts');

/** Exports `ref` of the project's repository to a temporary directory ready to run TypeScript. */
export function exportRef(projectRoot: string, ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), `liseuse-${ref.replace(/\W+/g, '-')}-`));
  const tar = execFileSync('git', ['-C', projectRoot, 'archive', ref], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(projectRoot, '.wxt'), join(dir, '.wxt'), { recursive: true });
  // The baseline may predate the runner: use this tree's, so both sides run identical code around the pipeline.
  mkdirSync(join(dir, 'tests', 'bench', 'related'), { recursive: true });
  cpSync(join(projectRoot, RUNNER), join(dir, RUNNER));
  return dir;
}

/** Runs the pages in `root` and returns one parsed line per page. */
export function runPages<T>(
  root: string,
  pages: Array<{ id: string; file: string; url: string | null }>,
): T[] {
  const list = join(mkdtempSync(join(tmpdir(), 'liseuse-pages-')), 'pages.json');
  writeFileSync(list, JSON.stringify(pages));
  const out = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [RUNNER, list], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return out
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

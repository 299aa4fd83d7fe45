/**
 * A copy of another git revision's `utils/` (main by default) in a temporary folder, with a tsconfig that maps
 * '@/' onto it, so entities-predict.ts can run that revision's analysis in the same benchmark run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Path of a tsconfig whose '@/' is `rev`'s utils/, or null when git cannot provide it. */
export function checkoutRevision(projectRoot: string, rev: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-baseline-'));
  try {
    const tar = execFileSync('git', ['-C', projectRoot, 'archive', rev, 'utils'], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } catch {
    return null;
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  const compilerOptions = {
    target: 'ESNext',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    jsxImportSource: 'preact',
    paths: { '@/*': ['./*'] },
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions }));
  return join(dir, 'tsconfig.json');
}

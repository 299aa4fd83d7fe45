/**
 * FIREFOX: `web-ext lint` (addons-linter, offline) on a Firefox build; exits non-zero on any error, warning
 * or notice beyond the allowances below. Usage: tsx utils/cli/lint-firefox.ts .output/firefox-mv2
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { judgeLint, type LintAllowance, type LintReport } from './lint-verdict';

// None: the innerHTML assignments that bundled libraries made are patched out at install
// (utils/cli/library-patches.ts), and Liseuse's own code assigns no HTML.
const ALLOWANCES: LintAllowance[] = [];

async function lint(dir: string): Promise<LintReport> {
  const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
  const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'];
  // web-ext exits 1 when it finds errors; the report is on stdout either way.
  const { stdout } = await promisify(execFile)(bin, args, { maxBuffer: 64 << 20 }).catch(
    (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
  );
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${stdout}`);
  return JSON.parse(stdout.slice(start)) as LintReport;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: lint-firefox.ts BUILD_DIR');
  process.exit(2);
}
const verdict = judgeLint(await lint(resolve(dir)), ALLOWANCES);
for (const line of verdict.lines) console.error(line);
console.error(`web-ext lint ${dir}: ${verdict.ok ? 'passed' : 'FAILED'}`);
process.exit(verdict.ok ? 0 : 1);

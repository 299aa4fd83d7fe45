/**
 * FIREFOX: `web-ext lint` (addons-linter, offline) on a Firefox build; exits non-zero on any error, warning
 * or notice beyond the allowances below. Usage: tsx utils/cli/lint-firefox.ts .output/firefox-mv2
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { judgeLint, type LintAllowance, type LintReport } from './lint-verdict';

const ALLOWANCES: LintAllowance[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'innerHTML',
    // Liseuse's own code assigns no innerHTML (the reader appends DOMPurify's DOM output; noscript images
    // are rebuilt as elements). What remains is inside bundled libraries, on inert documents only:
    // Preact's dangerouslySetInnerHTML (never used), DOMPurify's parser fallback, Readability's page cache
    // and noscript unwrap, linkedom's innerHTML/outerHTML setters. The popup's and the import's workers
    // carry their own copies of Readability and linkedom, hence 17 places for 5 sources.
    count: 17,
    why: 'innerHTML assignments inside bundled libraries (Preact, DOMPurify, Readability, linkedom)',
  },
];

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

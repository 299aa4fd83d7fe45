/**
 * Command line on the analysis pipeline:
 *   npm run --silent analyze -- [--url URL] FILE...
 * FILE is .html, .html.gz or .txt (plain text, taken as the body). One JSON object per file per line on
 * stdout and nothing else; warnings go to stderr; the exit status is 1 when any file failed, 2 on bad usage.
 */
import { analyzeFile } from '@/utils/cli/analyze-file';
import { parseArgs } from '@/utils/cli/cli-args';

const USAGE = 'usage: npm run --silent analyze -- [--url URL] FILE...';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  let failed = false;
  for (const file of args.files) {
    const { line, warnings } = await analyzeFile(file, args.url);
    for (const warning of warnings) console.warn(warning);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    failed ||= !line.ok;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);

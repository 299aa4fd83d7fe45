/** Arguments of the analyze CLI. */

/** Splits the arguments into the optional page URL and the files. */
export function parseArgs(argv: string[]): { url?: string; files: string[] } | { error: string } {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url' || arg.startsWith('--url=')) {
      url = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!url || !URL.canParse(url))
        return { error: `--url needs an absolute URL, got ${url ?? 'nothing'}` };
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  return files.length > 0 ? { url, files } : { error: 'no input file' };
}

/**
 * Another revision's extraction (by default `main`), loaded next to the current code so both run in the same
 * process on the same pages: `git archive` of its `utils/` into `node_modules/.cache` (so its packages
 * resolve), with the `@/` alias rewritten to relative paths (tsx maps `@/` to the current tree only), and
 * the libraries as that revision patches them (baseline-libraries.ts).
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installBaselineLibraries } from './baseline-libraries';

/** Text extraction of one page, as the pipeline runs it: parse then extract. */
export type Extractor = (html: string, url: string) => string;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function rewriteAliases(root: string): void {
  for (const file of tsFiles(join(root, 'utils'))) {
    const source = readFileSync(file, 'utf8');
    const rewritten = source.replace(/(['"])@\/([^'"]+)\1/g, (_, quote: string, target: string) => {
      const rel = relative(dirname(file), join(root, target));
      return `${quote}${rel.startsWith('.') ? rel : `./${rel}`}${quote}`;
    });
    if (rewritten !== source) writeFileSync(file, rewritten);
  }
}

/**
 * Marks the copy at `root` as ES modules, as the project's package.json does for its own tree. A copy lives
 * under `node_modules`, where Node finds no package scope above it: without this its `.ts` files load as
 * CommonJS, every call into another module then reads a getter of that module's exports object: beside the
 * project's own modules, a CommonJS copy of identical code measured 1.44x them, an ES-module copy 1.33x.
 */
function markAsModules(root: string): void {
  const file = join(root, 'package.json');
  if (!existsSync(file)) writeFileSync(file, '{ "type": "module" }\n');
}

/** Checks out `utils/` of `ref` once per commit (aliases rewritten); returns the checkout's root. */
export function baselineRoot(projectRoot: string, ref: string): string {
  const git = (...args: string[]) => execFileSync('git', ['-C', projectRoot, ...args], { encoding: 'utf8' });
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`).trim();
  const root = join(projectRoot, 'node_modules', '.cache', 'liseuse-bench-baseline', commit);
  if (!existsSync(join(root, 'utils'))) {
    mkdirSync(root, { recursive: true });
    const archive = execFileSync('git', ['-C', projectRoot, 'archive', commit, 'utils'], {
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
    rewriteAliases(root);
  }
  markAsModules(root);
  installBaselineLibraries(projectRoot, root);
  return root;
}

/**
 * A copy of the working tree's `utils/` (aliases rewritten, loaded as ES modules), fresh each call: timed
 * against a baseline, the current code is loaded the same way, so neither side is compiled or resolved
 * differently.
 */
export function workingTreeRoot(projectRoot: string): string {
  const root = join(projectRoot, 'node_modules', '.cache', 'liseuse-bench-tree');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(projectRoot, 'utils'), join(root, 'utils'), { recursive: true });
  rewriteAliases(root);
  markAsModules(root);
  return root;
}

/** Imports `path` (e.g. `utils/article/...ts`) from the source tree at `root`. */
export async function moduleAt(root: string, path: string) {
  return import(pathToFileURL(join(root, path)).href);
}

/** Imports `path` (e.g. `utils/article/...ts`) from `ref`'s checkout. */
export async function baselineModule(projectRoot: string, ref: string, path: string) {
  return moduleAt(baselineRoot(projectRoot, ref), path);
}

type ExtractArticle = (
  doc: Document,
  options: { url: string; consumeDocument: boolean; freshCopy: () => Document },
) => { text: string };
type ParseHtml = (html: string, url: string) => Document;

/**
 * Parse then extract, as `analyzeSnapshot` runs it in Node and in the service worker: the parsed page is
 * consumed, and the rare page Readability must try twice is parsed again (`freshCopy`) rather than cloned.
 */
export const extractorOf =
  (extractArticle: ExtractArticle, parse: ParseHtml): Extractor =>
  (html, url) =>
    extractArticle(parse(html, url), { url, consumeDocument: true, freshCopy: () => parse(html, url) }).text;

/** `ref`'s parse-and-extract function. */
export async function loadBaseline(projectRoot: string, ref: string): Promise<Extractor> {
  const load = (path: string) => baselineModule(projectRoot, ref, path);
  const { extractArticle } = await load('utils/article/extract/extract-article.ts');
  const { parseHtmlWithLinkedom } = await load('utils/article/parse-html-linkedom.ts');
  return extractorOf(extractArticle, parseHtmlWithLinkedom);
}

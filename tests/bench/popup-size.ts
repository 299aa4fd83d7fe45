/**
 * Popup size budget: `npm run bench:popup-size [-- OUTPUT_DIR] [--budget KB]` after `wxt build`.
 * Sums the gzip -9 size of what `popup.html` needs to run its script and paint: the script, its stylesheets
 * and any chunk the script imports statically (dynamic `import()` is fetched later and not counted).
 * Prints each file and the total; exits 1 over budget, 2 on bad input.
 * Then prints, not budgeted, what loads on top (the closure of the dynamic imports), unzipped (what the
 * browser parses on the popup's first open): the analysis pipeline, which the page preloads
 * (`<link rel="modulepreload">` beyond its script's imports), and the rest (the library lookups, which
 * load after the analysis shows).
 */
import { readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const BUDGET_KB = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 80;
const outDir = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--budget') ?? '.output/chrome-mv3',
);

/** Root-relative paths of the page's scripts and stylesheets (`src`/`href`, modulepreload links left out). */
function htmlAssets(html: string): string[] {
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
  return tags
    .filter((tag) => !/rel="modulepreload"/.test(tag))
    .flatMap((tag) => /(?:src|href)="(\/(?:chunks|assets)\/[^"]+\.(?:js|css))"/.exec(tag)?.[1] ?? []);
}

/** Root-relative paths the page preloads with `<link rel="modulepreload">`. */
function preloadLinks(html: string): string[] {
  const tags = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
  return tags.flatMap((tag) => /href="(\/chunks\/[^"]+\.js)"/.exec(tag)?.[1] ?? []);
}

/** Static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`), as root-relative paths. */
function staticImports(path: string, code: string): string[] {
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g);
  return [...found].flatMap((m) => (m[1] ? [posix.join(posix.dirname(path), m[1])] : []));
}

/** Dynamic `import("./x.js")` targets of a built chunk, as root-relative paths. */
function dynamicImports(path: string, code: string): string[] {
  const found = code.matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g);
  return [...found].flatMap((m) => (m[1] ? [posix.join(posix.dirname(path), m[1])] : []));
}

/** `roots` and the closure of their static imports, leaving out what `loaded` already holds. */
function staticClosure(roots: string[], loaded: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path) || loaded.has(path)) continue;
    seen.add(path);
    if (path.endsWith('.js')) queue.push(...staticImports(path, readFileSync(join(outDir, path), 'utf8')));
  }
  return [...seen];
}

/** Every file loaded eagerly: the page's script and stylesheets and the closure of their static imports. */
const eagerFiles = (html: string): string[] => staticClosure(htmlAssets(html));

/** What the eager scripts' dynamic imports load on top of them. */
function lazyFiles(eager: string[]): string[] {
  const roots = eager
    .filter((path) => path.endsWith('.js'))
    .flatMap((path) => dynamicImports(path, readFileSync(join(outDir, path), 'utf8')));
  return staticClosure(roots, new Set(eager));
}

/** Prints the unzipped and gzipped size of `paths`. */
function printSizes(label: string, paths: string[]): void {
  let raw = 0;
  let zipped = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(outDir, path));
    raw += bytes.length;
    zipped += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`${label}: ${(raw / 1000).toFixed(1)} kB to parse, ${(zipped / 1000).toFixed(1)} kB gzipped`);
}

function main(): void {
  let html: string;
  try {
    html = readFileSync(join(outDir, 'popup.html'), 'utf8');
  } catch {
    console.error(`no popup.html in ${outDir}: run \`npx wxt build\` first`);
    process.exit(2);
  }
  let total = 0;
  const eager = eagerFiles(html);
  for (const path of eager) {
    const gz = gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;
    total += gz;
    console.log(`${(gz / 1000).toFixed(1).padStart(7)} kB  ${path}`);
  }
  const over = total > BUDGET_KB * 1000;
  console.log(`popup eager total: ${(total / 1000).toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
  const preloaded = new Set(preloadLinks(html));
  const lazy = lazyFiles(eager);
  printSizes(
    'preloaded for the first analysis',
    lazy.filter((path) => preloaded.has(path)),
  );
  printSizes(
    'loaded by import() when the popup asks',
    lazy.filter((path) => !preloaded.has(path)),
  );
  if (over) {
    console.error(`over budget by ${((total - BUDGET_KB * 1000) / 1000).toFixed(1)} kB`);
    process.exit(1);
  }
}

main();

/**
 * Extraction robustness: the same benchmark pages with their markup perturbed in general ways (class names
 * and ids meaningless, semantic tags and roles gone, the body split by unlabelled link blocks), scored like
 * `bench:extract` for plain Readability, this tree and another revision. A rule that leans on exact markup
 * shows as a larger drop than Readability's; the inserted blocks' leaks are counted too.
 *
 *   npm run bench:extract-robustness -- [--shared DIR] [--baseline REF|none] [--only NAME,...]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { type Extractor, loadBaseline } from './extract/baseline';
import { type Corpus, loadCorpus, writeGold } from './extract/corpus';
import { INSERTED, PERTURBATIONS } from './extract/perturb';
import { plainReadability as readability } from './extract/plain-readability';

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string' },
    baseline: { type: 'string', default: 'main' },
    only: { type: 'string' },
  },
});
const projectRoot = resolve(import.meta.dirname, '..', '..');
const shared = resolve(args.shared ?? join(projectRoot, '..', 'shared'));

const pipeline: Extractor = (html, url) =>
  extractArticle(parseHtmlWithLinkedom(html, url), { url, consumeDocument: true }).text;

async function main(): Promise<void> {
  const sides: Record<string, Extractor> = { readability, pipeline };
  if (args.baseline !== 'none') sides[args.baseline] = await loadBaseline(projectRoot, args.baseline);
  const outDir = mkdtempSync(join(tmpdir(), 'liseuse-bench-robust-'));
  console.log(`predictions: ${outDir}`);
  const wanted = args.only ? args.only.split(',') : ['none', ...Object.keys(PERTURBATIONS)];
  for (const name of ['zyte', 'trafilatura'] as Corpus['name'][]) {
    const corpus = loadCorpus(shared, name);
    const gold = writeGold(corpus, 'all', join(outDir, `${name}-gold.json`));
    for (const kind of wanted) {
      const perturb = PERTURBATIONS[kind] ?? ((html: string) => html);
      const pages = corpus.pages.map((p) => ({ ...p, html: perturb(p.html) }));
      for (const [side, fn] of Object.entries(sides)) {
        const texts = pages.map((p) => ({ id: p.id, text: fn(p.html, p.url) }));
        const file = join(outDir, `${name}-${kind}-${side}.jsonl`);
        writeFileSync(file, `${texts.map((t) => JSON.stringify(t)).join('\n')}\n`);
        const score = execFileSync(process.execPath, [corpus.scorer, gold, file], {
          encoding: 'utf8',
        }).trim();
        const leaks = texts.filter((t) => INSERTED.some((s) => t.text.includes(s))).length;
        console.log(
          `${name.padEnd(11)} ${kind.padEnd(8)} ${side.padEnd(11)} ${score}  inserted leaks ${leaks}`,
        );
      }
    }
  }
}

await main();

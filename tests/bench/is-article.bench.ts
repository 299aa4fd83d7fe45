/**
 * "Is it an article?" benchmark: the pipeline's verdict (`analyzeDocument(...).isArticle`) against labels of
 * our own (`tests/bench/is-article-gold.json`): fixture pages of our own writing (home pages, section fronts,
 * search results, product pages, short news items) and ids of shared corpus pages. Reports accuracy, the
 * non-article pages caught, the articles kept, and each mistake with the verdict's reason; the same for
 * another revision (`main` by default) in the same run.
 *
 *   npm run bench:is-article -- [--shared DIR] [--baseline REF|none] [--reasons]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { fixturePath } from '@/tests/fixtures/paths';
import { analyzeDocument } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { baselineModule } from './extract/baseline';

interface Labelled {
  name: string;
  html: string;
  url: string;
  article: boolean;
}
type Judge = (page: Labelled) => { isArticle: boolean; reason: string };

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string' },
    baseline: { type: 'string', default: 'main' },
    reasons: { type: 'boolean', default: false },
  },
});
const projectRoot = resolve(import.meta.dirname, '..', '..');
const shared = resolve(args.shared ?? join(projectRoot, '..', 'shared'));
const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'is-article-gold.json'), 'utf8'));

const httpUrl = (url: string | undefined, id: string) =>
  url && /^https?:\/\//.test(url) ? url : `https://example.invalid/${id}`;

function corpusPages(name: 'zyte' | 'trafilatura'): Labelled[] {
  const dir = join(shared, 'corpora', name === 'zyte' ? 'zyte-dev' : 'trafilatura-dev');
  const urls = JSON.parse(
    readFileSync(join(dir, name === 'zyte' ? 'ground-truth.json' : 'gold.json'), 'utf8'),
  );
  return Object.entries(gold[name] as Record<string, boolean>).map(([id, article]) => ({
    name: `${name}/${id.slice(0, 12)}`,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    url: httpUrl(urls[id]?.url, id),
    article,
  }));
}

function fixturePages(): Labelled[] {
  return Object.entries(gold.fixtures as Record<string, { url: string; article: boolean }>).map(
    ([file, { url, article }]) => ({
      name: file,
      html: readFileSync(fixturePath('pages', file), 'utf8'),
      url,
      article,
    }),
  );
}

const judgeWith =
  (analyze: typeof analyzeDocument, parse: typeof parseHtmlWithLinkedom): Judge =>
  (page) => {
    const result = analyze(parse(page.html, page.url), { url: page.url, consumeDocument: true });
    if (!result.ok)
      return { isArticle: false, reason: `error: ${result.error.message ?? result.error.code}` };
    const warning = result.value.warnings?.find((w) => w.code === 'not-article');
    return {
      isArticle: result.value.isArticle,
      reason: warning?.message.replace(/^[^(]*\((.*)\)$/, '$1') ?? '',
    };
  };

function report(label: string, pages: Labelled[], judge: Judge): void {
  const verdicts = pages.map((page) => ({ page, ...judge(page) }));
  const right = verdicts.filter((v) => v.isArticle === v.page.article);
  const count = (article: boolean) => verdicts.filter((v) => v.page.article === article);
  const caught = count(false).filter((v) => !v.isArticle).length;
  const kept = count(true).filter((v) => v.isArticle).length;
  console.log(
    `${label.padEnd(10)} accuracy ${(right.length / pages.length).toFixed(3)} (${right.length}/${pages.length})  ` +
      `non-articles caught ${caught}/${count(false).length}  articles kept ${kept}/${count(true).length}`,
  );
  for (const v of verdicts.filter((x) => x.isArticle !== x.page.article)) {
    console.log(`  ${v.page.article ? 'missed article' : 'took for article'}  ${v.page.name}  ${v.reason}`);
  }
  if (args.reasons) {
    for (const v of verdicts.filter((x) => !x.isArticle && !x.page.article))
      console.log(`  ok: ${v.page.name}  ${v.reason}`);
  }
}

async function main(): Promise<void> {
  const pages = [...fixturePages(), ...corpusPages('zyte'), ...corpusPages('trafilatura')];
  console.log(`${pages.length} labelled pages (${pages.filter((p) => !p.article).length} not articles)`);
  report('pipeline', pages, judgeWith(analyzeDocument, parseHtmlWithLinkedom));
  if (args.baseline !== 'none') {
    const load = (path: string) => baselineModule(projectRoot, args.baseline as string, path);
    const { analyzeDocument: analyze } = await load('utils/article/analyze-document.ts');
    const { parseHtmlWithLinkedom: parse } = await load('utils/article/parse-html-linkedom.ts');
    report(args.baseline as string, pages, judgeWith(analyze, parse));
  }
}

await main();

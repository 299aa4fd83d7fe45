/**
 * Dumps, for ranking experiments, every candidate entity of labelled pages with its features (see `rankFeatures`)
 * and its label by the page's gold: 2 key, 1 other real entity, 0 not real (the gold scorer's lenient matching).
 * One JSON line per page: {set, round, id, lang, key, other, shown, candidates}; `shown` is the list the product
 * shows today, `candidates` the hand order's head with features (and `described`, see below).
 *
 *   tsx tests/bench/rank-dump.ts --shared SHARED [--gold GOLD.json] [DIR...] > OUT.jsonl
 *
 * SHARED is the shared folder (corpora of the reader's gold, tests/bench/entities-gold.json by default); each
 * DIR holds NAME.html pages and a gold.json of the same shape (its name is the page's round). Only French and
 * English pages are dumped: the fitted order concerns the languages read fully.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeDocument } from '@/utils/article/analyze-document';
import {
  type Entity,
  type ExtractEntitiesOptions,
  extractEntities,
  type RankedEntity,
  rankedCandidates,
} from '@/utils/article/entities';
import { nameKey } from '@/utils/article/entities/normalize';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { analyzeFile } from '@/utils/cli/analyze-file';
import { type GoldPage, goldInput, loadDocs, loadGold } from './entities-corpus';
import { findEntity, norm } from './entities-gold-score';
import { rankFeatures, rankPage } from './rank-features';

// Candidates dumped per page: the hand order's head and a little beyond, where a re-ranker could reach.
const DUMPED = 20;

function args(argv: string[]): { shared: string; gold: string; dirs: string[] } {
  let shared = '';
  let gold = join(import.meta.dirname, 'entities-gold.json');
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--shared') shared = argv[++i] ?? '';
    else if (a === '--gold') gold = argv[++i] ?? '';
    else dirs.push(a);
  }
  if (!shared) {
    console.error('usage: tsx tests/bench/rank-dump.ts --shared SHARED [--gold GOLD.json] [DIR...]');
    process.exit(2);
  }
  return { shared, gold, dirs };
}

/** 2 key, 1 other real, 0 not real. */
function labelOf(text: string, page: GoldPage): number {
  const split = (e: string): string[] => e.split('|').map(norm);
  const all = [...page.key.map(split), ...page.other.map(split)];
  const i = findEntity(text, all, new Set());
  return i < 0 ? 0 : i < page.key.length ? 2 : 1;
}

/**
 * A cue the product does not read, tried beside the others: the page's description (the excerpt) names the
 * candidate, by its name, a variant or its last word.
 */
function described(e: Entity, excerpt: string): number {
  const said = ` ${nameKey(excerpt.replace(/[^\p{L}\p{N}\s.'’-]/gu, ' '))} `;
  const key = nameKey(e.text);
  const forms = [key, ...e.variants.map(nameKey), key.split(' ').at(-1) ?? ''];
  return Number(forms.some((k) => k.length > 2 && said.includes(` ${k} `)));
}

function line(
  set: string,
  round: string,
  page: GoldPage,
  text: string,
  options: ExtractEntitiesOptions,
  excerpt = '',
) {
  const ranked: RankedEntity[] = rankedCandidates(text, options);
  const order = readerOrder(ranked);
  const whole = rankPage(ranked, { text, title: options.title, lang: options.lang });
  const byEntity = new Map(ranked.map((r) => [r.entity, r]));
  const candidates = order.slice(0, DUMPED).map((e, at) => ({
    text: e.text,
    label: labelOf(e.text, page),
    features: {
      ...rankFeatures(byEntity.get(e) as RankedEntity, at, whole),
      described: described(e, excerpt),
    },
  }));
  const shown = extractEntities(text, options).map((e) => e.text);
  const { id, lang, key, other } = page;
  return JSON.stringify({ set, round, id, lang: lang.slice(0, 2), key, other, shown, candidates });
}

const fullyRead = (lang: string): boolean => ['fr', 'en'].includes(lang.slice(0, 2));

async function main(): Promise<void> {
  const { shared, gold, dirs } = args(process.argv.slice(2));
  const docs = new Map(loadDocs(shared).map((d) => [d.id, d]));
  for (const page of loadGold(gold).filter((p) => fullyRead(p.lang))) {
    const input = goldInput(shared, page, docs);
    if (input.kind === 'text') {
      console.log(line('gold', 'gold', page, input.text, { lang: input.lang }));
      continue;
    }
    const a = analyzeDocument(parseHtmlWithLinkedom(input.html, input.url), {
      url: input.url,
      consumeDocument: true,
    });
    if (!a.ok) continue;
    const v = a.value;
    console.log(line('gold', 'gold', page, v.text, optionsOf(v), v.excerpt ?? ''));
  }
  for (const dir of dirs) {
    const pages = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { pages: GoldPage[] }).pages;
    for (const page of pages.filter((p) => fullyRead(p.lang))) {
      const { line: l } = await analyzeFile(join(dir, `${page.id}.html`), undefined);
      if (!l.ok) continue;
      console.log(line('fresh', basename(dir), page, l.text, optionsOf(l), l.excerpt ?? ''));
    }
  }
}

/** The entity options an analysis gives (the product's and the CLI's shapes share these fields). */
function optionsOf(v: {
  lang: string;
  title: string;
  url: string;
  byline?: string | null;
  siteName?: string | null;
}) {
  return {
    lang: v.lang,
    title: v.title,
    url: v.url,
    byline: v.byline ?? undefined,
    site: v.siteName ?? undefined,
  };
}

await main();

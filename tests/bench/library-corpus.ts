/**
 * Builds realistic library articles for the benchmark by sampling real text from the shared corpora
 * (zyte-dev ground truth, readability-test-pages expected output, entities-dev documents). Nothing
 * is copied into the project: the text is read from the directory given on the command line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@/utils/article/types';
import type { ArticleInput } from '@/utils/store/types';

import { rng } from './seeded-rng';

/** Paragraph pools and entity mentions read from the corpora. */
export interface Corpus {
  docs: string[][];
  mentions: { text: string; type: string }[];
}

const stripTags = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z#0-9]+;/gi, ' ');

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 8);

/** Reads the three corpora under `dir` (any missing one is skipped). */
export function readCorpus(dir: string): Corpus {
  const docs: string[][] = [];
  const mentions: Corpus['mentions'] = [];
  const zyte = join(dir, 'zyte-dev/ground-truth.json');
  if (existsSync(zyte)) {
    const truth = JSON.parse(readFileSync(zyte, 'utf8')) as Record<string, { articleBody: string }>;
    for (const { articleBody } of Object.values(truth)) docs.push(paragraphs(articleBody));
  }
  const pages = join(dir, 'readability-test-pages');
  if (existsSync(pages)) {
    for (const slug of readdirSync(pages)) {
      const file = join(pages, slug, 'expected.html');
      if (existsSync(file))
        docs.push(paragraphs(stripTags(readFileSync(file, 'utf8').replace(/<\/(p|div|h\d|li)>/gi, '\n'))));
    }
  }
  const entities = join(dir, 'entities-dev/docs.jsonl');
  if (existsSync(entities)) {
    for (const line of readFileSync(entities, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { text: string; mentions: { text: string; type: string }[] };
      docs.push(paragraphs(doc.text));
      mentions.push(...doc.mentions.filter((m) => m.text.length > 2));
    }
  }
  return { docs: docs.filter((d) => d.length > 0), mentions };
}

const pick = <T>(list: T[], r: () => number): T => list[Math.floor(r() * list.length)] as T;
const TYPES: Entity['type'][] = ['person', 'organization', 'place', 'product', 'group', 'other'];
const SITES = [
  'lemonde.fr',
  'liberation.fr',
  'kulturegeek.fr',
  'theverge.com',
  'arstechnica.com',
  'bbc.co.uk',
  'nytimes.com',
  'numerama.com',
  'wired.com',
  'lesechos.fr',
];
const TAGS = [
  'tech',
  'sécurité',
  'cloud',
  'politique',
  'science',
  'à lire',
  'économie',
  'culture',
  'ia',
  'santé',
];

/** ~`words` words of consecutive paragraphs, hopping to other documents when one runs out. */
function body(corpus: Corpus, r: () => number, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const doc = pick(corpus.docs, r);
    for (let i = Math.floor(r() * doc.length); i < doc.length && count < words; i++) {
      out.push(doc[i] as string);
      count += (doc[i] as string).split(' ').length;
    }
  }
  return out;
}

/** Article `i` of the benchmark library: ~1,000 words, a title, site, tags and entities. */
export function makeArticle(corpus: Corpus, i: number, seed = 1): ArticleInput {
  const r = rng(seed * 1_000_003 + i);
  const paras = body(corpus, r, 900 + Math.floor(r() * 200));
  const text = paras.join('\n\n');
  const title = (paras[0] ?? 'Untitled')
    .split(' ')
    .slice(0, 6 + Math.floor(r() * 6))
    .join(' ');
  const site = pick(SITES, r);
  const entities: Entity[] = Array.from({ length: 6 }, (_, k) => {
    const m = pick(corpus.mentions, r);
    return { text: m.text, type: pick(TYPES, r), count: 6 - k, variants: [], score: 1 - k / 10 };
  });
  const wordCount = text.split(/\s+/).length;
  return {
    url: `https://www.${site}/${2020 + (i % 6)}/article-${seed}-${i}?utm_source=bench`,
    title,
    byline: null,
    siteName: site,
    lang: 'fr',
    excerpt: paras[0]?.slice(0, 200) ?? null,
    html: paras.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
    text,
    wordCount,
    readingTimeMinutes: Math.max(1, Math.round(wordCount / 230)),
    entities,
    tags: TAGS.filter(() => r() < 0.15),
    savedAt: Date.UTC(2020, 0, 1) + i * 3_600_000,
    status: r() < 0.3 ? 'archived' : 'unread',
    favorite: r() < 0.1,
  };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Varied queries: whole words, typing prefixes, accent-free forms of accented words, two words. */
export function makeQueries(corpus: Corpus, n: number, seed = 7): string[] {
  const r = rng(seed);
  const words = corpus.docs
    .flat()
    .join(' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length >= 5);
  const accented = words.filter((w) => fold(w) !== w.toLowerCase());
  const queries: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(words, r);
    switch (i % 5) {
      case 0:
        queries.push(w.toLowerCase());
        break;
      case 1:
        queries.push(w.slice(0, 3 + Math.floor(r() * 3)).toLowerCase());
        break;
      case 2:
        queries.push(fold(pick(accented.length ? accented : words, r)));
        break;
      case 3:
        queries.push(`${fold(w)} ${fold(pick(words, r)).slice(0, 4)}`);
        break;
      default:
        queries.push(fold(pick(corpus.mentions, r).text));
        break;
    }
  }
  return queries;
}

/** A Pocket `part_000000.csv` with `rows` rows (tags `|`-separated, statuses mixed, some with a cursor). */
export function makePocketCsv(corpus: Corpus, rows: number, seed = 3): string {
  const r = rng(seed);
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < rows; i++) {
    const title = pick(pick(corpus.docs, r), r).split(' ').slice(0, 8).join(' ');
    const tags = TAGS.filter(() => r() < 0.2).join('|');
    lines.push(
      [
        quote(title),
        `https://${pick(SITES, r)}/pocket/${seed}/${i}`,
        String(1500000000 + i * 600),
        `c${i}`,
        quote(tags),
        r() < 0.5 ? 'archive' : 'unread',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Child process of the fresh-rounds benchmark: runs one checkout's whole analysis over the rounds' pages and
 * prints one JSON line per page ({round, id, entities}). The '@/' imports resolve through the tsconfig tsx is
 * started with, so the same script reads this branch or a copy of another revision (see entities-baseline.ts).
 *
 *   tsx [--tsconfig OTHER/tsconfig.json] tests/bench/fresh-rounds-predict.ts ROUNDS_DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeDocument } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx tests/bench/fresh-rounds-predict.ts ROUNDS_DIR');
  process.exit(2);
}
for (const round of readdirSync(dir).sort()) {
  const files = readdirSync(join(dir, round)).filter((f) => f.endsWith('.html'));
  for (const file of files.sort()) {
    const id = basename(file, '.html');
    // An address of the web, as the popup has: the page's own canonical link wins when it has one.
    const url = `https://news.example/${round}/${id}`;
    const html = readFileSync(join(dir, round, file), 'utf8');
    const result = analyzeDocument(parseHtmlWithLinkedom(html, url), { url, consumeDocument: true });
    const entities = result.ok ? result.value.entities.map((e) => e.text) : [];
    process.stdout.write(`${JSON.stringify({ round, id, entities })}\n`);
  }
}

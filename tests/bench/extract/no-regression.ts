/**
 * No-regression check on Mozilla Readability's own test pages (`<slug>/source.html`): the pipeline must not
 * crash, nor come back empty (or with a small fraction of the text) where plain Readability finds an article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extractor } from './baseline';

/** Below this share of plain Readability's text, the pipeline's result counts as lost. */
const MIN_SHARE = 0.3;
/** Plain Readability's text must be at least this long for a page to count. */
const MIN_CHARS = 200;
/** The address Readability's own tests use. */
const URL = 'http://fakehost/test/page.html';

/** Characters other than spaces: Readability's text keeps the page's runs of blank lines and indents. */
const letters = (text: string): number => text.replace(/\s+/g, '').length;

/** Runs both extractors on every test page and prints crashes and pages where the pipeline lost the text. */
export function checkNoRegression(shared: string, readability: Extractor, pipeline: Extractor): void {
  const dir = join(shared, 'corpora', 'readability-test-pages');
  if (!existsSync(dir)) return;
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'source.html')));
  const crashed: string[] = [];
  const lost: string[] = [];
  for (const slug of slugs) {
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const plain = letters(readability(html, URL));
    let ours = 0;
    try {
      ours = letters(pipeline(html, URL));
    } catch (err) {
      crashed.push(`${slug} (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    if (plain >= MIN_CHARS && ours < MIN_SHARE * plain) lost.push(`${slug} (${ours} of ${plain} letters)`);
  }
  console.log(
    `\nreadability-test-pages: ${slugs.length} pages  crashes ${crashed.length}  lost text ${lost.length}`,
  );
  for (const line of [...crashed, ...lost]) console.log(`  ${line}`);
}

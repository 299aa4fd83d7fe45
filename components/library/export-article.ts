/** "Export as Markdown" in the reader: the article, its front matter and highlights, as one .md file. */
import { parseHtmlInBrowser } from '@/utils/article/parse-html';
import { buildArticleMarkdown } from '@/utils/library/io/export-files';
import type { LiseuseDatabase } from '@/utils/store';
import { download } from './download';

/** Builds and downloads article `id` as Markdown. */
export async function exportArticleMarkdown(db: LiseuseDatabase, id: string): Promise<void> {
  const file = await buildArticleMarkdown(db, id, { parse: parseHtmlInBrowser });
  if (file) download(file);
}

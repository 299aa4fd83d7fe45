/**
 * v1 → v2: `favorite` boolean becomes indexed 0/1, `entityKeys` and `position` are added, and a
 * search row is built for every article from its stored content. Works in chunks so a large
 * library is never all in memory at once.
 */
import type { Transaction } from 'dexie';
import { fold } from '@/utils/shared/fold';
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { ArticleContent, ArticleSummary } from '@/utils/store/types';

/** Shape of a v1 summary row where it differs from v2. */
type SummaryV1 = Omit<ArticleSummary, 'favorite' | 'entityKeys' | 'position'> & { favorite: boolean };

const CHUNK = 200;

function toV2(row: SummaryV1, content: ArticleContent | undefined): ArticleSummary {
  return {
    ...row,
    favorite: row.favorite ? 1 : 0,
    position: 0,
    entityKeys: [...new Set((content?.entities ?? []).map((e) => fold(e.text)))],
  };
}

/** Runs inside Dexie's upgrade transaction. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const articles = tx.table<SummaryV1 | ArticleSummary, string>('articles');
  const ids = (await articles.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = (await articles.bulkGet(chunk)) as (SummaryV1 | undefined)[];
    const contents = await tx.table<ArticleContent, string>('contents').bulkGet(chunk);
    const pairs = rows.flatMap((row, j) =>
      row ? [{ row: toV2(row, contents[j]), text: contents[j]?.text }] : [],
    );
    await articles.bulkPut(pairs.map((p) => p.row));
    await tx
      .table('search')
      .bulkPut(
        pairs.map(({ row, text }) =>
          buildSearchRow({ id: row.id, title: row.title, text: text ?? '', tags: row.tags, notes: [] }),
        ),
      );
  }
}

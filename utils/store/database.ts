/**
 * The one Dexie database of the library, shared by the background and the extension pages
 * (never opened by content scripts: their IndexedDB is the page's).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';
import { outboxMiddleware } from './outbox-middleware';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema';
import type { StoredSnapshot } from './search-index';
import type { OutboxEntry, SyncDocRow, SyncMetaRow } from './sync-types';
import type { Annotation, ArticleContent, ArticleSummary, SearchRow, StoredImage } from './types';
import { writeSequenceMiddleware } from './write-sequence';

/** Name of the production database. */
export const DATABASE_NAME = 'liseuse';

/** The typed Dexie database. */
export class LiseuseDatabase extends Dexie {
  articles!: EntityTable<ArticleSummary, 'id'>;
  contents!: EntityTable<ArticleContent, 'id'>;
  images!: Dexie.Table<StoredImage, [string, string]>;
  search!: EntityTable<SearchRow, 'id'>;
  searchIndex!: EntityTable<StoredSnapshot, 'key'>;
  annotations!: EntityTable<Annotation, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncDocs!: EntityTable<SyncDocRow, 'docId'>;
  syncMeta!: EntityTable<SyncMetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx: Transaction) => upgradeToV2(tx));
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx: Transaction) => upgradeToV3(tx));
    this.version(4).stores(SCHEMA_V4);
    this.use(writeSequenceMiddleware);
    this.use(outboxMiddleware);
  }
}

let shared: LiseuseDatabase | null = null;

/** The shared production database, opened lazily (Dexie opens on first query). */
export function getDatabase(): LiseuseDatabase {
  shared ??= new LiseuseDatabase();
  return shared;
}

/**
 * The one Dexie database of the library, shared by the background and the extension pages
 * (never opened by content scripts: their IndexedDB is the page's).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { NewerDatabaseError } from './errors';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';
import { upgradeToV4 } from './migrations/v4';
import { outboxMiddleware } from './outbox-middleware';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';
import type { StoredSnapshot } from './search-index';
import type { OutboxEntry, SyncDocRow, SyncMetaRow } from './sync-types';
import type { Annotation, ArticleContent, ArticleSummary, SearchRow, StoredImage, Thumbnail } from './types';
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
  thumbnails!: EntityTable<Thumbnail, 'id'>;
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
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx: Transaction) => upgradeToV4(tx));
    this.version(5).stores(SCHEMA_V5);
    this.use(writeSequenceMiddleware);
    this.use(outboxMiddleware);
    // Dexie 4 opens a database a newer version upgraded, at that version: reads then half work (search
    // finds nothing) and writes may damage what the newer version expects. Refuse it with a clear error.
    // Dexie reports the version it declares; the native one (ten times a Dexie version) tells the truth.
    // Sticky: checked at every open, as Dexie opens again after closing for another connection's upgrade.
    this.on(
      'ready',
      (db) => {
        const found = Math.floor((db as Dexie).backendDB().version / 10);
        if (found > CURRENT_VERSION) {
          (db as Dexie).close();
          throw new NewerDatabaseError(found, CURRENT_VERSION);
        }
      },
      true,
    );
  }
}

let shared: LiseuseDatabase | null = null;

/** The shared production database, opened lazily (Dexie opens on first query). */
export function getDatabase(): LiseuseDatabase {
  shared ??= new LiseuseDatabase();
  return shared;
}

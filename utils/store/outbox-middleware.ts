/**
 * Records every write to a synced table in `outbox`, in the same transaction (DBCore middleware): one
 * row per write listing the changed articles, article images or annotations, whoever writes them (saves, imports, the
 * reader, notes). A transaction over a synced table must include `outbox`, or the write fails loudly;
 * only schema upgrades, which run before `outbox` exists, are exempt.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { OutboxEntry } from './sync-types';

type KeyOf = (primaryKey: unknown, value?: unknown) => string | null;

const idKey =
  (prefix: string): KeyOf =>
  (key) =>
    typeof key === 'string' ? `${prefix}:${key}` : null;

/** Synced tables and the outbox key of a row, from its primary key. */
const SYNCED: Record<string, KeyOf> = {
  articles: idKey('article'),
  contents: idKey('article'),
  annotations: idKey('annotation'),
  images: (key) => (Array.isArray(key) && typeof key[0] === 'string' ? `images:${key[0]}` : null),
};

const isUpgrade = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/** Puts the entries; called synchronously inside Dexie's zone (the layers below read the zone's transaction). */
function writeEntries(down: DBCore, trans: DBCoreTransaction, primaryKeys: unknown[], keyOf: KeyOf) {
  const keys = [...new Set(primaryKeys.map((k) => keyOf(k)).filter((k) => k !== null))];
  const values: OutboxEntry[] = keys.length ? [{ keys, at: Date.now() }] : [];
  return down.table('outbox').mutate({ trans, type: 'add', values });
}

function mutateRecorded(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, keyOf: KeyOf) {
  if (isUpgrade(req.trans)) return table.mutate(req);
  if (req.type === 'deleteRange') {
    const query = { index: table.schema.primaryKey, range: req.range };
    // Dexie's own promises keep the zone across `then` (an `await` here would lose it).
    return table
      .query({ trans: req.trans, values: false, query })
      .then((found) => writeEntries(down, req.trans, found.result, keyOf))
      .then(() => table.mutate(req));
  }
  const keys =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey?.(v)));
  const recorded = writeEntries(down, req.trans, keys, keyOf);
  const written = table.mutate(req);
  return recorded.then(
    () => written,
    (err) => {
      written.catch(() => undefined); // the transaction aborts: one failure is enough
      throw err;
    },
  );
}

/** The middleware, registered by LiseuseDatabase. */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-outbox',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const keyOf = SYNCED[name];
      if (!keyOf) return table;
      return { ...table, mutate: (req) => mutateRecorded(down, table, req, keyOf) };
    },
  }),
};

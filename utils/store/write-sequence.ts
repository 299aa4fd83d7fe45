/**
 * Stamps every search row written with a rising sequence number (DBCore middleware), so the
 * search snapshot knows which rows it already covers, whoever writes them (saves, imports, notes).
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

let last = 0;

/** A number above every earlier one from this context, and above earlier writes of other contexts. */
export function nextSequence(): number {
  // Milliseconds × 1000 leaves room for 1000 writes per millisecond; never goes backwards here.
  last = Math.max(last + 1, Date.now() * 1000);
  return last;
}

function stamp(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'put' && req.type !== 'add') return req;
  return { ...req, values: req.values.map((v) => ({ ...(v as object), seq: nextSequence() })) };
}

/** The middleware, registered by LiseuseDatabase. */
export const writeSequenceMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'search-write-sequence',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return name === 'search' ? { ...table, mutate: (req) => table.mutate(stamp(req)) } : table;
    },
  }),
};

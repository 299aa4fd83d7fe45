/**
 * A small HTTP client for one CouchDB database, speaking the replication protocol's endpoints as the
 * CouchDB docs describe them: database info, `_changes` (normal and longpoll), `_revs_diff`,
 * `_bulk_get` (with the `open_revs` fallback), `_bulk_docs` with `new_edits: false`, and `_local`
 * checkpoint documents. Works with CouchDB 3, Cloudant and PouchDB Server.
 */
import { fetchJson, type HttpConfig } from './http';
import type { Revisions } from './revisions';
import { SyncError } from './sync-error';

/** One row of `_changes?style=all_docs`: a document and all its leaf revisions. */
export interface ChangeRow {
  id: string;
  seq: string | number;
  changes: { rev: string }[];
  deleted?: boolean;
}

/** A page of changes. */
export interface ChangesPage {
  results: ChangeRow[];
  last_seq: string | number;
}

/** A document revision as the server sends or stores it. */
export interface CouchDoc {
  _id: string;
  _rev: string;
  _revisions?: Revisions;
  _deleted?: boolean;
  _attachments?: Record<string, { content_type: string; data?: string; stub?: boolean }>;
  [field: string]: unknown;
}

/** A revision requested from `_bulk_get`, and what came back. */
export interface RevRef {
  id: string;
  rev: string;
}
export type Fetched = { ok: true; doc: CouchDoc } | { ok: false; id: string; rev: string };

const enc = encodeURIComponent;

type BulkGetDoc = { ok: CouchDoc } | { error?: { rev?: string }; missing?: string };

/** The client; `config.url` is the database's URL. */
export class CouchClient {
  constructor(private readonly config: HttpConfig) {}

  private call<T>(method: string, path: string, body?: unknown, timeoutMs?: number): Promise<T> {
    return fetchJson<T>(this.config, method, path, body, timeoutMs);
  }

  /** Database info (`update_seq`, …); SyncError 'not-found' when the database does not exist. */
  info(): Promise<{ db_name?: string; update_seq?: unknown }> {
    return this.call('GET', '');
  }

  /** Creates the database (needs admin rights on CouchDB). */
  async create(): Promise<void> {
    await this.call('PUT', '');
  }

  /** Changes since `since`, all leaf revisions per document; `longpollMs` waits for the next change. */
  changes(since: string | number, limit: number, longpollMs = 0): Promise<ChangesPage> {
    const feed = longpollMs ? `&feed=longpoll&timeout=${longpollMs}` : '';
    const path = `_changes?style=all_docs&since=${enc(String(since))}&limit=${limit}${feed}`;
    return this.call('GET', path, undefined, longpollMs ? longpollMs + 15_000 : undefined);
  }

  /** Which of these revisions the server lacks, by document id. */
  async revsDiff(revs: Record<string, string[]>): Promise<Record<string, string[]>> {
    const reply = await this.call<Record<string, { missing?: string[] }>>('POST', '_revs_diff', revs);
    return Object.fromEntries(Object.entries(reply).map(([id, r]) => [id, r.missing ?? []]));
  }

  /** Exact revisions with their history and inline attachments (`_bulk_get`, else one GET each). */
  async bulkGet(refs: RevRef[]): Promise<Fetched[]> {
    if (!refs.length) return [];
    try {
      const reply = await this.call<{ results: { id: string; docs: BulkGetDoc[] }[] }>(
        'POST',
        '_bulk_get?revs=true&attachments=true',
        { docs: refs },
      );
      // CouchDB reports a missing revision as {error: {id, rev}}, PouchDB Server as {missing: rev}.
      return reply.results.flatMap((r) =>
        r.docs.map(
          (d): Fetched =>
            'ok' in d
              ? { ok: true, doc: d.ok }
              : { ok: false, id: r.id, rev: d.error?.rev ?? d.missing ?? '' },
        ),
      );
    } catch (err) {
      // Servers before CouchDB 2.0 have no _bulk_get: read each revision with open_revs.
      if (!(err instanceof SyncError) || ![400, 404, 405, 501].includes(err.status)) throw err;
      return (await Promise.all(refs.map((ref) => this.openRev(ref)))).flat();
    }
  }

  private async openRev(ref: RevRef): Promise<Fetched[]> {
    const path = `${enc(ref.id)}?revs=true&attachments=true&open_revs=${enc(JSON.stringify([ref.rev]))}`;
    const reply = await this.call<({ ok: CouchDoc } | { missing: string })[]>('GET', path);
    return reply.map((d): Fetched => ('ok' in d ? { ok: true, doc: d.ok } : { ok: false, ...ref }));
  }

  /** Stores revisions as they are (`new_edits: false`); returns the ones the server refused. */
  async bulkDocs(docs: CouchDoc[]): Promise<{ id: string; error: string; reason?: string }[]> {
    if (!docs.length) return [];
    const reply = await this.call<{ id: string; error?: string; reason?: string }[]>('POST', '_bulk_docs', {
      docs,
      new_edits: false,
    });
    return reply.flatMap((r) => (r.error ? [{ id: r.id, error: r.error, reason: r.reason }] : []));
  }

  private async getPath<T>(path: string): Promise<T | null> {
    try {
      return await this.call<T>('GET', path);
    } catch (err) {
      if (err instanceof SyncError && err.code === 'not-found') return null;
      throw err;
    }
  }

  /** A document's winning revision, or null when it does not exist. */
  get<T extends object>(id: string): Promise<(T & { _rev: string }) | null> {
    return this.getPath(enc(id));
  }

  /** Creates or updates a document the usual way (new revision chosen by the server). */
  async put(id: string, doc: object): Promise<{ rev: string }> {
    return this.call('PUT', enc(id), doc);
  }

  /** A `_local` document (checkpoints; never replicated), or null. */
  getLocal<T extends object>(id: string): Promise<(T & { _rev: string }) | null> {
    return this.getPath(`_local/${enc(id)}`);
  }

  /** Writes a `_local` document (over its current revision: PouchDB Server checks it, CouchDB ignores it). */
  async putLocal(id: string, doc: object): Promise<void> {
    const current = await this.getLocal(id);
    await this.call('PUT', `_local/${enc(id)}`, { ...doc, ...(current ? { _rev: current._rev } : {}) });
  }
}

/** The replication protocol's endpoints against a real CouchDB-protocol server (PouchDB Server in memory). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '@/utils/cli/sync-server';
import { CouchClient, SyncError } from '@/utils/sync/protocol';

let server: SyncServer;
const auth = { username: 'reader', password: 's3cret' };

beforeAll(async () => {
  server = await startSyncServer(auth);
});
afterAll(() => server?.close());

const client = (db = 'proto', creds = auth) => new CouchClient({ url: `${server.url}/${db}`, ...creds });

describe('CouchClient', () => {
  it('creates a database and replicates revisions as given (new_edits: false)', async () => {
    const c = client();
    await c.create();
    expect((await c.info()).db_name).toBe('proto');
    expect(await c.revsDiff({ d1: ['1-aa', '2-bb'] })).toEqual({ d1: ['1-aa', '2-bb'] });
    const refused = await c.bulkDocs([
      { _id: 'd1', _rev: '2-bb', _revisions: { start: 2, ids: ['bb', 'aa'] }, e: 'one' },
      { _id: 'd1', _rev: '2-cc', _revisions: { start: 2, ids: ['cc', 'aa'] }, e: 'two' },
    ]);
    expect(refused).toEqual([]);
    expect(await c.revsDiff({ d1: ['2-bb', '3-dd'] })).toEqual({ d1: ['3-dd'] });
    const page = await c.changes(0, 10);
    expect(page.results).toHaveLength(1);
    expect(page.results[0]?.changes.map((ch) => ch.rev).sort()).toEqual(['2-bb', '2-cc']);
    const fetched = await c.bulkGet([
      { id: 'd1', rev: '2-cc' },
      { id: 'nope', rev: '1-x' },
    ]);
    const found = fetched.find((f) => f.ok);
    expect(found?.ok && found.doc._revisions).toEqual({ start: 2, ids: ['cc', 'aa'] });
    expect(found?.ok && found.doc.e).toBe('two');
    expect(fetched.some((f) => !f.ok && f.id === 'nope')).toBe(true);
  });

  it('keeps _local checkpoints out of the changes feed', async () => {
    const c = client();
    expect(await c.getLocal('cp')).toBe(null);
    await c.putLocal('cp', { last_seq: 5 });
    expect((await c.getLocal<{ last_seq: number }>('cp'))?.last_seq).toBe(5);
    const ids = (await c.changes(0, 100)).results.map((r) => r.id);
    expect(ids.some((id) => id.includes('cp'))).toBe(false);
  });

  it('waits on a longpoll until a change arrives', async () => {
    const c = client();
    const { last_seq } = await c.changes(0, 100);
    const waiting = c.changes(last_seq, 10, 5_000);
    await c.bulkDocs([{ _id: 'd2', _rev: '1-ee', _revisions: { start: 1, ids: ['ee'] }, e: 'x' }]);
    expect((await waiting).results.map((r) => r.id)).toEqual(['d2']);
  });

  it('tells a wrong password, a missing database and a stopped server apart', async () => {
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => (e instanceof SyncError ? e.code : String(e)),
      );
    expect(await code(client('proto', { username: 'reader', password: 'wrong' }).info())).toBe(
      'unauthorized',
    );
    expect(await code(client('missing').info())).toBe('not-found');
    await server.stop();
    try {
      expect(await code(client().info())).toBe('unreachable');
    } finally {
      await server.resume();
    }
    expect((await client().info()).db_name).toBe('proto');
  });

  it('says CORS when the browser refuses the request but the server answers an opaque probe', async () => {
    const refused: typeof fetch = async (_url, init) => {
      if (init?.mode === 'no-cors') return { type: 'opaque', ok: false } as Response;
      throw new TypeError('Failed to fetch');
    };
    const nothing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const code = (f: typeof fetch) =>
      new CouchClient({ url: 'https://couch.example.org/db', fetch: f }).info().then(
        () => 'ok',
        (e: unknown) => (e instanceof SyncError ? e.code : String(e)),
      );
    expect(await code(refused)).toBe('cors');
    expect(await code(nothing)).toBe('unreachable');
  });
});

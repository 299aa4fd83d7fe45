/**
 * Two devices (two library databases) replicating for real through a CouchDB-protocol server: saves,
 * highlights, images and deletions travel; concurrent edits made while the server is down converge to
 * the same state on both, nothing lost; the server holds ciphertext only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '@/utils/cli/sync-server';
import {
  deleteArticle,
  findArticleByUrl,
  getAnnotation,
  getArticle,
  getImages,
  type LiseuseDatabase,
  listAllAnnotations,
  putAnnotation,
  putImages,
  saveArticle,
  updateArticle,
} from '@/utils/store';
import { readStatus, startSync, syncNow } from '@/utils/sync';
import { englishArticle } from '../../fixtures/db/articles';
import { freshDatabase } from '../store/test-db';

let server: SyncServer;
let a: LiseuseDatabase;
let b: LiseuseDatabase;
const creds = { username: 'reader', password: 'pw' };
const ITERATIONS = 100_000;
const NOTE = 'Clé volée : vérifier les journaux de connexion';
const ANN = 'urn:uuid:11111111-2222-4333-8444-555555555555';
const URL = 'https://news.example.com/security/storm-keys';

const settings = () => ({
  url: `${server.url}/library`,
  ...creds,
  passphrase: 'deux appareils, une bibliothèque',
});
const both = async (rounds = 2) => {
  for (let i = 0; i < rounds; i++) {
    await syncNow(a);
    await syncNow(b);
  }
};

beforeAll(async () => {
  server = await startSyncServer(creds);
  a = freshDatabase();
  b = freshDatabase();
});
afterAll(async () => {
  await Promise.all([a?.delete(), b?.delete()]);
  await server?.close();
});

describe('sync between two devices', () => {
  it('refuses a wrong password and a wrong passphrase in plain words', async () => {
    await startSync(a, settings(), { iterations: ITERATIONS });
    await expect(
      startSync(b, { ...settings(), password: 'nope' }, { iterations: ITERATIONS }),
    ).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(
      startSync(b, { ...settings(), passphrase: 'another one' }, { iterations: ITERATIONS }),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await startSync(b, settings(), { iterations: ITERATIONS });
  });

  it('brings an article saved and highlighted on A, with its image, to B', async () => {
    const { id } = await saveArticle(a, { ...englishArticle, tags: ['sécurité'] });
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3, 4]);
    await putImages(a, [
      {
        articleId: id,
        url: 'https://news.example.com/key.png',
        status: 'stored',
        blob: new Blob([bytes], { type: 'image/png' }),
        error: null,
        fetchedAt: 5,
      },
    ]);
    await putAnnotation(a, {
      id: ANN,
      url: URL,
      target: { source: URL, selector: [{ type: 'TextQuoteSelector', exact: 'stolen key' }] },
      body: NOTE,
      color: 'green',
      tags: ['clé'],
      created: 10,
      modified: 10,
    });
    expect((await readStatus(a)).waiting).toBeGreaterThan(0);
    await both(1);
    expect((await readStatus(a)).waiting).toBe(0);
    const onB = await findArticleByUrl(b, URL);
    expect(onB).toMatchObject({ title: englishArticle.title, tags: ['sécurité'] });
    expect((await getArticle(b, onB?.id ?? ''))?.text).toBe(englishArticle.text);
    const note = await getAnnotation(b, ANN);
    expect(note).toMatchObject({ body: NOTE, color: 'green', tags: ['clé'], articleId: onB?.id });
    const image = (await getImages(b, onB?.id ?? '')).get('https://news.example.com/key.png');
    expect(new Uint8Array((await image?.blob?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
    expect((await readStatus(b)).error).toBe(null);
  });

  it('stores no plain text on the server: no title, text, URL, note or tag', async () => {
    const stored = await server.dump('library');
    for (const secret of [
      englishArticle.title ?? '',
      'stolen key',
      'news.example.com',
      NOTE,
      'sécurité',
      'clé',
      'Sam Lee',
    ])
      expect(stored).not.toContain(secret);
    expect(stored.length).toBeGreaterThan(500);
  });

  it('converges after both edit the same article and note while the server is down, losing nothing', async () => {
    await server.stop();
    const idA = (await findArticleByUrl(a, URL))?.id ?? '';
    const idB = (await findArticleByUrl(b, URL))?.id ?? '';
    await updateArticle(a, idA, { status: 'archived', tags: ['sécurité', 'à relire'] });
    await updateArticle(b, idB, { favorite: true, tags: ['sécurité', 'microsoft'], progress: 0.6 });
    const archivedAt = (await getArticle(a, idA))?.fieldTimes?.status;
    const starredAt = (await getArticle(b, idB))?.fieldTimes?.favorite;
    const noteA = await getAnnotation(a, ANN);
    const noteB = await getAnnotation(b, ANN);
    if (!noteA || !noteB) throw new Error('note missing');
    await putAnnotation(a, { ...noteA, body: 'Version écrite sur A', modified: 20 });
    await new Promise((r) => setTimeout(r, 5));
    await putAnnotation(b, { ...noteB, body: 'Version écrite sur B', modified: 21 });
    await expect(syncNow(a)).rejects.toMatchObject({ code: 'unreachable' });
    expect((await readStatus(a)).error?.code).toBe('unreachable');
    expect((await readStatus(a)).waiting).toBeGreaterThan(0);
    await server.resume();
    await both(3);

    for (const db of [a, b]) {
      const row = await findArticleByUrl(db, URL);
      expect(row).toMatchObject({ status: 'archived', favorite: 1, progress: 0.6 });
      expect(row?.tags.sort()).toEqual(['microsoft', 'sécurité', 'à relire']);
      // The library's own field times travel: imports on either device judge "newer" by the same times.
      expect(row?.fieldTimes).toMatchObject({ status: archivedAt, favorite: starredAt });
      const notes = (await listAllAnnotations(db)).filter((n) => n.url === URL);
      expect(notes.map((n) => n.body).sort()).toEqual(['Version écrite sur A', 'Version écrite sur B']);
      const copy = notes.find((n) => n.conflictOf);
      expect(copy?.conflictOf).toBe(ANN);
      expect((await readStatus(db)).waiting).toBe(0);
    }
    const [rowA, rowB] = await Promise.all([findArticleByUrl(a, URL), findArticleByUrl(b, URL)]);
    expect(rowA?.fieldTimes).toEqual(rowB?.fieldTimes);
    const [notesA, notesB] = await Promise.all([listAllAnnotations(a), listAllAnnotations(b)]);
    expect(notesA.map((n) => n.id).sort()).toEqual(notesB.map((n) => n.id).sort());
    expect((await readStatus(a)).conflicts + (await readStatus(b)).conflicts).toBeGreaterThan(0);
    // Both devices hold the same revision of every document: no conflict left, no ping-pong.
    const revs = async (db: LiseuseDatabase) =>
      (await db.syncDocs.toArray()).map((d) => `${d.docId}:${d.rev}`).sort();
    expect(await revs(a)).toEqual(await revs(b));
    const leaves = JSON.parse(await server.dump('library')) as { ok?: { _deleted?: boolean } }[][];
    expect(leaves.every((doc) => doc.filter((l) => l.ok && !l.ok._deleted).length <= 1)).toBe(true);
  });

  it('sends nothing once the reader withdraws access or consent, and says so', async () => {
    await expect(syncNow(a, { allowed: async () => false })).rejects.toMatchObject({ code: 'permission' });
    expect((await readStatus(a)).error?.code).toBe('permission');
    await syncNow(a, { allowed: async () => true });
    expect((await readStatus(a)).error).toBe(null);
  });

  it('carries a deletion made on B to A', async () => {
    const idB = (await findArticleByUrl(b, URL))?.id ?? '';
    await deleteArticle(b, idB);
    await syncNow(b);
    await syncNow(a);
    expect(await findArticleByUrl(a, URL)).toBeUndefined();
    // Highlights belong to the page, not the saved copy: they stay.
    expect(await getAnnotation(a, ANN)).toBeDefined();
  });
});

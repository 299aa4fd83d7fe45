/**
 * Imports never undo what the reader did (issue 13), one importer at a time, through `runImport` on
 * fake-indexeddb: the reader's starred, archived, retitled, tagged, noted article meets each file.
 * Undated files only add (favourite, archived and tags are united, the rest is kept); dated ones win
 * only where they are newer; notes that cannot be merged are kept beside and counted.
 */
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportW3cAnnotations } from '@/utils/library/io/annotations/w3c-export';
import { serializeLibrary } from '@/utils/library/io/library-json';
import type { HtmlCleaner } from '@/utils/library/io/omnivore';
import { runImport } from '@/utils/library/io/run-import';
import {
  findArticleByUrl,
  getArticle,
  type LiseuseDatabase,
  listAllAnnotations,
  putAnnotation,
  readLibraryDump,
  saveArticle,
  updateArticle,
} from '@/utils/store';
import type { Annotation } from '@/utils/store/types';
import { freshDatabase } from '../../store/test-db';

const URL_A = 'https://example.com/cloud';
const DAY = 86_400_000;
const clean: HtmlCleaner = (html) => ({ html, text: html.replace(/<[^>]*>/g, '') });
const bytes = (text: string) => strToU8(text);
let db: LiseuseDatabase;

beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

/** The reader's article: saved with content, then starred, archived, retitled and tagged. */
async function readersArticle(): Promise<string> {
  const { id } = await saveArticle(db, {
    url: URL_A,
    title: 'Saved title',
    html: '<p>Saved text</p>',
    text: 'Saved text',
  });
  await updateArticle(db, id, { favorite: true, status: 'archived', title: 'My title', tags: ['mine'] });
  return id;
}

const note = (id: string, body: string, modified: number, url = URL_A): Annotation => ({
  id,
  url,
  target: {
    source: url,
    selector: [{ type: 'TextQuoteSelector', exact: 'Saved text', prefix: '', suffix: '' }],
  },
  body,
  color: 'yellow',
  tags: [],
  created: modified,
  modified,
});

const run = (name: string, content: string | Uint8Array) =>
  runImport(db, { name, bytes: typeof content === 'string' ? bytes(content) : content }, { clean });

async function expectUntouched(id: string) {
  expect(await getArticle(db, id)).toMatchObject({
    title: 'My title',
    status: 'archived',
    favorite: 1,
    text: 'Saved text',
    tags: expect.arrayContaining(['mine']),
  });
}

describe('undated exports only add', () => {
  it('Pocket CSV: unread, unstarred and retitled in the file, the article stays as the reader left it', async () => {
    const id = await readersArticle();
    const summary = await run(
      'part_000000.csv',
      `title,url,time_added,tags,status\nPocket title,${URL_A},1600000000,pocket,unread\n`,
    );
    await expectUntouched(id);
    expect((await getArticle(db, id))?.tags).toEqual(['mine', 'pocket']);
    expect(summary).toMatchObject({ created: 0, updated: 1, keptYours: 1 });
  });

  it('Pocket CSV: an archived row archives an unread article (a union)', async () => {
    const { id } = await saveArticle(db, { url: URL_A, title: 'T', html: '<p>x</p>', text: 'x' });
    await run('part_000000.csv', `title,url,time_added,tags,status\nT,${URL_A},1600000000,,archive\n`);
    expect((await getArticle(db, id))?.status).toBe('archived');
  });

  it('Pocket HTML (ril_export.html) under "Unread"', async () => {
    const id = await readersArticle();
    const html = `<!DOCTYPE html><html><body><h1>Unread</h1><ul><li><a href="${URL_A}" time_added="1600000000" tags="">Other</a></li></ul></body></html>`;
    const summary = await run('ril_export.html', html);
    await expectUntouched(id);
    expect(summary).toMatchObject({ updated: 0, unchanged: 1, keptYours: 1 });
  });

  it('Instapaper CSV: the "Unread" folder does not unarchive, "Starred" stars', async () => {
    const id = await readersArticle();
    await updateArticle(db, id, { favorite: false });
    const summary = await run('instapaper.csv', `URL,Title,Selection,Folder\n${URL_A},Other,,Unread\n`);
    expect((await getArticle(db, id))?.status).toBe('archived');
    expect(summary.keptYours).toBe(1);
    await run('instapaper.csv', `URL,Title,Selection,Folder\n${URL_A},Other,,Starred\n`);
    expect((await getArticle(db, id))?.favorite).toBe(1);
  });

  it('Pocket highlights JSON and Markdown add highlights, never overwrite a note', async () => {
    await readersArticle();
    const pocket = JSON.stringify([
      { url: URL_A, title: 'x', highlights: [{ quote: 'Saved text', created_at: 1600000000 }] },
    ]);
    const first = await run('annotations.json', pocket);
    expect(first.annotations).toBe(1);
    const [row] = await listAllAnnotations(db);
    await putAnnotation(db, { ...(row as Annotation), body: 'my note', modified: Date.now() });
    const again = await run('annotations.json', pocket);
    expect(again).toMatchObject({ annotations: 0, keptYours: 0 });
    expect((await listAllAnnotations(db)).map((a) => a.body)).toEqual(['my note']);
  });
});

describe('dated exports win only where newer', () => {
  const omnivore = (updatedAt: string, state: string) =>
    zipSync({
      'metadata_0_to_1.json': strToU8(
        JSON.stringify([
          {
            id: '1',
            slug: 's',
            title: 'Omnivore title',
            url: URL_A,
            state,
            labels: ['omni'],
            savedAt: '2020-01-01T00:00:00Z',
            updatedAt,
          },
        ]),
      ),
    });

  it('Omnivore: an older item keeps the reader’s title, status and star; a newer one wins', async () => {
    const id = await readersArticle();
    const older = await run('omnivore.zip', omnivore('2020-01-02T00:00:00Z', 'Succeeded'));
    await expectUntouched(id);
    expect(older.keptYours).toBe(1);
    const newer = new Date(Date.now() + DAY).toISOString();
    await run('omnivore.zip', omnivore(newer, 'Succeeded'));
    expect(await getArticle(db, id)).toMatchObject({
      title: 'Omnivore title',
      status: 'unread',
      tags: ['omni'],
    });
  });

  it('Liseuse JSON: an older export over newer edits keeps title, text, status and note', async () => {
    const id = await readersArticle();
    await putAnnotation(db, note('n1', 'OLD NOTE from 2020', 1_577_836_800_000));
    const old = await readLibraryDump(db);
    // The export is from 2020: every time in it is older than today's edits.
    const stale = {
      ...old,
      articles: old.articles.map((a) => ({
        ...a,
        title: 'Old title',
        status: 'unread' as const,
        favorite: 0 as const,
        updatedAt: 1_577_836_800_000,
        fieldTimes: undefined,
      })),
      contents: old.contents.map((c) => ({ ...c, text: 'Old text', html: '<p>Old text</p>' })),
    };
    await putAnnotation(db, note('n1', 'NEW NOTE written today', Date.now()));
    const summary = await run('liseuse.json', await serializeLibrary(stale));
    await expectUntouched(id);
    expect((await listAllAnnotations(db)).map((a) => a.body)).toEqual(['NEW NOTE written today']);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 1, keptYours: 2 });
  });

  it('Liseuse JSON: a newer export wins field by field', async () => {
    const id = await readersArticle();
    const dump = await readLibraryDump(db);
    const later = Date.now() + DAY;
    const newer = {
      ...dump,
      articles: dump.articles.map((a) => ({
        ...a,
        status: 'unread' as const,
        fieldTimes: { ...a.fieldTimes, status: later },
      })),
    };
    const summary = await run('liseuse.json', await serializeLibrary(newer));
    expect(await getArticle(db, id)).toMatchObject({ status: 'unread', title: 'My title', favorite: 1 });
    expect(summary).toMatchObject({ updated: 1, keptYours: 0 });
  });

  it('Readwise CSV: an older note on the same highlight loses to the reader’s edit', async () => {
    await saveArticle(db, { url: URL_A, title: 'T' });
    const csv = `Highlight,Title,Author,URL,Note,Location,Date\nSaved text,T,,${URL_A},First thought,,2020-01-01 10:00:00\n`;
    await run('readwise.csv', csv);
    const [row] = await listAllAnnotations(db);
    await putAnnotation(db, { ...(row as Annotation), body: 'Second thought', modified: Date.now() });
    const summary = await run('readwise.csv', csv);
    expect((await listAllAnnotations(db)).map((a) => a.body)).toEqual(['Second thought']);
    expect(summary).toMatchObject({ annotations: 0, keptYours: 1, keptBoth: 0 });
  });
});

describe('W3C annotations with Liseuse ids', () => {
  it('an id of an existing note pointing at another page is kept beside, not moved', async () => {
    await putAnnotation(db, note('n1', 'NEW NOTE written today', Date.now()));
    const other = note('n1', 'OLD NOTE from 2020', 1_577_836_800_000, 'https://example.org/other');
    const summary = await run('annotations.jsonld', exportW3cAnnotations([other]));
    const rows = await listAllAnnotations(db);
    expect(rows).toHaveLength(2);
    expect(rows.find((a) => a.id === 'n1')).toMatchObject({ url: URL_A, body: 'NEW NOTE written today' });
    expect(rows.find((a) => a.id !== 'n1')).toMatchObject({
      url: 'https://example.org/other',
      body: 'OLD NOTE from 2020',
    });
    expect(summary).toMatchObject({ annotations: 1, keptYours: 1, keptBoth: 1 });
    // Importing the same file again finds the note it added: nothing doubles.
    const again = await run('annotations.jsonld', exportW3cAnnotations([other]));
    expect(await listAllAnnotations(db)).toHaveLength(2);
    expect(again).toMatchObject({ annotations: 0, keptBoth: 0 });
  });

  it('same page: older loses, newer wins, equal times with two notes keep both', async () => {
    const now = Date.now();
    await putAnnotation(db, note('n1', 'mine', now));
    expect(await run('a.jsonld', exportW3cAnnotations([note('n1', 'older', now - DAY)]))).toMatchObject({
      keptYours: 1,
      annotations: 0,
    });
    expect((await listAllAnnotations(db))[0]?.body).toBe('mine');
    expect(await run('a.jsonld', exportW3cAnnotations([note('n1', 'newer', now + DAY)]))).toMatchObject({
      keptYours: 0,
      annotations: 1,
    });
    expect((await listAllAnnotations(db))[0]?.body).toBe('newer');
    const tie = await run('a.jsonld', exportW3cAnnotations([note('n1', 'rival', now + DAY)]));
    expect(tie).toMatchObject({ keptYours: 1, keptBoth: 1 });
    expect((await listAllAnnotations(db)).map((a) => a.body).sort()).toEqual(['newer', 'rival']);
  });
});

it('a Liseuse restore never overwrites another article that happens to have the same id', async () => {
  const mine = await saveArticle(db, {
    url: 'https://example.com/mine',
    title: 'Mine',
    html: '<p>m</p>',
    text: 'm',
  });
  const dump = await readLibraryDump(db);
  const theirs = {
    ...dump,
    articles: dump.articles.map((a) => ({ ...a, url: 'https://example.com/theirs', title: 'Theirs' })),
  };
  await run('liseuse.json', await serializeLibrary(theirs));
  expect((await findArticleByUrl(db, 'https://example.com/mine'))?.id).toBe(mine.id);
  expect((await findArticleByUrl(db, 'https://example.com/theirs'))?.id).not.toBe(mine.id);
  expect(await db.articles.count()).toBe(2);
});

/** Import files in other encodings than UTF-8 are read or refused by name, and cut-off files are called so. */
import { strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText, EncodingError } from '@/utils/library/io/decode-text';
import { serializeLibrary } from '@/utils/library/io/library-json';
import { runImport } from '@/utils/library/io/run-import';
import { jsonEndsEarly, TruncatedFileError } from '@/utils/library/io/truncated';
import { type LiseuseDatabase, listArticles, readLibraryDump, saveArticle } from '@/utils/store';
import { freshDatabase } from '../../store/test-db';

const CSV =
  'title,url,time_added,tags,status\nÉté à Paris, café «crème»,https://example.com/ete,1700000000,sécurité,unread\n'.replace(
    'Été à Paris, café «crème»',
    '"Été à Paris, café «crème»"',
  );

/** Windows-1252 bytes of text that only uses Latin-1 characters. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  units.forEach((unit, i) => {
    view.setUint16(i * 2, unit, littleEndian);
  });
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(strToU8(CSV), 'a.csv')).toEqual({ text: CSV, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(CSV)]), 'a.csv').text).toBe(CSV);
  });

  it('reads UTF-16 by its BOM, and without one by its zero bytes', () => {
    for (const le of [true, false]) {
      expect(decodeText(utf16(CSV, le, true), 'a.csv')).toEqual({
        text: CSV,
        encoding: le ? 'UTF-16LE' : 'UTF-16BE',
      });
      expect(decodeText(utf16(CSV, le, false), 'a.csv').text).toBe(CSV);
    }
  });

  it('reads Latin-1 (Windows-1252), typographic quotes and the euro sign included', () => {
    const text = `${CSV}Prix,https://example.com/p,1,,unread\n`;
    expect(decodeText(latin1(text), 'a.csv')).toEqual({ text, encoding: 'Windows-1252' });
    expect(decodeText(new Uint8Array([0x93, 0x80, 0x35, 0x94]), 'q.csv').text).toBe('“€5”');
  });

  it('refuses what it cannot read, naming the encoding', () => {
    const sjis = new Uint8Array([
      0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd, 0x0a,
    ]);
    expect(() => decodeText(sjis, 'jp.csv')).toThrow(/multi-byte \(East Asian\)/);
    const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect(() => decodeText(utf32, 'x.csv')).toThrow(/UTF-32/);
    const damaged = new Uint8Array([...strToU8('café\nthé\n'), 0xe9, 0x0a, ...strToU8('crème brûlée')]);
    const err = (() => {
      try {
        decodeText(damaged, 'd.csv');
      } catch (e) {
        return e as EncodingError;
      }
    })();
    expect(err).toBeInstanceOf(EncodingError);
    expect(err).toMatchObject({ encoding: 'damaged UTF-8', line: 3 });
  });
});

describe('imports in other encodings', () => {
  let db: LiseuseDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.delete());
  const clean = (html: string) => ({ html, text: html });

  it('imports a Latin-1 Pocket CSV with its accents, and says how it was read', async () => {
    const summary = await runImport(db, { name: 'part_000000.csv', bytes: latin1(CSV) }, { clean });
    expect(summary).toMatchObject({ created: 1, encoding: 'Windows-1252' });
    const [row] = await listArticles(db);
    expect(row).toMatchObject({ title: 'Été à Paris, café «crème»', tags: ['sécurité'] });
  });

  it('imports a UTF-16 Instapaper CSV (as Excel saves "Unicode text")', async () => {
    const csv = 'URL,Title,Selection,Folder\r\nhttps://example.com/n,Thé glacé,,Unread\r\n';
    const summary = await runImport(db, { name: 'instapaper.csv', bytes: utf16(csv, true, true) }, { clean });
    expect(summary).toMatchObject({ created: 1, encoding: 'UTF-16LE' });
    expect((await listArticles(db))[0]?.title).toBe('Thé glacé');
  });

  it('reports a cut-off Liseuse export as truncated, writing nothing', async () => {
    await saveArticle(db, { url: 'https://example.com/a', title: 'A', html: '<p>a</p>', text: 'a' });
    const json = await serializeLibrary(await readLibraryDump(db));
    const target = freshDatabase();
    const cut = strToU8(json.slice(0, Math.floor(json.length * 0.6)));
    const failure = runImport(target, { name: 'liseuse-2026.json', bytes: cut }, { clean });
    await expect(failure).rejects.toBeInstanceOf(TruncatedFileError);
    await expect(failure).rejects.toMatchObject({ format: 'liseuse-json' });
    expect(await target.articles.count()).toBe(0);
    await target.delete();
  });
});

it('jsonEndsEarly tells a cut-off file from a malformed one', () => {
  expect(jsonEndsEarly('{"a": [1, 2')).toBe(true);
  expect(jsonEndsEarly('{"a": "str')).toBe(true);
  expect(jsonEndsEarly('{"a": "x\\"}"')).toBe(true);
  expect(jsonEndsEarly('{"a": 1,}')).toBe(false);
  expect(jsonEndsEarly('{"a": "}"}')).toBe(false);
});

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectTextFormat, parseImportFile } from '@/utils/library/io/detect';
import { readZip, unzipBudget } from '@/utils/library/io/zip';
import { fixtureBytes, fixtureText } from './fixture';

const clean = (html: string) => ({ html, text: html });

describe('format detection (by content, then name)', () => {
  it.each([
    ['export.csv', 'pocket-part_000000.csv', 'pocket-csv'],
    ['whatever.txt', 'instapaper-new.csv', 'instapaper-csv'],
    ['x.csv', 'instapaper-old.csv', 'instapaper-csv'],
    ['readwise.csv', 'readwise.csv', 'readwise-csv'],
    ['ril_export.html', 'ril_export.html', 'pocket-html'],
    ['annotations.json', 'hypothesis.json', 'w3c-annotations'],
    ['notes.md', 'omnivore-highlights.md', 'annotations-markdown'],
  ])('%s (%s) → %s', (name, fixture, format) => {
    expect(detectTextFormat(name, fixtureText(fixture))).toBe(format);
  });

  it('recognises Pocket and Omnivore zips by their files, wherever the root is', () => {
    const pocket = zipSync({ 'Pocket export/part_000000.csv': fixtureBytes('pocket-part_000000.csv') });
    const omnivore = zipSync({ 'export/metadata_0_to_20.json': strToU8('[]') });
    const other = zipSync({ 'a.txt': strToU8('x') });
    const kind = (bytes: Uint8Array) => {
      const p = parseImportFile('f.zip', bytes, { clean });
      return p.kind === 'records' ? p.parsed.format : p.kind;
    };
    expect(kind(pocket)).toBe('pocket-zip');
    expect(kind(omnivore)).toBe('omnivore-zip');
    expect(() => kind(other)).toThrow(/Unrecognised/);
  });

  it('recognises Pocket annotation JSON and Liseuse library JSON', () => {
    expect(detectTextFormat('a.json', '[{"url":"https://x.y","highlights":[]}]')).toBe('pocket-annotations');
    expect(detectTextFormat('l.json', '{"format":"liseuse-library","version":1}')).toBe('liseuse-json');
    expect(detectTextFormat('l.json', '{"hello":1}')).toBeNull();
  });
});

describe('zip imports stay proportionate to the archive', () => {
  it('never inflates entries no parser reads, however large', () => {
    const junk = new Uint8Array(48 * 1024 * 1024);
    const zip = zipSync(
      { 'Pocket/part_000000.csv': fixtureBytes('pocket-part_000000.csv'), 'Pocket/cover.bin': junk },
      { level: 9 },
    );
    // 48 MiB of zeros deflate to ~50 kB: far past the archive's budget, but never read.
    expect(zip.length).toBeLessThan(200_000);
    expect(unzipBudget(zip.length)).toBeLessThan(junk.length);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['Pocket/part_000000.csv']);
  });

  it('refuses an archive whose readable entries inflate past its budget', () => {
    const bomb = zipSync({ 'part_000000.csv': new Uint8Array(40 * 1024 * 1024).fill(44) }, { level: 9 });
    expect(() => parseImportFile('bomb.zip', bomb, { clean })).toThrow(RangeError);
  });
});

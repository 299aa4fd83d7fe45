import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, splitCsvRecords, toCsv } from '@/utils/library/io/csv';

describe('CSV (RFC 4180)', () => {
  it('reads quotes, doubled quotes, newlines in cells, CRLF and a BOM, with start lines', () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n"multi\r\nline",z\r\nlast,row';
    const records = splitCsvRecords(text);
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\r\nline', 'z'],
      ['last', 'row'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('reads rows by header name whatever the column order, case-insensitively', () => {
    const t1 = parseCsv('url,title\nhttps://a,A\n');
    const t2 = parseCsv('Title,URL\nA,https://a\n');
    for (const t of [t1, t2]) {
      expect(t.rows[0]?.get('url')).toBe('https://a');
      expect(t.rows[0]?.get('TITLE')).toBe('A');
      expect(t.rows[0]?.get('missing')).toBeUndefined();
    }
  });

  it('reports rows with the wrong cell count and unterminated quotes by line, keeping the rest', () => {
    const t = parseCsv('a,b\n1,2\n3\n4,5,6\n7,8\n"open,9\n');
    expect(t.rows.map((r) => [r.line, r.get('a')])).toEqual([
      [2, '1'],
      [5, '7'],
    ]);
    expect(t.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(t.errors[2]?.message).toMatch(/unterminated/);
  });

  it('skips blank lines and handles a final line without newline', () => {
    const t = parseCsv('a\n\n1\n\n2');
    expect(t.rows.map((r) => r.get('a'))).toEqual(['1', '2']);
  });

  it('writes cells that parse back to the same values', () => {
    const rows = [['plain', 'with, comma', 'quote "q"', 'line\nbreak', ' padded ']];
    const parsed = parseCsv(toCsv(['a', 'b', 'c', 'd', 'e'], rows));
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => parsed.rows[0]?.get(k))).toEqual(rows[0]);
    expect(csvCell('x')).toBe('x');
  });
});

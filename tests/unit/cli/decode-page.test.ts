import { describe, expect, it } from 'vitest';
import { decodePage } from '@/utils/cli/decode-page';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const page = (charset: string, body: string) =>
  `<html><head><meta charset="${charset}"></head><body>${body}</body></html>`;

describe('decodePage', () => {
  it('reads the charset a <meta> declares when the bytes are no UTF-8', () => {
    expect(decodePage(latin1(page('iso-8859-1', 'Besan\u00e7on')))).toEqual({
      ok: true,
      value: page('iso-8859-1', 'Besançon'),
    });
    const cp1251 = new Uint8Array([
      ...latin1(page('windows-1251', '')).slice(0, -14),
      0xcc,
      0xee,
      0xf1,
      0xea,
      0xe2,
      0xe0,
    ]);
    const read = decodePage(cp1251);
    expect(read.ok && read.value.endsWith('Москва')).toBe(true);
    const http = latin1(
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\u00e9t\u00e9</p>',
    );
    expect(decodePage(http)).toMatchObject({ ok: true, value: expect.stringContaining('été') });
  });

  it('keeps UTF-8 that a page saved again declares in its old charset', () => {
    const bytes = new TextEncoder().encode(page('iso-8859-1', 'Besançon'));
    expect(decodePage(bytes)).toEqual({ ok: true, value: page('iso-8859-1', 'Besançon') });
  });

  it('reads bad bytes of an undeclared or unknown charset as UTF-8 with replacement characters', () => {
    expect(decodePage(latin1('<p>caf\u00e9</p>'))).toEqual({ ok: true, value: '<p>caf\ufffd</p>' });
    expect(decodePage(latin1(page('x-klingon', 'caf\u00e9')))).toMatchObject({
      ok: true,
      value: expect.stringContaining('caf\ufffd'),
    });
  });

  it('reads UTF-16 after its byte-order mark', () => {
    expect(decodePage(new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0]))).toEqual({
      ok: true,
      value: '<p>',
    });
  });

  it('refuses bytes that are no text', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(decodePage(junk)).toEqual({ ok: false, error: 'binary data, not text' });
    expect(decodePage(latin1(`<p>Hello${'\u0000'.repeat(50)}</p>`)).ok).toBe(false);
    expect(decodePage(latin1('line one\r\n\tline two\f')).ok).toBe(true);
  });
});

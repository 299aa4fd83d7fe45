/** End-to-end encryption: keys from a passphrase, sealed documents bound to their id, the key document. */
import { describe, expect, it } from 'vitest';
import {
  deriveSyncKeys,
  KEY_DOC_ID,
  keyedHex,
  newKeyDocument,
  openJson,
  sealJson,
  unlockKeyDocument,
  WrongPassphraseError,
} from '@/utils/sync/crypto';

const salt = new Uint8Array(16).fill(7);

describe('sync crypto', () => {
  it('derives the same keys from the same passphrase and salt, different ones otherwise', async () => {
    const a = await deriveSyncKeys('correct horse', salt, 100_000);
    const b = await deriveSyncKeys('correct horse', salt, 100_000);
    const c = await deriveSyncKeys('correct horsf', salt, 100_000);
    expect(await keyedHex(a.mac, 'https://example.org/a')).toBe(
      await keyedHex(b.mac, 'https://example.org/a'),
    );
    expect(await keyedHex(a.mac, 'https://example.org/a')).not.toBe(
      await keyedHex(c.mac, 'https://example.org/a'),
    );
    expect(a.enc.extractable).toBe(false);
    expect(a.mac.extractable).toBe(false);
  });

  it('seals JSON so that only the same key and document id open it, with no plain text inside', async () => {
    const { enc } = await deriveSyncKeys('pass', salt, 100_000);
    const value = { title: 'Un titre très secret', text: 'secret '.repeat(200) };
    const sealed = await sealJson(enc, value, 'doc-1');
    expect(sealed).not.toContain('secret');
    expect(atob(sealed)).not.toContain('secret');
    // Compressed before encryption: far smaller than the repeated text.
    expect(sealed.length).toBeLessThan(JSON.stringify(value).length / 3);
    expect(await openJson(enc, sealed, 'doc-1')).toEqual(value);
    await expect(openJson(enc, sealed, 'doc-2')).rejects.toThrow();
    const other = await deriveSyncKeys('other', salt, 100_000);
    await expect(openJson(other.enc, sealed, 'doc-1')).rejects.toThrow();
    // A fresh IV each time: the same value never seals to the same text.
    expect(await sealJson(enc, value, 'doc-1')).not.toBe(sealed);
  });

  it('opens a key document with the right passphrase and refuses a wrong one', async () => {
    const { doc, keys } = await newKeyDocument('my passphrase', 100_000);
    expect(JSON.stringify(doc)).not.toContain('my passphrase');
    const unlocked = await unlockKeyDocument('my passphrase', doc);
    const sealed = await sealJson(keys.enc, { n: 1 }, 'x');
    expect(await openJson(unlocked.enc, sealed, 'x')).toEqual({ n: 1 });
    await expect(unlockKeyDocument('not it', doc)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlockKeyDocument('my passphrase', { ...doc, iterations: 10 })).rejects.toThrow(
      /key document/,
    );
    expect(KEY_DOC_ID).not.toMatch(/^[0-9a-f]{32}$/);
  });
});

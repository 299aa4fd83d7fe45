/**
 * The one plain document on the server: how to derive the library's keys (salt, iterations) and a
 * check value sealed with them, so a second device learns the salt and a wrong passphrase is caught
 * before anything is decrypted or written. It holds nothing about the library.
 */
import { base64ToBytes, bytesToBase64 } from '@/utils/shared/base64';
import { openJson, sealJson, toBuffer } from './cipher';
import { deriveSyncKeys, newSalt, PBKDF2_ITERATIONS, type SyncKeys } from './keys';

/** Its id: not a hex hash, so the replicator never mistakes it for a library document. */
export const KEY_DOC_ID = 'liseuse-keys';
const CHECK = 'liseuse-key-check-v1';

/** The key document as stored (CouchDB fields aside). */
export interface KeyDocument {
  format: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  check: string;
}

/** Thrown when the passphrase does not open the server's library. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('This passphrase does not open the library stored on this server.');
    this.name = 'WrongPassphraseError';
  }
}

/** A new key document for a new server library, with its keys. */
export async function newKeyDocument(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ doc: KeyDocument; keys: SyncKeys }> {
  const salt = newSalt();
  const keys = await deriveSyncKeys(passphrase, salt, iterations);
  const check = await sealJson(keys.enc, CHECK, KEY_DOC_ID);
  return {
    doc: { format: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: bytesToBase64(salt), check },
    keys,
  };
}

const isKeyDocument = (v: unknown): v is KeyDocument => {
  const d = v as Partial<KeyDocument> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.format === 1 &&
    d.kdf === 'PBKDF2-SHA-256' &&
    typeof d.iterations === 'number' &&
    Number.isInteger(d.iterations) &&
    d.iterations >= 100_000 &&
    d.iterations <= 10_000_000 &&
    typeof d.salt === 'string' &&
    d.salt.length <= 64 &&
    typeof d.check === 'string' &&
    d.check.length <= 512
  );
};

/** Derives the keys a key document describes; throws WrongPassphraseError when they do not open its check. */
export async function unlockKeyDocument(passphrase: string, doc: unknown): Promise<SyncKeys> {
  if (!isKeyDocument(doc)) throw new Error('The server’s key document is not one Liseuse wrote.');
  const keys = await deriveSyncKeys(passphrase, toBuffer(base64ToBytes(doc.salt)), doc.iterations);
  const check = await openJson(keys.enc, doc.check, KEY_DOC_ID).catch(() => null);
  if (check !== CHECK) throw new WrongPassphraseError();
  return keys;
}

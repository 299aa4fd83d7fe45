/**
 * Key derivation for end-to-end encryption: the reader's passphrase → PBKDF2-SHA-256 → HKDF → one
 * AES-GCM key (document contents) and one HMAC key (document and revision ids). Both keys are
 * non-extractable: they can be stored in IndexedDB and used, never read back.
 */

/** The two keys of a synced library. */
export interface SyncKeys {
  /** AES-GCM-256, encrypts every document's content. */
  enc: CryptoKey;
  /** HMAC-SHA-256, turns URLs and local ids into opaque document ids, and derives revision ids. */
  mac: CryptoKey;
}

/** PBKDF2 iterations for new libraries (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;

const encoder = new TextEncoder();

/** A fresh random salt for a new library. */
export function newSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(16));
}

/** Derives the library's keys from the passphrase and the library's salt and iteration count. */
export async function deriveSyncKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<SyncKeys> {
  const password = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    password,
    256,
  );
  const master = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(info),
  });
  const [enc, mac] = await Promise.all([
    crypto.subtle.deriveKey(
      hkdf('liseuse sync v1 content'),
      master,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ),
    crypto.subtle.deriveKey(
      hkdf('liseuse sync v1 ids'),
      master,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    ),
  ]);
  return { enc, mac };
}

/**
 * Opening a server library: the database is created if it does not exist (when the account may), and
 * the key document is read, or written for a new library, so the passphrase yields the same keys on
 * every device, and a wrong passphrase is refused before anything is decrypted or written.
 */
import {
  KEY_DOC_ID,
  type KeyDocument,
  newKeyDocument,
  type SyncKeys,
  unlockKeyDocument,
  WrongPassphraseError,
} from '@/utils/sync/crypto';
import { type CouchClient, SyncError } from '@/utils/sync/protocol';

/** The library's keys and the salt that identifies it. */
export interface OpenedLibrary {
  keys: SyncKeys;
  salt: string;
}

async function ensureDatabase(client: CouchClient): Promise<void> {
  try {
    await client.info();
  } catch (err) {
    if (!(err instanceof SyncError) || err.code !== 'not-found') throw err;
    await client.create().catch((e: unknown) => {
      // Created meanwhile by another device: fine.
      if (e instanceof SyncError && e.status === 412) return;
      throw e;
    });
  }
}

/** Opens (or creates) the encrypted library on the server with `passphrase`. */
export async function connect(
  client: CouchClient,
  passphrase: string,
  iterations?: number,
): Promise<OpenedLibrary> {
  await ensureDatabase(client);
  let doc = await client.get<KeyDocument>(KEY_DOC_ID);
  if (!doc) {
    const made = await newKeyDocument(passphrase, iterations);
    try {
      await client.put(KEY_DOC_ID, made.doc);
      return { keys: made.keys, salt: made.doc.salt };
    } catch (err) {
      // Another device created the library first: use its key document.
      if (!(err instanceof SyncError) || err.status !== 409) throw err;
      doc = await client.get<KeyDocument>(KEY_DOC_ID);
      if (!doc) throw err;
    }
  }
  try {
    return { keys: await unlockKeyDocument(passphrase, doc), salt: doc.salt };
  } catch (err) {
    if (err instanceof WrongPassphraseError) throw new SyncError('wrong-passphrase', err.message);
    throw new SyncError('bad-response', err instanceof Error ? err.message : String(err));
  }
}

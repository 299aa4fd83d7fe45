/** End-to-end encryption of synced documents: keys, sealing, keyed hashes, the library's key document. */
export { decryptBytes, encryptBytes, openJson, sealJson, toBuffer } from './cipher';
export {
  KEY_DOC_ID,
  type KeyDocument,
  newKeyDocument,
  unlockKeyDocument,
  WrongPassphraseError,
} from './key-document';
export { keyedHex } from './keyed-hash';
export { deriveSyncKeys, newSalt, PBKDF2_ITERATIONS, type SyncKeys } from './keys';

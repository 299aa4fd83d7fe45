/**
 * AES-GCM sealing of one document's content. The plaintext is gzip-compressed first (articles are
 * text: about a third of the bytes to send and store), a fresh 96-bit IV leads the ciphertext, and
 * the document id is the additional data, so the server cannot move a ciphertext to another document.
 */
import { base64ToBytes, bytesToBase64 } from '@/utils/shared/base64';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const IV_BYTES = 12;

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** Encrypts bytes: IV ‖ ciphertext+tag, bound to `aad`. */
export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    key,
    plain,
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return out;
}

/** Decrypts what encryptBytes made; throws when the key, the data or `aad` do not match. */
export async function decryptBytes(
  key: CryptoKey,
  sealed: Uint8Array<ArrayBuffer>,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < IV_BYTES + 16) throw new Error('Sealed data is too short.');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES), additionalData: encoder.encode(aad) },
    key,
    sealed.subarray(IV_BYTES),
  );
  return new Uint8Array(plain);
}

/** JSON → gzip → AES-GCM → base64, for a document's `e` field. */
export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<string> {
  const zipped = await transform(encoder.encode(JSON.stringify(value)), new CompressionStream('gzip'));
  return bytesToBase64(await encryptBytes(key, zipped, aad));
}

/** The inverse of sealJson; throws on a wrong key, tampering or malformed input. */
export async function openJson(key: CryptoKey, sealed: string, aad: string): Promise<unknown> {
  const zipped = await decryptBytes(key, toBuffer(base64ToBytes(sealed)), aad);
  return JSON.parse(decoder.decode(await transform(zipped, new DecompressionStream('gzip'))));
}

/** The same bytes over a plain ArrayBuffer (what WebCrypto's types ask for). */
export function toBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

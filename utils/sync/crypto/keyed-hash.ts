/**
 * Keyed hashes (HMAC-SHA-256 under the library's id key), in hex: what the server sees instead of
 * URLs and local ids, and the deterministic part of revision ids.
 */

const encoder = new TextEncoder();

/** The first `length` hex digits of HMAC(key, text). */
export async function keyedHex(key: CryptoKey, text: string, length = 32): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex.slice(0, length);
}

/**
 * Random UUIDs (version 4) from `crypto.getRandomValues`, which every context has. `crypto.randomUUID`
 * exists only in secure contexts: on a plain `http://` site (not localhost) a content script has none.
 */

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A fresh RFC 4122 version-4 UUID, lower case. */
export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const s = hex(b);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

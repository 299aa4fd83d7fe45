/** Stable ids from content (pure), so importing the same record twice finds the same row. */

/** 64-bit FNV-1a of `text` as 16 hex digits. */
export function stableId(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

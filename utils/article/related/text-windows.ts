// Which strings a long text may hold, known at once: a page of 100,000 story links asked the text whether it held
// each link's title, each time a search of the whole text (tens of seconds on a 5 MB page).

/** The length of the windows kept: a string this long or longer is looked up by its first and last ones. */
export const WINDOW = 12;
const BASE = 31;
// BASE ** (WINDOW - 1), as the 32-bit products the rolling hash uses.
const TOP = Array.from({ length: WINDOW - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + WINDOW; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The text's windows of WINDOW characters, as bits of their hash: a string whose first or last window is not
 * set is surely not in the text; one whose windows are both set may be (a few in a hundred are not).
 */
export class TextWindows {
  private readonly bits: Uint8Array;
  private readonly mask: number;

  constructor(text: string) {
    // About eight bits a window keeps most of them unset (a chance in eight that a window missing seems there).
    let size = 1 << 16;
    while (size < 8 * text.length && size < 1 << 28) size *= 2;
    this.bits = new Uint8Array(size >>> 3);
    this.mask = size - 1;
    if (text.length < WINDOW) return;
    let h = hashAt(text, 0);
    this.set(h);
    for (let i = WINDOW; i < text.length; i++) {
      h = (Math.imul(h - Math.imul(text.charCodeAt(i - WINDOW), TOP), BASE) + text.charCodeAt(i)) | 0;
      this.set(h);
    }
  }

  private set(h: number): void {
    const b = h & this.mask;
    this.bits[b >>> 3] = (this.bits[b >>> 3] ?? 0) | (1 << (b & 7));
  }

  private has(h: number): boolean {
    const b = h & this.mask;
    return ((this.bits[b >>> 3] ?? 0) & (1 << (b & 7))) !== 0;
  }

  /** False when `s` (at least WINDOW characters) is surely not in the text. */
  mayHold(s: string): boolean {
    return this.has(hashAt(s, 0)) && this.has(hashAt(s, s.length - WINDOW));
  }
}

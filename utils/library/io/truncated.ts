/** Telling a cut-off file from a file of another format (pure). */

/** A file that stops in the middle: an interrupted download or copy. Nothing of it is imported. */
export class TruncatedFileError extends Error {
  constructor(
    readonly file: string,
    /** The format its beginning shows, when it shows one. */
    readonly format: 'liseuse-json' | null,
    readonly size: number,
  ) {
    super(`${file} ends too early (${size} bytes): it was cut off. Nothing was imported.`);
    this.name = 'TruncatedFileError';
  }
}

/** True when JSON text stops inside a string, an object or an array. */
export function jsonEndsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // a backslash escapes the next character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) depth--;
  }
  return inString || depth > 0;
}

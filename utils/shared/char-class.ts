/**
 * Whether a character is of a Unicode class, looked up in a table per UTF-16 code unit that fills as
 * characters come: a `/\p{…}/u` regex run over a whole article searches long tables of ranges at each
 * character, which cost more than the rest of a pass over the text.
 */

/** Whether the character at `at` of `text` (its code point `code`) is of the class. */
export type CharTest = (text: string, at: number, code: number) => boolean;

/** The test of the class `single` matches: a regex matching one whole character (`/^\p{M}$/u`). */
export function charClass(single: RegExp): CharTest {
  // 0 not yet known, 1 of the class, 2 not (lone surrogates included).
  const kinds = new Uint8Array(0x10000);
  return (text, at, code) => {
    // A character outside the BMP (a surrogate pair): rare, tested as it comes.
    if (code > 0xffff) return single.test(text.slice(at, at + 2));
    let kind = kinds[code];
    if (!kind) {
      kind = single.test(String.fromCharCode(code)) ? 1 : 2;
      kinds[code] = kind;
    }
    return kind === 1;
  };
}

// The classes several modules ask of single characters, one table each.

/** A letter or a digit (`[\p{L}\p{N}]`). */
export const isLetterOrDigit = charClass(/^[\p{L}\p{N}]$/u);

/** A capital letter (`\p{Lu}`). */
export const isUpperCase = charClass(/^\p{Lu}$/u);

/** A lower-case letter (`\p{Ll}`). */
export const isLowerCase = charClass(/^\p{Ll}$/u);

/** A letter (`\p{L}`). */
export const isLetter = charClass(/^\p{L}$/u);

/** Decodes the HTML character references found in machine-written text: export files, JSON-LD strings. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
// A Latin letter and its accent, named so ("oacute", "Uuml", "ccedil"): the letter with the combining mark.
const ACCENTED = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i;
const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

function accented(ref: string): string | null {
  const m = ACCENTED.exec(ref);
  if (!m) return null;
  const letter = `${m[1]}${MARKS[(m[2] as string).toLowerCase()]}`.normalize('NFC');
  // A pair Unicode does not compose ("qacute") is no reference.
  return letter.length === 1 ? letter : null;
}

/**
 * Decodes `&amp;`-style named references (the common few, accented Latin letters: `&oacute;`) and numeric ones;
 * unknown ones stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? accented(ref) ?? (ref === 'szlig' ? 'ß' : whole);
  });
}

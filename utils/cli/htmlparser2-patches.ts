/**
 * Speed edits of htmlparser2's tokenizer (linkedom's parser; see library-patches.ts). Its main loop reads
 * every character of a page through a `switch` on its state, though inside text and attribute values only
 * `<`, `&` or the closing quote change anything: a page's text, inline scripts, styles and long attribute
 * values (srcset, JSON in data attributes) were a third of linkedom's parse.
 */
import type { LibraryEdit, LibraryPatch } from './library-patches';

const FAST_FORWARD_FIND = `    fastForwardTo(c) {
        while (++this.index < this.buffer.length + this.offset) {
            if (this.buffer.charCodeAt(this.index - this.offset) === c) {
                return true;
            }
        }
`;
const FAST_FORWARD_REPLACE = `    fastForwardTo(c) {
        // Liseuse: the string's own search (native) instead of a loop over its characters.
        const found = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
        if (found >= 0) {
            this.index = found + this.offset;
            return true;
        }
`;

const TEXT_FIND = `        else if (this.decodeEntities && c === CharCodes.Amp) {
            this.startEntity();
        }
    }
    stateSpecialStartSequence(c) {`;
const TEXT_REPLACE = `        else if (this.decodeEntities && c === CharCodes.Amp) {
            this.startEntity();
        }
        else {
            this.skipTo(CharCodes.Lt, CharCodes.Amp);
        }
    }
    /**
     * Liseuse: moves to just before the next \`a\` or \`b\` (or the buffer's last character), where the main loop
     * would have gone calling this state for each character in between, which does nothing for them.
     */
    skipTo(a, b) {
        const buffer = this.buffer;
        let i = this.index + 1 - this.offset;
        while (i < buffer.length) {
            const d = buffer.charCodeAt(i);
            if (d === a || d === b)
                break;
            i++;
        }
        this.index = i - 1 + this.offset;
    }
    stateSpecialStartSequence(c) {`;

const ATTRIBUTE_FIND = `        else if (this.decodeEntities && c === CharCodes.Amp) {
            this.startEntity();
        }
    }
    stateInAttributeValueDoubleQuotes(c) {`;
const ATTRIBUTE_REPLACE = `        else if (this.decodeEntities && c === CharCodes.Amp) {
            this.startEntity();
        }
        else {
            this.skipTo(quote, CharCodes.Amp);
        }
    }
    stateInAttributeValueDoubleQuotes(c) {`;

const EDITS: LibraryEdit[] = ['esm', 'commonjs'].flatMap((dir) =>
  [
    [FAST_FORWARD_FIND, FAST_FORWARD_REPLACE],
    [TEXT_FIND, TEXT_REPLACE],
    [ATTRIBUTE_FIND, ATTRIBUTE_REPLACE],
  ].map(([find = '', replace = '']) => ({ file: `dist/${dir}/Tokenizer.js`, find, replace })),
);

/** The tokenizer skips over text, attribute values, scripts and comments instead of stepping through them. */
export const HTMLPARSER2_PATCH: LibraryPatch = {
  name: 'htmlparser2',
  version: '10.1.0',
  why: 'skips to the next character that matters in text, attribute values, scripts and comments (speed)',
  edits: EDITS,
};

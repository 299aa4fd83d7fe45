/**
 * A line that is nothing but an editor's "read also" label ("Mehr zum Thema", "Zobacz także", "関連記事"):
 * what is left of a block of links to other stories once the links are gone, whatever markup it had
 * (a heading, a `<span>`, a bare `<div>`). Told by its words alone, from the one list of such cues
 * (`READ_ALSO_CUES`), so it holds on pages whose class names say nothing.
 */
import { READ_ALSO_CUES } from '@/utils/article/related/read-also-cues';
import { foldWords } from '@/utils/shared/fold';

const CUES: ReadonlySet<string> = new Set(READ_ALSO_CUES);
/** The longest cue is well under this many characters: a longer line is not read at all. */
const MAX_LABEL_CHARS = 60;
/** Scripts written without spaces: there one run of letters is a compound phrase ("関連記事"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The cue `text` is in full (folded), or null. `text` is one line of the article; the label's own
 * punctuation ("Lesen Sie auch:", "» Mehr zum Thema") does not count.
 */
function wholeCue(text: string): string | null {
  if (text.length > MAX_LABEL_CHARS) return null;
  const folded = foldWords(text);
  return CUES.has(folded) ? folded : null;
}

/**
 * True when `text` is only a "read also" label. Amid the text a one-word cue may be the article's own
 * subheading ("Empfehlungen" over a doctor's advice), so there only phrases count; at the end of the
 * article, where a label introduces nothing, any cue does.
 */
export function isReadAlsoLabel(text: string, atEnd: boolean): boolean {
  const cue = wholeCue(text);
  return cue !== null && (atEnd || cue.includes(' ') || UNSPACED.test(cue));
}

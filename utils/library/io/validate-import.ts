/**
 * The import's checkpoint between parsing and writing: every parsed article and highlight goes through
 * the same validators and limits as messages (store/validate-rows, highlights/validate). Rows that fail
 * are reported with their file, line and reason, and left out; the rest of the file still imports.
 */
import { DEFAULT_COLOR } from '@/utils/highlights/model';
import { annotationRowProblem, isHighlightColor } from '@/utils/highlights/validate';
import { articleInputProblem } from '@/utils/store/validate-rows';
import { toAnnotation, toArticleInput } from './to-records';
import type { ImportedAnnotation, ParsedImport } from './types';

/** Colours outside the palette (other tools' own, free text) become the default colour. */
function inPalette(a: ImportedAnnotation): ImportedAnnotation {
  return isHighlightColor(a.color) || a.color === null ? a : { ...a, color: null };
}

/** The parsed import without its invalid rows, which join `errors`. */
export function validateParsed(parsed: ParsedImport): ParsedImport {
  const errors = [...parsed.errors];
  const articles = parsed.articles.filter((a) => {
    const why = articleInputProblem(toArticleInput(a, parsed.format));
    if (why) errors.push({ ...a.from, message: `article left out (${why})` });
    return why === null;
  });
  const annotations = parsed.annotations.map(inPalette).filter((a) => {
    // Checked before its stable id is hashed from the quote: a huge quote is refused, not hashed.
    const incoming = toAnnotation({ ...a, id: a.id ?? 'checked-before-id' }, DEFAULT_COLOR, Date.now());
    const why = incoming ? annotationRowProblem(incoming.annotation) : 'url: not an http(s) address';
    if (why) errors.push({ ...a.from, message: `highlight left out (${why})` });
    return why === null;
  });
  return { ...parsed, articles, annotations, errors };
}

import type { SoloEvidence } from './names-only-cues';
import { isNameToken } from './span';
import type { Token } from './tokenize';

/** What the whole text says about its words, gathered once and consulted by every rule. */
export interface TextEvidence {
  /** Folded word → times written in lower case: a capitalised form of it is an ordinary word. */
  lower: ReadonlyMap<string, number>;
  /** Folded word → times written with a capital inside a sentence (not first, not in a headline). */
  midCaps: ReadonlyMap<string, number>;
  /** Keys of the names written inside a sentence somewhere: "Whole Foods" keeps "Whole" at a sentence start. */
  midSpans: ReadonlySet<string>;
  /** Primary language subtag of the text ("fr", "en", "de"...). */
  lang: string;
  /** French and English are read fully; other languages keep only names a reader can trust. */
  fullLanguage: boolean;
  /** Keys of every name found in the text, once found ("Safari" is a product where "Apple" is named). */
  names?: ReadonlySet<string>;
  /** Read names only: what single capitalised words do in the text (see soloEvidence). */
  solo?: SoloEvidence;
  /** Keys of the words a sentence-case title capitalises inside its clauses (see titleCapitals). */
  titleCapitals?: ReadonlySet<string>;
  /** Keys of the words written before a comma and a known region (see placedNames). */
  placed?: ReadonlySet<string>;
  /** Keys of the single words the title quotes whole, works' names (see quotedTitleWords). */
  titleQuoted?: ReadonlySet<string>;
  /** Read names only: single words written after a company noun, « la empresa Montecon » (see companyNamed). */
  companies?: ReadonlySet<string>;
  /** Runs that are works' titles set in italics, read whole (see `italicWorks`, `workKey`). */
  works?: ReadonlySet<string>;
}

/** Counts capitalised words inside sentences. */
export function midSentenceCapitals(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) {
    if (t.initial || !isNameToken(t)) continue;
    counts.set(t.folded, (counts.get(t.folded) ?? 0) + 1);
  }
  return counts;
}

import type { Mention } from './mention';
import { nameKey } from './normalize';

// The country's letters that open a court's or a judge's style: "U.S. District Judge Ann Lee", "the 5th U.S.
// Circuit Court of Appeals", "the UK Supreme Court". They belong to the court's name, and the text names no
// country there.
const COUNTRIES = new Set(['us', 'uk']);
const COURT_AFTER = /^\s+(?:District|Circuit|Courts?|Magistrate|Bankruptcy|Supreme\s+Court|Tax\s+Court)\b/u;
const REACH = 24;

/** Mentions that are no country's letters opening a court's or judge's style. */
export function offCourtStyles(mentions: readonly Mention[], text: string): Mention[] {
  return mentions.filter((m) => {
    if (!COUNTRIES.has(nameKey(m.surface))) return true;
    const end = m.offset + m.surface.length;
    return !COURT_AFTER.test(text.slice(end, end + REACH));
  });
}

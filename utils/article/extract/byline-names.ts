import { collapseSpaces } from '@/utils/shared/fold';

/**
 * The names a byline credits, as written ("Jo Bloggs and Sam Doe, Reuters" → both names and "Reuters"): split at
 * commas, "&", "|", "/" and the word "and" of the languages of the web's news, each without its "By". Extract trims
 * the author's lines with them; entities keys them to tell the page's author from the article's subjects.
 */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .split(/,|;|\s+(?:and|und|et|y|e)\s+|&|\||\//i)
    .map((n) => collapseSpaces(n.replace(/^(?:by|von|par|por|di|door|av|af|de)\s+/i, '')))
    .filter((n) => n.length > 1);
}

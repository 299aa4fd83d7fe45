import { organizationContext, personContext, placeContext } from './context-cues';
import type { Votes } from './context-votes';
import type { EntityGroup } from './group';

// French articles open names of places ("Le Mans", "La Rochelle"), of papers (« Le Point ») and surnames
// ("Le Pen", "La Fontaine"): alone they say none of these.
const ARTICLES = new Set(['le', 'la', 'les']);

/** A name opened by a French article: "Le Pen", "Le Mans", « La Tribune ». */
export const opensWithArticle = (key: string): boolean =>
  /\s/.test(key) && ARTICLES.has(key.split(' ')[0] ?? '');

/**
 * Votes for a name opened by a French article, whatever the text's language: a slight lean to a place (the
 * gazetteer knows the big ones, "in Le Mans" says the rest), and a person where the words around it say so
 * ("said Le Pen", "Le Pen told reporters"), unless a place's or a body's words are there too.
 */
export function voteArticleName(g: EntityGroup, v: Votes): void {
  if (![...g.keys].every(opensWithArticle)) return;
  v.place += 0.5;
  const spoken = g.mentions.some(personContext);
  const other = g.mentions.some((m) => placeContext(m) || organizationContext(m));
  if (spoken && !other) v.person += 1.2;
}

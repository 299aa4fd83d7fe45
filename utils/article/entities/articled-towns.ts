import { ORG_WORDS, ORGANIZATIONS, PLACE_WORDS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import { nameKey } from './normalize';

// « du Havre », « au Mans », « des Sables-d’Olonne »: French contracts the article that is part of a town's name
// (Le Havre, Le Mans, Les Sables-d’Olonne) with « de » and « à », so the text may write the name without it.
const CONTRACTED: Record<string, string> = { du: 'le', au: 'le', des: 'les', aux: 'les' };
const CAPITAL_ARTICLE: Record<string, string> = { le: 'Le', les: 'Les' };

/**
 * The article the name of one word `key`, written only after a contracted article (`article`), takes back: a town
 * the gazetteer lists with it, or one the title writes so (« Le Havre : … ») that is no kind of place or body.
 */
function articleOf(
  key: string,
  surface: string,
  article: string,
  title: string | undefined,
): string | undefined {
  const full = `${article} ${key}`;
  if (PLACES.has(full)) return full;
  if (!title || PLACES.has(key) || ORGANIZATIONS.has(key) || ORG_WORDS.has(key) || PLACE_WORDS.has(key))
    return;
  return title.includes(`${CAPITAL_ARTICLE[article]} ${surface}`) ? full : undefined;
}

/**
 * A name of one word (hyphens join) the text writes only as « du X » / « au X » (or « des X » / « aux X ») whose full name opens
 * with the article: shown and keyed as « Le X » (« Les X »), the name a reader knows, and so typed as that town.
 * Only groups of one key whose every mention follows a contracted article; changes them in place.
 */
export function articledTowns(groups: EntityGroup[], title: string | undefined): EntityGroup[] {
  for (const g of groups) {
    if (g.keys.size !== 1 || g.surfaces.size !== 1) continue;
    const key = g.keys.values().next().value as string;
    const surface = g.surfaces.keys().next().value as string;
    if (surface.includes(' ')) continue;
    const article = CONTRACTED[g.mentions[0]?.before[0] ?? ''];
    if (!article || !g.mentions.every((m) => CONTRACTED[m.before[0] ?? ''] === article)) continue;
    const full = articleOf(key, surface, article, title);
    if (!full) continue;
    const shown = `${CAPITAL_ARTICLE[article]} ${surface}`;
    g.keys = new Set([nameKey(shown)]);
    g.surfaces = new Map([[shown, g.mentions.length]]);
  }
  return groups;
}

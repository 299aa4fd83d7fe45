import type { Entity } from '@/utils/article/types';
import { nameKey } from './normalize';

/** Below this many names from the text, the title's names are worth adding. */
export const FEW_NAMES = 3;

/**
 * A teaser (a paywalled page, a brief) may name its subjects in its title only: "Google Stadia, Microsoft
 * xCloud, Apple Arcade: …" above ninety words without a name. The title's names a reader can trust (those with
 * a kind: people, bodies, places, products) then follow the text's own, each once.
 */
export function withTitleNames(fromText: Entity[], fromTitle: Entity[]): Entity[] {
  const seen = new Set(fromText.flatMap((e) => [e.text, ...e.variants].map(nameKey)));
  const added = fromTitle.filter((e) => e.type !== 'other' && !seen.has(nameKey(e.text)));
  return [...fromText, ...added.map((e) => ({ ...e, score: 0 }))];
}

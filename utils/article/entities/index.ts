import type { Entity } from '@/utils/article/types';
import { findAcronymDefinitions } from './acronyms';
import { findMentions } from './candidates';
import { classify } from './classify';
import { isLikelyName } from './filter';
import { canonicalName, type EntityGroup } from './group';
import { headlineMentions } from './headline-mentions';
import { headlineLines, lowercaseCounts } from './headlines';
import { groupMentions } from './merge';
import { nameKey } from './normalize';
import { salience, titleKeyOf } from './salience';
import { tokenize } from './tokenize';

export type { Entity, EntityType } from '@/utils/article/types';

/** Options for entity extraction: the article's language ("fr", "en-GB"...) and its title if known. */
export interface ExtractEntitiesOptions {
  lang: string;
  title?: string;
  /** Longest list returned (default 50). */
  limit?: number;
}

/**
 * Key named entities of an article's plain text, variants merged, ranked best first. Rule-based and
 * language-aware through small word lists (French and English); other Latin-script languages degrade gracefully,
 * scripts without capital letters give an empty list.
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions): Entity[] {
  if (!text.trim()) return [];
  const lower = lowercaseCounts(text);
  const tokens = tokenize(text, headlineLines(text, lower));
  const mentions = findMentions(tokens, text, lower);
  const definitions = findAcronymDefinitions(tokens, text, mentions);
  const known = new Set(mentions.map((m) => nameKey(m.surface)));
  mentions.push(...headlineMentions(tokens, text, known));
  const groups = groupMentions(mentions, definitions).filter((g) => isLikelyName(g, lower));
  const ctx = { textLength: text.length, titleKey: titleKeyOf(options.title) };
  const entities = groups.map((g) => toEntity(g, ctx));
  entities.sort((a, b) => b.score - a.score || b.count - a.count || a.text.localeCompare(b.text));
  return entities.slice(0, options.limit ?? 50);
}

function toEntity(g: EntityGroup, ctx: Parameters<typeof salience>[3]): Entity {
  const text = canonicalName(g);
  const type = classify(g);
  const variants = [...g.surfaces.keys()].filter((s) => s !== text);
  return { text, type, count: g.mentions.length, variants, score: salience(g, type, text, ctx) };
}

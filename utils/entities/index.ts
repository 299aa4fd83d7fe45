import type { Entity } from '@/utils/analysis/types';

export type { Entity, EntityType } from '@/utils/analysis/types';

/** Options for entity extraction: the article's language ("fr", "en-GB"...) and its title if known. */
export interface ExtractEntitiesOptions {
  lang: string;
  title?: string;
}

/** Key named entities of an article's plain text, variants merged, ranked best first. */
export function extractEntities(text: string, options: ExtractEntitiesOptions): Entity[] {
  // Interim: the real extractor lands in the following commits; an empty list is a valid answer.
  void text;
  void options;
  return [];
}

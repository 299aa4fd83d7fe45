import { type Entity, extractEntities } from '@/utils/article/entities';
import type { Mention } from '@/utils/article/entities/mention';
import { type RankedEntity, rankedWith } from '@/utils/article/entities/reader-order';
import type { EntityType } from '@/utils/article/types';

/** Entities of a text of our own writing. */
export function entitiesOf(text: string, lang = 'en', title?: string): Entity[] {
  return extractEntities(text, { lang, title });
}

/** The names shown, best first. */
export const names = (es: Entity[]): string[] => es.map((e) => e.text);

/** The entity shown as `text` or holding it as a variant. */
export const find = (es: Entity[], text: string): Entity | undefined =>
  es.find((e) => e.text === text || e.variants.includes(text));

/** A ranked entity for the reader's-order tests: named once, a third into the text, with no cue unless given. */
export const rankedEntity = (
  text: string,
  type: EntityType,
  score: number,
  cues: Partial<RankedEntity> = {},
): RankedEntity =>
  rankedWith({ text, type, count: 1, variants: [], score }, { first: 0.3, once: true, ...cues });

/** A mention for the tests of one cue: written first in the text, no cue, no context unless given. */
export const mentionOf = (surface: string, cues: Partial<Mention> = {}): Mention => ({
  surface,
  offset: 0,
  from: 0,
  to: 1,
  sentence: 0,
  initial: false,
  headline: false,
  personCue: false,
  elided: false,
  before: [],
  after: [],
  ...cues,
});

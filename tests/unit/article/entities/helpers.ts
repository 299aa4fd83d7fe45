import { type Entity, extractEntities } from '@/utils/article/entities';

/** Entities of a text of our own writing. */
export function entitiesOf(text: string, lang = 'en', title?: string): Entity[] {
  return extractEntities(text, { lang, title });
}

/** The names shown, best first. */
export const names = (es: Entity[]): string[] => es.map((e) => e.text);

/** The entity shown as `text` or holding it as a variant. */
export const find = (es: Entity[], text: string): Entity | undefined =>
  es.find((e) => e.text === text || e.variants.includes(text));

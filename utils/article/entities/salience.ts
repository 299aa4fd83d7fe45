import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import { nameKey } from './normalize';

/** What salience needs to know about the article as a whole. */
export interface SalienceContext {
  textLength: number;
  /** nameKey of the title, padded with spaces, or '' without a title. */
  titleKey: string;
}

/**
 * Salience of an entity: how often it is mentioned, whether the title names it, how early it first appears
 * (news puts what matters in the lead), how widely it spreads through the text, and how specific it is.
 */
export function salience(g: EntityGroup, type: EntityType, name: string, ctx: SalienceContext): number {
  const body = g.mentions.filter((m) => !m.headline);
  const count = body.length + 0.5 * (g.mentions.length - body.length);
  const firstOffset = Math.min(...g.mentions.map((m) => m.offset));
  const position = ctx.textLength > 0 ? firstOffset / ctx.textLength : 0;
  const thirds = new Set(
    g.mentions.map((m) => Math.min(2, Math.floor((3 * m.offset) / (ctx.textLength + 1)))),
  );
  const inTitle = ctx.titleKey !== '' && [...g.keys].some((k) => ctx.titleKey.includes(` ${k} `));
  const headlined = g.mentions.some((m) => m.headline && m.offset / (ctx.textLength + 1) < 0.1);
  let score = count;
  score += inTitle || headlined ? 3 : 0;
  score += 1.5 * (1 - position);
  score += thirds.size - 1;
  score += name.includes(' ') ? 0.5 : 0;
  score += type === 'other' ? 0 : 0.5;
  if (body.length > 0 && body.every((m) => m.initial)) score *= 0.6;
  return Math.round(score * 100) / 100;
}

/** The title as salience() expects it. */
export function titleKeyOf(title: string | undefined): string {
  return title ? ` ${nameKey(title.replace(/[^\p{L}\p{N}\s.'’-]/gu, ' '))} ` : '';
}

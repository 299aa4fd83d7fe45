import type { EntityType } from '@/utils/article/types';
import { isDemonym } from './filter';
import type { EntityGroup } from './group';
import { FURNITURE } from './lexicon';
import type { Mention } from './mention';
import { nameKey } from './normalize';

/** What salience needs to know about the article as a whole. */
export interface SalienceContext {
  textLength: number;
  /** nameKey of the title, padded with spaces, or '' without a title. */
  titleKey: string;
}

const W = {
  frequency: Number(process.env.W_FREQ ?? 1),
  title: Number(process.env.W_TITLE ?? 3),
  lead: Number(process.env.W_LEAD ?? 0),
  spread: Number(process.env.W_SPREAD ?? 1),
  multi: Number(process.env.W_MULTI ?? 0.5),
  demonym: Number(process.env.W_DEM ?? 0.7),
};

/**
 * Salience of an entity, in the order a reader expects: named by the title, mentioned in the lead (news puts
 * what matters first), then how often (with diminishing returns) and how widely through the text. Nationality
 * words and names seen only at sentence starts count less.
 */
export function salience(g: EntityGroup, _type: EntityType, name: string, ctx: SalienceContext): number {
  const body = g.mentions.filter((m) => !m.headline);
  const credits = body.filter(isCredit).length;
  const count = body.length - 0.75 * credits + 0.5 * (g.mentions.length - body.length);
  const firstOffset = Math.min(...g.mentions.map((m) => m.offset));
  const leadEnd = Math.max(400, 0.1 * ctx.textLength);
  const thirds = new Set(
    g.mentions.map((m) => Math.min(2, Math.floor((3 * m.offset) / (ctx.textLength + 1)))),
  );
  const inTitle = ctx.titleKey !== '' && [...g.keys].some((k) => ctx.titleKey.includes(` ${k} `));
  const headlined = g.mentions.some((m) => m.headline && m.offset / (ctx.textLength + 1) < 0.1);
  const LOG = process.env.W_LOG === '1';
  let score = LOG ? W.frequency * Math.log1p(count) : W.frequency * count;
  score += Number(process.env.W_POS ?? 1.5) * (1 - firstOffset / (ctx.textLength + 1));
  score += inTitle || headlined ? W.title : 0;
  score += firstOffset < leadEnd ? W.lead : 0;
  score += W.spread * (thirds.size - 1);
  score += name.includes(' ') ? W.multi : 0;
  if ([...g.keys].every(isDemonym)) score *= W.demonym;
  if (_type === 'person') score += Number(process.env.W_PERSON ?? 0);
  if (_type === 'place') score *= Number(process.env.W_PLACE ?? 1);
  if (body.length > 0 && body.every((m) => m.initial)) score *= 0.6;
  return Math.round(score * 100) / 100;
}

/** A photo credit or source line: "Credit Harry Campbell", "Image copyright Getty Images", "(Reuters)". */
function isCredit(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  if (FURNITURE.has(b0) || b0 === '©') return true;
  if (b0 === 'by' || b0 === '/') return FURNITURE.has(b1) || b1 === 'provided';
  return b0 === '(' && m.after[0] === ')';
}

/** The title as salience() expects it. */
export function titleKeyOf(title: string | undefined): string {
  return title ? ` ${nameKey(title.replace(/[^\p{L}\p{N}\s.'’-]/gu, ' '))} ` : '';
}

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

// Weights measured on the reader's gold and on half A of entities-dev (tests/bench/entities.bench.ts).
const TITLE = 3;
const POSITION = 1.5;
const SPREAD = 1;
const MULTIWORD = 0.5;
const NATIONALITY = 0.7;
const OPENERS_ONLY = 0.6;
const CREDIT = 0.25;

/**
 * Salience of an entity, in the order a reader expects: how often the article names it (credits and photo
 * lines count little), whether the title names it, how early it first appears (news puts what matters in the
 * lead) and how widely it spreads through the text. Nationality words and names seen only at sentence starts
 * count less.
 */
export function salience(g: EntityGroup, name: string, ctx: SalienceContext): number {
  const body = g.mentions.filter((m) => !m.headline);
  const credits = body.filter(isCredit).length;
  const count = body.length - (1 - CREDIT) * credits + 0.5 * (g.mentions.length - body.length);
  const firstOffset = Math.min(...g.mentions.map((m) => m.offset));
  const thirds = new Set(
    g.mentions.map((m) => Math.min(2, Math.floor((3 * m.offset) / (ctx.textLength + 1)))),
  );
  const inTitle = ctx.titleKey !== '' && [...g.keys].some((k) => ctx.titleKey.includes(` ${k} `));
  const headlined = g.mentions.some((m) => m.headline && m.offset / (ctx.textLength + 1) < 0.1);
  let score = count;
  score += inTitle || headlined ? TITLE : 0;
  score += POSITION * (1 - firstOffset / (ctx.textLength + 1));
  score += SPREAD * (thirds.size - 1);
  score += name.includes(' ') ? MULTIWORD : 0;
  if ([...g.keys].every(isDemonym)) score *= NATIONALITY;
  if (body.length > 0 && body.every((m) => m.initial)) score *= OPENERS_ONLY;
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

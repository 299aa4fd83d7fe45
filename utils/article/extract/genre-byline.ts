import { fold } from '@/utils/shared/fold';

// The kinds of piece a paper signs with the piece's kind instead of a writer: "Editorial", "Leader", "Opinion".
const GENRES = new Set(
  'editorial editorials leader leaders opinion comment analysis review obituary letters'.split(' '),
);
// "The Editorial Board", "Our Editorial": the article and the paper's own possessive say nothing more.
const ARTICLE = /^(?:the|our)\s+/u;

/**
 * A byline that is only the piece's kind ("Editorial", "The Editorial Board", "Opinion"): the paper speaks as
 * itself, as a desk credit does ("Herald Staff"), and names no writer a reader would see as "By …".
 */
export function namesGenreOnly(byline: string): boolean {
  const words = fold(byline.trim()).replace(ARTICLE, '');
  return GENRES.has(words) || (words.endsWith(' board') && GENRES.has(words.slice(0, -6)));
}

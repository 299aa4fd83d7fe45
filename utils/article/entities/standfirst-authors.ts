import type { EntityGroup } from './group';

// A standfirst is one short paragraph: longer, the first paragraph is the story's lead, which may be about the
// byline's name (a guest writing on their own case).
const STANDFIRST_WORDS = 60;

/**
 * The byline's author whom only the standfirst names, inside its sentences ("…, writes Ann Lee.", « la politiste
 * Léa Roux dresse un bilan »): the standfirst presents the column's writer, and a body that never names them
 * again is not about them. A standfirst opening with the author (« Lucie Marrec est allée à Vernoux… ») tells
 * of them; a text of one paragraph has no standfirst.
 */
export function isStandfirstAuthor(g: EntityGroup, authors: ReadonlySet<string>, text: string): boolean {
  if (authors.size === 0 || ![...g.keys].some((k) => authors.has(k))) return false;
  const lead = text.trimStart();
  const start = text.length - lead.length;
  const end = lead.indexOf('\n\n');
  if (end < 0 || lead.slice(0, end).split(/\s+/).length > STANDFIRST_WORDS) return false;
  return g.mentions.every((m) => !m.initial && m.offset >= start && m.offset < start + end);
}

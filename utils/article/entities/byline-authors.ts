import type { EntityGroup } from './group';
import { nameKey } from './normalize';

/** The names a byline credits: "Mathieu Delorme, Anne Kerbrat", "Par Léa Roux et Paul Vidal", "By Ann Lee and Bo Li". */
export function bylineNames(byline: string | undefined): Set<string> {
  if (!byline) return new Set();
  const parts = byline.replace(/^\s*(?:par|by)\s+/i, '').split(/\s*(?:[,;&|/]|\bet\b|\band\b)\s*/u);
  return new Set(parts.map((p) => nameKey(p.trim())).filter((k) => k.includes(' ')));
}

// A line closed as a sentence is the article's prose ("Kristen Falc'hon est allé au Conseil."); a byline or a
// signature line is not ("Par Hélène Castel, à Bordeaux").
const SENTENCE_END = /[.!?…»"”)]\s*$/u;

/** An author's name, alone or glued to the role a byline line gives them ("Ann Lee Football Writer"). */
const creditsAuthor = (key: string, authors: ReadonlySet<string>): boolean =>
  authors.has(key) || [...authors].some((a) => key.startsWith(`${a} `));

/**
 * The page's author, not a subject of the article: the byline names the group and the text names it only on
 * lines that are no sentence (the byline line kept in the text, a signature, with or without the author's role).
 * An author the prose writes about stays.
 */
export function isBylineAuthor(g: EntityGroup, authors: ReadonlySet<string>, text: string): boolean {
  if (authors.size === 0 || ![...g.keys].some((k) => creditsAuthor(k, authors))) return false;
  return g.mentions.every((m) => {
    const start = text.lastIndexOf('\n', m.offset) + 1;
    const end = text.indexOf('\n', m.offset);
    return !SENTENCE_END.test(text.slice(start, end < 0 ? text.length : end));
  });
}

// « selon L’Équipe », « dans L’Est Républicain », « chez L’Oréal »: French writes the elided article of a title or
// a name with a capital only when it is the name's own; a lower-case « l’ » is the sentence's. Read so, the name
// is shown with its article, as « Le Parisien » is (see namesOpenedByArticles).
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import type { Token } from './tokenize';

/**
 * « L’ » right before the mention's first word, after a lower-case word of the same sentence and line or its first
 * word (« Selon L’Équipe »), outside headlines.
 */
function opensInSentence(m: Mention, tokens: readonly Token[]): boolean {
  const first = tokens[m.from];
  const prev = tokens[m.from - 1];
  return (
    first !== undefined &&
    !first.headline &&
    prev?.isWord === true &&
    prev.sentence === first.sentence &&
    // A line without a full stop ("Vernoux s’envole") runs into the next sentence; the next line's « L’ » opens it.
    prev.line === first.line &&
    (prev.initial || /^\p{Ll}/u.test(prev.text))
  );
}

/**
 * Gives back its capital « L’ » to each mention whose name the text writes inside a sentence with it
 * (« selon L’Est Républicain »), and to the same name opening a sentence (« L’Est Républicain publie… »). In place.
 */
export function keepTitleArticles(mentions: Mention[], tokens: readonly Token[], text: string): void {
  const elided = mentions.filter(
    (m) => m.capitalElision && !m.work && /^L[’']$/.test(text.slice(m.offset - 2, m.offset)),
  );
  if (elided.length === 0) return;
  // « l’État » elsewhere makes « de L’État social » a typesetter's capital, not a title's article.
  const alone = new Set(
    mentions.filter((m) => !m.capitalElision && !m.initial).map((m) => nameKey(m.surface)),
  );
  const opened = new Set(
    elided
      .filter((m) => opensInSentence(m, tokens))
      .map((m) => nameKey(m.surface))
      .filter((k) => !alone.has(k)),
  );
  for (const m of elided) {
    if (!opened.has(nameKey(m.surface))) continue;
    m.surface = text.slice(m.offset - 2, m.offset) + m.surface;
    m.offset -= 2;
  }
}

// A name shown with its capital elided article (« L’Équipe »); its key (« l equipe ») reads as an initial's.
const ELIDED_TITLE = /^L[’']\p{Lu}/u;

/** Every form of the name is shown with its capital elided article: a title or a firm's name, no person's. */
export const namedWithElidedArticle = (g: EntityGroup): boolean =>
  [...g.surfaces.keys()].every((s) => ELIDED_TITLE.test(s));

import { opensCapitalised } from '@/utils/shared/letter-shape';
import { isDemonymWord, ORG_WORDS, PLACE_WORDS, PLACES } from './gazetteer';
import type { MergePass } from './merge-pass';
import type { Token } from './tokenize';

// French articles that open surnames and titles when capitalised inside a sentence, and the English one that
// opens a paper's name ("according to The Wrap"); the French particles that open surnames and the places English
// took from French ("De Gaulle", "Du Bois", "Des Moines") do so too.
const ARTICLES = new Set(['le', 'la', 'les', 'the', 'de', 'du', 'des']);

const isArticle = (t: Token | undefined): boolean =>
  t !== undefined && ARTICLES.has(t.folded) && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/**
 * "Marine Le Pen", "Mme Le Pen", "dans Le Point", "told The Wrap": a French or English article capitalised inside a sentence, before a
 * capitalised word the text never writes without it, opens a name. Marks such tokens as no longer stops, in
 * place. Not before a place, a nationality or a kind of body, nor after a place ("Tessin La France", "Le Belge
 * Van den Brande", "Genève Le Conseil fédéral": a scanned line that lost its full stop), nor before a name written
 * elsewhere on its own ("Le Tour d’Italie" where « le Tour d’Italie » is named too).
 */
export function namesOpenedByArticles(tokens: Token[]): void {
  const alone = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.capital && !isArticle(tokens[i - 1])) alone.add(t.folded);
  });
  const opened = new Set<string>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!isArticle(t) || !t.stop || t.initial) continue;
    const next = tokens[i + 1] as Token;
    const prev = tokens[i - 1] as Token;
    if (next.sentence !== t.sentence || next.stop || !opensCapitalised(next.text)) continue;
    if (alone.has(next.folded) || isDemonymWord(next.folded) || endsUnread(tokens, i + 2, t)) continue;
    if (PLACES.has(next.folded) || ORG_WORDS.has(next.folded) || PLACE_WORDS.has(next.folded)) continue;
    if (prev.capital && PLACES.has(prev.folded)) continue;
    if (t.folded === 'the' && !namesPaper(tokens, i)) continue;
    t.stop = false;
    opened.add(`${t.folded} ${next.folded}`);
  }
  sentenceOpeners(tokens, opened);
}

/**
 * "told The Hill", "according to The Wrap": English capitalises "The" inside a sentence for a paper's one-word
 * name, after a lower-case word; longer names and titles ("The Standard Book of Spells") are read without it.
 */
function namesPaper(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const after = tokens[i + 2];
  return (
    prev?.isWord === true &&
    /^\p{Ll}+$/u.test(prev.text) &&
    !(after?.capital === true && after.sentence === tokens[i]?.sentence)
  );
}

/** A capitalised article these rules read as a name's first word (« Le Pen »): a sentence start drops it not. */
export const isOpenedArticle = (t: Token): boolean => isArticle(t) && !t.stop;

/** « Le Pen a ajouté » opening a sentence: the same article and word read as a name inside another. */
function sentenceOpeners(tokens: Token[], opened: ReadonlySet<string>): void {
  if (opened.size === 0) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.initial && isArticle(t) && next.capital && opened.has(`${t.folded} ${next.folded}`)) t.stop = false;
  }
}

/**
 * A capitalised function word goes on after the name (« Le Mal Eté », a book title): the name would be read cut
 * short, so the article is left as it was.
 */
const endsUnread = (tokens: Token[], at: number, t: Token): boolean => {
  const w = tokens[at];
  return w !== undefined && w.sentence === t.sentence && w.stop && /^\p{Lu}/u.test(w.text);
};

/**
 * « Le Courrier du Rhône » inside a sentence and « Courrier du Rhône » where its article opened one, « L’Équipe » and
 * « Équipe »: one name.
 */
export const mergeArticleForms: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    const bare = /^(?:le|la|les|l) (.+)$/.exec(k)?.[1];
    if (bare && byKey.has(bare)) uf.union(k, bare);
  }
};

import { caselessSource } from '@/utils/shared/caseless';
import { foldWords } from '@/utils/shared/fold';
import { READ_ALSO_CUES } from './read-also-cues';

const READ_ALSO_PHRASES: ReadonlySet<string> = new Set(READ_ALSO_CUES);

/** Link texts that say where to click, not what the story is. Folded. */
const GENERIC = new Set(
  [
    'lire la suite',
    'la suite',
    'suite',
    'lire plus',
    'lire',
    'lire l article',
    'voir l article',
    'en savoir plus',
    'voir plus',
    'voir plus d articles',
    'plus d articles',
    'cliquez ici',
    'ici',
    'article suivant',
    'article precedent',
    'suivant',
    'precedent',
    'repondre',
    'read more',
    'read the story',
    'read full story',
    'read the full story',
    'continue reading',
    'learn more',
    'more',
    'click here',
    'here',
    'next',
    'previous',
    'next article',
    'previous article',
    'reply',
    'see more',
    'view more',
    'about this article',
    // German, Spanish, Portuguese, Italian, Dutch
    'weiterlesen',
    'hier weiterlesen',
    'mehr lesen',
    'mehr erfahren',
    'seguir leyendo',
    'continuar leyendo',
    'leer mas',
    'leia mais',
    'continua a leggere',
    'leggi di piu',
    'lees meer',
    'verder lezen',
  ].map(foldWords),
);

const MAX_TITLE_CHARS = 250;
// A host name, URL or file name ("www.example.com", "master-thumbnail-640x360.jpg") is not a title.
const ADDRESS = /^(?:https?:\/\/)?[\w.-]+\.[a-z]{2,5}(?:\/\S*)?$/i;
// A phrase of running text starts with a word in lower case ("announced on Sept. 30"); "iPhone" does not count.
const PHRASE_START = /^\p{Ll}+(?:[\s,.;:!?'’]|$)/u;
// "More in Trump Impeachment", « Plus de Culture », "Mehr aus Berlin": a link to a section or a topic, named.
const MORE_IN =
  /^(?:more (?:in|from|on|about)|plus d['’e]\s*|mehr (?:aus|zu|zum|zur|von)|más (?:en|de|sobre)|altro (?:da|su)|mais (?:em|de|sobre))\s*\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,4}$/iu;
// How MORE_IN opens, tested first: its case-closed classes are costly to compile (see caseless.ts).
const MORE_IN_OPENING = new RegExp(`^(?:${caselessSource('more |plus d|mehr |más |altro |mais ')})`, 'u');
// A label ends on a colon that announces what follows ("You are at:", « À lire aussi : »); a headline does not.
const LABEL_END = /:\s*$/u;

/** A few words that all start with a capital: a name or a label ("Alexandria Ocasio-Cortez"), not a headline. */
function isNameLike(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\d"'‘“«(]/u.test(word));
}

/** A name of a few words ("Ann Cotten", "Storm-0558"): the text of a link to a person's or a topic's page. */
export function isNameLabel(text: string): boolean {
  const words = foldWords(text)
    .split(' ')
    .filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && words.length <= 3 && isNameLike(text);
}

/**
 * Whether a text can stand as a story title: several words, not a label, an address, a phrase or a whole card.
 * 'short' for two words in few letters ("Zbłąkane obrazy"): a title only where another part of the card repeats it.
 */
export function titleVerdict(text: string): 'real' | 'short' | 'no' {
  if (
    text.length > MAX_TITLE_CHARS ||
    ADDRESS.test(text) ||
    PHRASE_START.test(text) ||
    LABEL_END.test(text) ||
    (MORE_IN_OPENING.test(text) && MORE_IN.test(text))
  )
    return 'no';
  const folded = foldWords(text);
  if (GENERIC.has(folded) || GENERIC.has(folded.replace(/\s*\d+$/, ''))) return 'no';
  // A block's "read also" heading ("Sur le même sujet", "Related stories") names no story of its own.
  if (READ_ALSO_PHRASES.has(folded)) return 'no';
  const words = folded.split(' ').filter((word) => /\p{L}/u.test(word));
  if (words.length <= 3 && isNameLike(text)) return 'no';
  if (words.length >= 3 || (words.length === 2 && text.length >= 16)) return 'real';
  return words.length === 2 ? 'short' : 'no';
}

/** Whether a text can stand as a story title on its own (see `titleVerdict`). */
export function isRealTitle(text: string): boolean {
  return titleVerdict(text) === 'real';
}

/** Where a title came from; better sources win when links to one story are merged. */
export type TitleSource = 'heading' | 'text' | 'attr' | 'alt';

const SOURCE_RANK: Record<TitleSource, number> = { heading: 3, text: 2, attr: 1, alt: 0 };

/** A title with its source. */
export interface SourcedTitle {
  text: string;
  source: TitleSource;
}

// A sentence ends and another begins: "… use? We take a look at …".
const SECOND_SENTENCE = /[.!?…]["”’»]?\s+["“‘«]?\p{Lu}/u;

// A sentence that ends on a full stop, as a teaser does and a headline seldom does: "…of your body."
const FULL_STOP_END = /\p{Ll}\.["”’»)]?$/u;
const SENTENCE_MIN_WORDS = 10;

/**
 * A card's teaser, not its headline: two sentences or more ("Do we use 10% of our brains? We take a look…"),
 * or a long one closed by a full stop ("This article takes a look at the science behind … of your body.").
 */
export function isTeaser(text: string): boolean {
  return (
    SECOND_SENTENCE.test(text) || (FULL_STOP_END.test(text) && text.split(' ').length >= SENTENCE_MIN_WORDS)
  );
}

/**
 * The better of two titles: by source, then a headline over a teaser (a card links its headline and its teaser
 * to the same story), then the longer one (a headline over its cut-down form).
 */
export function betterTitle(a: SourcedTitle | null, b: SourcedTitle | null): SourcedTitle | null {
  if (!a || !b) return a ?? b;
  const rank = SOURCE_RANK[b.source] - SOURCE_RANK[a.source];
  if (rank !== 0) return rank > 0 ? b : a;
  const teaser = Number(isTeaser(a.text)) - Number(isTeaser(b.text));
  if (teaser !== 0) return teaser > 0 ? b : a;
  return b.text.length > a.text.length ? b : a;
}

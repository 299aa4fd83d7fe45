// A work's title is set in italics (« L'Hiver à Nantes », The Salt Year), which plain text loses: its lower-case
// words would end the name early and a place inside it would be read alone (« Nantes »). The extraction hands the
// italic spans over as words; a span shaped like a title that a work cue supports near one of its occurrences is
// one name wherever the text writes it, its article included. Foreign words, emphasis and newspapers set in
// italics have no such cue, or no title's shape, and are left as they were.
import { isKnownName, MEDIA_WORDS, ORG_WORDS, PLACES } from './gazetteer';
import { nameKey } from './normalize';
import { frenchQuotedTitleEnd, WORKS } from './quoted-titles';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

const MIN_WORDS = 2;
const MAX_WORDS = 7;
const WORD = /^[\p{L}\p{N}’'-]+$/u;
// Verbs and nouns that make, play or credit a work, folded, beyond the kinds of work quoted titles are called
// (see WORKS): « réalisé par », « qu'elle jouera », « où elle incarne », "directed by", "her debut"; a video
// game's (« le jeu », « édité par Nacon »).
const MAKING = new Set(
  `directed director wrote written published starred played role debut adaptation realise realisee realisateur
  realisatrice publie publiee paru parue joue jouait jouera incarne incarnait tourne tournait bd scenario
  scenariste tome jeu edite editee`.split(/\s+/),
);
const LEADING_ARTICLE = /^(?:(?:Le|La|Les|The) |L[’'])/u;
const BEFORE = 4;
const AFTER = 8;
const YEAR = /^\d{4}$/;
// "The Salt Year by Clodagh Ní Bhriain", « Les Paravents de Jean Genet »: the work's author after it.
const AUTHOR_OF = new Set(['by', 'de']);

/**
 * The span's words are shaped like a title: a capital first, a few words (`least`, or one for a title named with
 * a strong cue: see strongCue), nothing but words.
 */
function titleShaped(span: string, least = MIN_WORDS): boolean {
  const words = span.split(' ');
  return (
    words.length >= least &&
    words.length <= MAX_WORDS &&
    /^\p{Lu}/u.test(span) &&
    words.every((w) => WORD.test(w)) &&
    // A name the gazetteer knows ("Le Monde", "New York Times") is read whole already.
    !isKnownName(nameKey(span))
  );
}

const cueWord = (t: Token | undefined): boolean =>
  t !== undefined && (WORKS.has(t.folded) || MAKING.has(t.folded));

/** A work cue around tokens[a..b): a kind or a making of work near it in its sentence, a year in brackets or an
 * author after it, a possessive owner before it ("McGahern's Amongst Women"). */
function workCue(tokens: readonly Token[], a: number, b: number): boolean {
  const sentence = tokens[a]?.sentence;
  const rest = afterAside(tokens, b);
  const near = [...tokens.slice(Math.max(0, a - BEFORE), a), ...tokens.slice(rest, rest + AFTER)];
  if (near.some((t) => t.sentence === sentence && cueWord(t))) return true;
  const next = tokens[b];
  const after = tokens[b + 1];
  if (next?.text === '(' && YEAR.test(after?.text ?? '')) return true;
  if (AUTHOR_OF.has(next?.text ?? '') && after && namesPerson(after, tokens[b + 2])) return true;
  return tokens[a - 1]?.possessive === true;
}

/**
 * A one-word italic title needs more than a cue nearby (a foreign word, a ship, a stressed name is italic too): its
 * year in brackets right after it ("Vayal (1978)"), or its kind right before it ("the film Vayal", « le roman Nadja »).
 */
function strongCue(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[b]?.text === '(' && YEAR.test(tokens[b + 1]?.text ?? '')) return true;
  const kind = tokens[a - 1];
  return kind !== undefined && !kind.capital && WORKS.has(kind.folded);
}

const ASIDE = 12;

/** "The Salt Year (Tramp Press, €16.99) is a novel": past a short aside in brackets at `b`, else `b`. */
function afterAside(tokens: readonly Token[], b: number): number {
  if (tokens[b]?.text !== '(') return b;
  for (let j = b + 1; j < Math.min(tokens.length, b + ASIDE); j++) if (tokens[j]?.text === ')') return j + 1;
  return b;
}

/** A person's name opens at `first`: a given name, or two capitalised words not opening with a place's. */
const namesPerson = (first: Token, second: Token | undefined): boolean =>
  first.capital &&
  !first.stop &&
  (isGivenName(first.folded) ||
    (second?.capital === true && second.nameLike && !second.stop && !PLACES.has(first.folded)));

/** Index of the first token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Token ranges of each whole-word occurrence of `span` in the text. */
function occurrences(tokens: readonly Token[], text: string, span: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + span.length)) {
    const end = at + span.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    const from = tokenAt(tokens, at);
    const to = tokenAt(tokens, end);
    if (to > from) out.push([from, to]);
  }
  return out;
}

/**
 * "Leah McIvor's The Winter Road (Drawn & Quarterly)": a capitalised "The" inside a sentence right after an
 * owner's possessive opens a work's title, read to the end of the capitalised words after it, as if set in
 * italics (its owner is the cue: see workCue). A paper or a body ("Murdoch's The Sun Daily") is left alone.
 */
function possessiveTheTitles(tokens: readonly Token[], text: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    const the = tokens[i] as Token;
    if (the.text !== 'The' || the.initial || the.headline || !tokens[i - 1]?.possessive) continue;
    let j = i + 1;
    while (j - i <= MAX_WORDS && isTitleWord(tokens[j], the.sentence)) j++;
    const last = tokens[j - 1] as Token;
    if (j === i + 1 || MEDIA_WORDS.has(last.folded) || ORG_WORDS.has(last.folded)) continue;
    out.push(text.slice(the.start, last.start + last.text.length));
  }
  return out;
}

const isTitleWord = (t: Token | undefined, sentence: number): boolean =>
  t?.capital === true && t.isWord && !t.stop && !t.loud && t.sentence === sentence;

/**
 * "Review: Leah McIvor's The Winter Road is…": the headline names the work after its owner's possessive, which
 * cues the italic span the body writes alone.
 */
const ownedInTitle = (span: string, title: string | undefined): boolean =>
  title !== undefined && (title.includes(`’s ${span}`) || title.includes(`'s ${span}`));

/**
 * Token ranges [from, to) of every occurrence of the italic spans that read as works' titles: title-shaped, and
 * cued as a work at one occurrence at least or by the headline; the titles after an owner's possessive and "The"
 * read as italic spans too (see possessiveTheTitles).
 */
export function italicWorks(
  emphasis: readonly string[] | undefined,
  tokens: readonly Token[],
  text: string,
  title?: string,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const spans = new Set(emphasis);
  for (const span of possessiveTheTitles(tokens, text)) spans.add(span);
  const isCued = (span: string, found: ReadonlyArray<[number, number]>): boolean => {
    if (span.includes(' ') && ownedInTitle(span, title)) return true;
    const cued = span.includes(' ') ? workCue : strongCue;
    return found.some(([a, b]) => cued(tokens, a, b));
  };
  // Longest first: « Book of Spells » inside « The Standard Book of Spells » is the longer title's.
  for (const span of [...spans].sort((a, b) => b.length - a.length)) {
    if (!titleShaped(span, span.includes(' ') ? MIN_WORDS : 1)) continue;
    const found = occurrences(tokens, text, span);
    // « <em>Le Dernier Hiver</em>, d’Ida Berg » beside « le départ du <em>Dernier Hiver</em>, la pièce »: the
    // title with its article shares the cue the text gives it without (« du » holds the article).
    const bare = span.replace(LEADING_ARTICLE, '');
    const bareCued =
      bare !== span &&
      spans.has(bare) &&
      titleShaped(bare, 1) &&
      isCued(bare, occurrences(tokens, text, bare));
    if (bareCued || isCued(span, found)) out.push(...found);
  }
  return out;
}

/**
 * The runs with each work's range made one run, the runs inside it dropped; a run reaching out of the range
 * (a longer name the title only begins) leaves that occurrence as it was. The ranges kept come back as `whole`.
 */
export function joinWorks(
  runs: Array<[number, number]>,
  works: ReadonlyArray<[number, number]>,
): { runs: Array<[number, number]>; whole: Set<string> } {
  const whole = new Set<string>();
  if (works.length === 0) return { runs, whole };
  let out = runs;
  for (const [from, to] of works) {
    const inside = (r: [number, number]): boolean => r[0] < to && r[1] > from;
    if (out.some((r) => inside(r) && (r[0] < from || r[1] > to))) continue;
    out = [...out.filter((r) => !inside(r)), [from, to]];
    whole.add(workKey(from, to));
  }
  return { runs: out.sort(([a], [b]) => a - b), whole };
}

export const workKey = (from: number, to: number): string => `${from}:${to}`;

// French titles open with their article (« Les Mangeurs de brume », « La Vie devant soi »), a stop word elsewhere.
const TITLE_ARTICLES = new Set(['Le', 'La', 'Les']);

/**
 * Marks, in place, the capitalised article that opens a quoted French title (see `frenchQuotedTitleEnd`) as no
 * longer a stop word, when a work cue stands near one of its quotations (« «Les Mangeurs de brume», tome 1 »):
 * the title is named with its article, as an italic one is. A quoted sentence (« Les Français sont inquiets »)
 * has no such cue.
 */
export function openQuotedArticles(tokens: Token[]): void {
  const quoted = new Map<string, number[]>();
  const cued = new Set<string>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!t.stop || !TITLE_ARTICLES.has(t.text)) continue;
    const end = frenchQuotedTitleEnd(tokens, i);
    if (end <= i + 1) continue;
    const key = tokens
      .slice(i, end)
      .map((w) => w.text)
      .join(' ');
    quoted.set(key, [...(quoted.get(key) ?? []), i]);
    if (workCue(tokens, i, end + 1)) cued.add(key);
  }
  for (const key of cued) for (const i of quoted.get(key) ?? []) (tokens[i] as Token).stop = false;
}

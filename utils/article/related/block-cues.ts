import { closestWhere } from './dom-walk';
import { cueAlternation, SUGGESTION_CUES, TOPIC_CUES } from './read-also-cues';
import type { LinkBlock } from './types';

/** What a container says about the links inside it: a kind of story block, or "not stories at all". */
export type Verdict = Exclude<LinkBlock, 'inline' | 'other'> | 'exclude';

/**
 * Cues in class names, ids and aria-labels, matched on the folded attribute text split into words
 * ("widget-latest-posts" → widget latest posts). Story kinds are tested first: a block is named by what it holds.
 */
const ATTRIBUTE_CUES: Array<[Verdict, RegExp]> = [
  [
    'related',
    /\b(related|relatedposts|similar|similaires?|lies|liees|lire aussi|a lire|voir aussi|see also|read next|same topic|meme sujet)\b/,
  ],
  ['suggested', /\b(more from|recommended|recommandes?|suggestions?|you may like)\b/],
  [
    'latest',
    /\b(latest|recent|recents|derniers|dernieres|last posts|popular|populaires?|most read|plus lus|trending|a la une|headlines)\b/,
  ],
  ['tag', /\b(tag posts|same tag|topic posts|same category|meme categorie)\b/],
  [
    'exclude',
    /\b(nav|navbar|navigation|menu|menus|breadcrumbs?|ariane|share|sharing|sharedaddy|social|partage|partager|cookies?|consent|cmp|gdpr|rgpd|comments?|commentaires?|respond|discussion|author|auteur|byline|bio|pagination|pager|masthead|colophon|(site|page|global|main) (header|footer)|ad|ads|advert|advertisement|adsbygoogle|pub|publicite|sponsor|sponsored|sponsorise|partner|partners|partenaires?|outbrain|taboola|promo|newsletter|subscribe|login|search|skip)\b/,
  ],
];

/** A folded heading holding one of the cues as whole words ("À lire aussi :", "Mehr zum Thema"). */
const headingWith = (cues: readonly string[]): RegExp =>
  new RegExp(`(?:^| )(?:${cueAlternation(cues)})(?: |$)`, 'u');

/** Cues in a block's heading or label ("Les sujets liés", "Derniers articles"), besides "read also". Folded. */
const HEADING_CUES: Array<[Verdict, RegExp]> = [
  ['related', headingWith(TOPIC_CUES)],
  [
    'related',
    /\b(sujets? lies|articles? lies|lies a|sur le meme theme|dans le meme (sujet|theme)|plus sur ce (sujet|theme)|pour aller plus loin|more (on|about)|similar)\b/,
  ],
  ['suggested', headingWith(SUGGESTION_CUES)],
  ['suggested', /\b(more from|you (may|might) like|vous (aimerez|pourriez aimer))\b/],
  [
    'latest',
    /\b(derniers articles|dernieres (actus?|actualites|news|infos)|les derniers|latest|recent|a la une|les plus lus|plus populaires|populaires|en ce moment|fil info|most (read|popular)|popular|trending|top stories)\b/,
  ],
  // A whole heading naming the site's other news, not a subject: a section's list, "More stories".
  [
    'latest',
    /^(dans la meme rubrique|autres articles|more (stories|news|headlines)|other stories|neueste artikel|meistgelesen|meist gelesen|weitere artikel|weitere nachrichten|ultimas noticias|lo mas leido|mas leidas?|mas noticias|ultime notizie|i piu letti|piu letti)$/,
  ],
  ['tag', /\b(tags?|mots cles|topics?|meme categorie|same category|plus d articles sur|more in)\b/],
  // "More blog stories", "More local news" are the site's other news; "More wildfire coverage", "More Jets news",
  // "More book reviews" its list on a subject, as a tag's is.
  [
    'latest',
    /^more (?:blog|top|latest|recent|local|other|popular|trending) (?:stories|news|posts|articles|headlines)$/,
  ],
  ['tag', /^more [a-z0-9]+(?: [a-z0-9]+){0,3}$/],
  [
    'exclude',
    /\b(commentaires?|comments?|partager|share|newsletter|suivez nous|follow us|menu|navigation|cookies|partenaires?|sponsorise|sponsored|publicite|advertisement)\b/,
  ],
];

const EXCLUDED_TAGS = new Set(['NAV', 'FORM', 'BUTTON', 'SELECT', 'DIALOG', 'TEMPLATE']);
const EXCLUDED_ROLES =
  /\b(navigation|banner|contentinfo|search|menu|menubar|dialog|alertdialog|toolbar|tablist)\b/;

/** Folded attribute texts already seen: a page repeats the same few class names on hundreds of elements. */
const wordsCache = new Map<string, string>();
const MAX_CACHED = 4096;

/** Splits attribute text into folded words, also at camelCase boundaries ("relatedPosts" → related posts). */
export function attributeWords(value: string): string {
  let words = wordsCache.get(value);
  if (words === undefined) {
    if (wordsCache.size >= MAX_CACHED) wordsCache.clear();
    words = splitAttributeWords(value);
    wordsCache.set(value, words);
  }
  return words;
}

function splitAttributeWords(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** First matching verdict of a cue list. */
export function matchCues(cues: Array<[Verdict, RegExp]>, text: string): Verdict | null {
  if (!text) return null;
  for (const [verdict, pattern] of cues) if (pattern.test(text)) return verdict;
  return null;
}

/** Verdict from an element's tag, role, class, id and aria-label; page-level header/footer are chrome. */
export function attributeVerdict(el: Element): Verdict | null {
  const attrs = ['class', 'id', 'aria-label'].map((name) => el.getAttribute(name) ?? '').join(' ');
  const byAttributes = matchCues(ATTRIBUTE_CUES, attributeWords(attrs));
  if (byAttributes && byAttributes !== 'exclude') return byAttributes;
  if (EXCLUDED_TAGS.has(el.tagName) || EXCLUDED_ROLES.test(el.getAttribute('role') ?? '')) return 'exclude';
  // Inside an <article>, <header>/<footer> hold the story's own title, meta, tags and related block.
  if (
    (el.tagName === 'HEADER' || el.tagName === 'FOOTER') &&
    !closestWhere(el.parentElement, (node) => node.tagName === 'ARTICLE')
  )
    return 'exclude';
  return byAttributes;
}

/** Verdict from a block's heading or label text (already folded). */
export function headingVerdict(foldedLabel: string): Verdict | null {
  return matchCues(HEADING_CUES, foldedLabel);
}

import type { RelatedStory } from '@/utils/article/types';
import { foldWords } from '@/utils/shared/fold';
import {
  type ArticleProfile,
  articleProfile,
  dice,
  entityWeight,
  matchedEntities,
  roundScore,
  saturate,
  termOverlap,
  withLinkCommonness,
} from './similarity';
import { foldedStemSet, stemSet } from './text';
import { folderOf } from './thin-slugs';
import type { LinkBlock, LinkCandidate, RankableArticle } from './types';
import { urlKey, urlSlugText } from './url-rules';

/** How much the block itself says "related": editors' picks first, then links in the text, then lists. */
const BLOCK_PRIOR: Record<LinkBlock, number> = {
  related: 0.5,
  suggested: 0.5,
  inline: 0.35,
  tag: 0.3,
  latest: 0.12,
  other: 0.05,
};
/**
 * The likeness a story needs to be listed, by block: an editor's related block vouches for its stories, a
 * latest or most-read list does not, and a link with no block must show the subject itself. An empty
 * section is better than a list of the site's other news.
 */
const MIN_LIKENESS: Record<LinkBlock, number> = {
  related: 0.2,
  suggested: 0.2,
  tag: 0.2,
  latest: 0.4,
  inline: 0.5,
  other: 0.5,
};
const EDITORIAL: ReadonlySet<LinkBlock> = new Set(['related', 'suggested', 'tag']);
// A block of suggestions mixes picks on the subject with the site's others: one alike story vouches for none.
const VOUCHING: ReadonlySet<LinkBlock> = new Set(['related', 'tag']);
// A story this alike is on the subject: its block is an editor's block on the subject, not a generic one.
const VOUCHING_LIKENESS = 0.25;
// The likeness the other stories of such a block need: a word or a name in common.
const VOUCHED_MIN_LIKENESS = 0.08;
// An editor's pointer to one story under a cue ("Lire aussi : <a>…</a>"): the editor chose that story for
// this article, so one topic word in common does. A bare link paragraph or a related block must show its subject.
const POINTER_MIN_LIKENESS = 0.1;
const SAME_SECTION_BONUS = 0.1;
// A teaser is weaker evidence than the headline: it is longer, so it matches common words by chance.
const SNIPPET_FACTOR = 0.3;
// The popup shows six; more would only be weaker picks.
const MAX_STORIES = 6;

/** A link's title with its kicker: the words a reader reads as the story's headline. */
const shownOf = (candidate: LinkCandidate): string => `${candidate.kicker ?? ''} ${candidate.title}`;

/** A link's title, kicker and slug words, folded: what its likeness is read from. */
const headlineOf = (candidate: LinkCandidate): string =>
  foldWords(`${shownOf(candidate)} ${urlSlugText(candidate.url)}`);

/** Likeness in [0, 1) of a story link to the article: shared entities, shared topic words, title overlap. */
export function linkLikeness(
  profile: ArticleProfile,
  candidate: LinkCandidate,
  headline = headlineOf(candidate),
): number {
  const headEntities = matchedEntities(profile, headline);
  // The teaser folded once, for its entities and its stems.
  const snippet = foldWords(candidate.snippet);
  const snippetEntities = matchedEntities(profile, snippet);
  const entities =
    entityWeight(headEntities, undefined, shownOf(candidate)) +
    SNIPPET_FACTOR * entityWeight(snippetEntities, headEntities);
  const headStems = stemSet(headline, profile.lang);
  const snippetStems = foldedStemSet(snippet, profile.lang);
  const terms =
    termOverlap(profile, headStems) + SNIPPET_FACTOR * termOverlap(profile, snippetStems, headStems);
  const title = dice(profile.titleStems, stemSet(shownOf(candidate), profile.lang));
  return 0.5 * saturate(entities, 1.2) + 0.3 * saturate(terms, 1) + 0.2 * title;
}

interface Judged {
  candidate: LinkCandidate;
  likeness: number;
}

/**
 * The editor's blocks that show they are on the article's subject: one of their stories at least is clearly
 * alike. Their other stories need only a little likeness (a short headline shares few words: "Why Do We Get
 * Allergies?" under a story on an allergy), where a block of the site's picks of the day shows none.
 */
function vouchedGroups(judged: Judged[]): Set<number> {
  const members = new Map<number, number>();
  const vouched = new Set<number>();
  for (const { candidate, likeness } of judged) {
    if (!VOUCHING.has(candidate.block) || candidate.group < 0) continue;
    members.set(candidate.group, (members.get(candidate.group) ?? 0) + 1);
    if (likeness >= VOUCHING_LIKENESS) vouched.add(candidate.group);
  }
  return new Set([...vouched].filter((group) => (members.get(group) ?? 0) >= 2));
}

// Folders that store a site's stories whatever their subject ("/blog/articles/"), as a date folder does.
const STORE_FOLDERS = new Set(
  'article articles artikel news nachrichten post posts stories story archive archives archiv actu actualites noticias notizie content contents pages'.split(
    ' ',
  ),
);

/**
 * The site folder a story is filed in, when it names a subsection ("/grand-ville/transport/"): two levels deep
 * or more, no date in it, not a store of all stories; else null.
 */
function subFolderOf(url: string): string | null {
  const folder = folderOf(new URL(url).pathname);
  const segments = folder.split('/').filter(Boolean);
  if (segments.length < 2 || segments.some((segment) => /^\d+$/.test(segment))) return null;
  return STORE_FOLDERS.has((segments[segments.length - 1] as string).toLowerCase()) ? null : folder;
}

/**
 * The site folders that file the article's subject: one holds a clearly alike story an editor picked, and
 * none of the page's other lists' stories (a folder the site's news of the day also fills says nothing).
 */
function subjectFolders(judged: Judged[]): Set<string> {
  const alike = new Set<string>();
  const listed = new Set<string>();
  for (const { candidate, likeness } of judged) {
    const folder = subFolderOf(candidate.url);
    if (!folder) continue;
    if (!VOUCHING.has(candidate.block)) listed.add(folder);
    else if (likeness >= VOUCHING_LIKENESS) alike.add(folder);
  }
  return new Set([...alike].filter((folder) => !listed.has(folder)));
}

/**
 * The likeness a story needs: by its block kind, less in an editor's block that vouches for its stories, none
 * for an editor's related pick filed beside a clearly alike one, and less for an editor's pointer to one story
 * under a cue.
 */
function minLikeness(
  candidate: LinkCandidate,
  vouched: ReadonlySet<number>,
  folders: ReadonlySet<string>,
): number {
  if (candidate.block === 'related' && folders.size > 0) {
    const folder = subFolderOf(candidate.url);
    if (folder && folders.has(folder)) return 0;
  }
  if (VOUCHING.has(candidate.block) && vouched.has(candidate.group)) return VOUCHED_MIN_LIKENESS;
  if (candidate.block === 'related' && candidate.cued) return POINTER_MIN_LIKENESS;
  return MIN_LIKENESS[candidate.block];
}

/**
 * A filter keeping the first story of each title: sites link one story under several addresses (a tracking
 * parameter, a mobile or AMP path), and a reader sees the same headline twice.
 */
function firstOfTitle(): (ranked: { candidate: LinkCandidate }) => boolean {
  const seen = new Set<string>();
  return ({ candidate }) => {
    const key = foldWords(candidate.title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * The page's story links on the article's subject, best first (likeness plus a prior by block kind), at most
 * six; none when no link is alike enough.
 */
export function rankRelatedLinks(candidates: LinkCandidate[], article: RankableArticle): RelatedStory[] {
  const profile = articleProfile(
    article,
    candidates.map((candidate) => candidate.title),
  );
  // Stories an editor picked share the article's subject by design; the site's other lists show which
  // entities are merely common on it.
  // Each link's headline is read once (its slug is parsed from its URL): the lists and the likeness use it.
  const headlined = candidates.map((candidate) => ({ candidate, headline: headlineOf(candidate) }));
  const lists = headlined.filter(({ candidate }) => !EDITORIAL.has(candidate.block));
  const listProfile = withLinkCommonness(
    profile,
    lists.map(({ headline }) => headline),
  );
  const self = urlKey(article.url);
  // A link titled with the article's own headline (a series or topic link) is no other story.
  const ownTitle = foldWords(article.title);
  const judged = headlined
    .filter(({ candidate }) => urlKey(candidate.url) !== self && foldWords(candidate.title) !== ownTitle)
    .map(({ candidate, headline }) => ({
      candidate,
      likeness: linkLikeness(EDITORIAL.has(candidate.block) ? profile : listProfile, candidate, headline),
    }));
  const vouched = vouchedGroups(judged);
  const folders = subjectFolders(judged);
  return judged
    .filter(({ candidate, likeness }) => likeness >= minLikeness(candidate, vouched, folders))
    .map(({ candidate, likeness }) => ({
      candidate,
      score: BLOCK_PRIOR[candidate.block] + (candidate.sameSection ? SAME_SECTION_BONUS : 0) + likeness,
    }))
    .sort((a, b) => b.score - a.score || a.candidate.position - b.candidate.position)
    .filter(firstOfTitle())
    .slice(0, MAX_STORIES)
    .map(({ candidate, score }) => ({
      title: candidate.title,
      url: candidate.url,
      score: roundScore(score),
      source: 'page' as const,
    }));
}

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
import { stemSet } from './text';
import type { LinkBlock, LinkCandidate, RankableArticle } from './types';
import { urlKey, urlSlugText } from './url-rules';

/** How much the block itself says "related": editors' picks first, then links in the text, then lists. */
const BLOCK_PRIOR: Record<LinkBlock, number> = {
  related: 0.5,
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
  tag: 0.2,
  latest: 0.4,
  inline: 0.5,
  other: 0.5,
};
const EDITORIAL: ReadonlySet<LinkBlock> = new Set(['related', 'tag']);
const SAME_SECTION_BONUS = 0.1;
// A teaser is weaker evidence than the headline: it is longer, so it matches common words by chance.
const SNIPPET_FACTOR = 0.3;
// The popup shows six; more would only be weaker picks.
const MAX_STORIES = 6;

/** A link's title and slug words, folded: what its likeness is read from. */
const headlineOf = (candidate: LinkCandidate): string =>
  foldWords(`${candidate.title} ${urlSlugText(candidate.url)}`);

/** Likeness in [0, 1) of a story link to the article: shared entities, shared topic words, title overlap. */
export function linkLikeness(profile: ArticleProfile, candidate: LinkCandidate): number {
  const headline = headlineOf(candidate);
  const headEntities = matchedEntities(profile, headline);
  const snippetEntities = matchedEntities(profile, foldWords(candidate.snippet));
  const entities = entityWeight(headEntities) + SNIPPET_FACTOR * entityWeight(snippetEntities, headEntities);
  const headStems = stemSet(headline, profile.lang);
  const snippetStems = stemSet(candidate.snippet, profile.lang);
  const terms =
    termOverlap(profile, headStems) + SNIPPET_FACTOR * termOverlap(profile, snippetStems, headStems);
  const title = dice(profile.titleStems, stemSet(candidate.title, profile.lang));
  return 0.5 * saturate(entities, 1.2) + 0.3 * saturate(terms, 1) + 0.2 * title;
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
  const lists = candidates.filter((candidate) => !EDITORIAL.has(candidate.block));
  const listProfile = withLinkCommonness(profile, lists.map(headlineOf));
  const self = urlKey(article.url);
  // A link titled with the article's own headline (a series or topic link) is no other story.
  const ownTitle = foldWords(article.title);
  return candidates
    .filter((candidate) => urlKey(candidate.url) !== self && foldWords(candidate.title) !== ownTitle)
    .map((candidate) => ({
      candidate,
      likeness: linkLikeness(EDITORIAL.has(candidate.block) ? profile : listProfile, candidate),
    }))
    .filter(({ candidate, likeness }) => likeness >= MIN_LIKENESS[candidate.block])
    .map(({ candidate, likeness }) => ({
      candidate,
      score: BLOCK_PRIOR[candidate.block] + (candidate.sameSection ? SAME_SECTION_BONUS : 0) + likeness,
    }))
    .sort((a, b) => b.score - a.score || a.candidate.position - b.candidate.position)
    .slice(0, MAX_STORIES)
    .map(({ candidate, score }) => ({
      title: candidate.title,
      url: candidate.url,
      score: roundScore(score),
      source: 'page' as const,
    }));
}

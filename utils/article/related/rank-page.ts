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
const SAME_SECTION_BONUS = 0.1;
// A teaser is weaker evidence than the headline: it is longer, so it matches common words by chance.
const SNIPPET_FACTOR = 0.3;
const MAX_STORIES = 10;
const MIN_OTHER_LIKENESS = 0.05;

/** Likeness in [0, 1) of a story link to the article: shared entities, shared topic words, title overlap. */
export function linkLikeness(profile: ArticleProfile, candidate: LinkCandidate): number {
  const headline = `${candidate.title} ${urlSlugText(candidate.url)}`;
  const headEntities = matchedEntities(profile, foldWords(headline));
  const snippetEntities = matchedEntities(profile, foldWords(candidate.snippet));
  const entities = entityWeight(headEntities) + SNIPPET_FACTOR * entityWeight(snippetEntities, headEntities);
  const headStems = stemSet(headline, profile.lang);
  const snippetStems = stemSet(candidate.snippet, profile.lang);
  const terms =
    termOverlap(profile, headStems) + SNIPPET_FACTOR * termOverlap(profile, snippetStems, headStems);
  const title = dice(profile.titleStems, stemSet(candidate.title, profile.lang));
  return 0.5 * saturate(entities, 1.2) + 0.3 * saturate(terms, 1) + 0.2 * title;
}

/** Ranks the page's story links by likeness to the article plus a prior by block kind; best first, at most 10. */
export function rankRelatedLinks(candidates: LinkCandidate[], article: RankableArticle): RelatedStory[] {
  const profile = articleProfile(article);
  const self = urlKey(article.url);
  return candidates
    .filter((candidate) => urlKey(candidate.url) !== self)
    .map((candidate) => ({ candidate, likeness: linkLikeness(profile, candidate) }))
    .filter(({ candidate, likeness }) => candidate.block !== 'other' || likeness >= MIN_OTHER_LIKENESS)
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

import type { RelatedStory } from '@/utils/article/types';
import { foldWords } from '@/utils/shared/fold';
import { type ArticleProfile, articleProfile, dice, roundScore, saturate, termOverlap } from './similarity';
import { stem, stemSet } from './text';
import type { LibraryCandidate, RankableArticle } from './types';
import { urlKey } from './url-rules';

// Below this a saved article shares too little (one minor entity, a couple of common words) to be worth showing.
const MIN_SCORE = 0.15;
// One shared word is chance ("agences" de voyage vs. agences fédérales): keywords alone need two.
const MIN_SHARED_TERMS = 2;

/** Likeness in [0, 1) of a saved article to the current one, or 0 when they share no entity and too few words. */
export function libraryLikeness(profile: ArticleProfile, candidate: LibraryCandidate): number {
  const names = new Set(candidate.entities.map(foldWords));
  const title = ` ${foldWords(candidate.title)} `;
  const shared = profile.entities.filter((entity) =>
    entity.forms.some((form) => names.has(form) || title.includes(` ${form} `)),
  );
  const titleStems = stemSet(candidate.title, profile.lang);
  const stems = new Set([...candidate.keywords.map((word) => stem(foldWords(word))), ...titleStems]);
  const sharedTerms = [...stems].filter((key) => profile.terms.has(key)).length;
  if (shared.length === 0 && sharedTerms < MIN_SHARED_TERMS) return 0;
  const entities = shared.reduce((sum, entity) => sum + entity.weight, 0);
  const terms = termOverlap(profile, stems);
  return (
    0.5 * saturate(entities, 1.2) + 0.35 * saturate(terms, 0.8) + 0.15 * dice(profile.titleStems, titleStems)
  );
}

/** Saved articles most like the current one, best first, the article itself excluded; `source: 'library'`. */
export function rankLibraryMatches(
  article: RankableArticle,
  candidates: LibraryCandidate[],
  limit: number,
): RelatedStory[] {
  const profile = articleProfile(article);
  const self = urlKey(article.url);
  return candidates
    .filter((candidate) => urlKey(candidate.url) !== self)
    .map((candidate) => ({ candidate, score: libraryLikeness(profile, candidate) }))
    .filter(({ score }) => score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, limit))
    .map(({ candidate, score }) => ({
      title: candidate.title,
      url: candidate.url,
      score: roundScore(score),
      source: 'library' as const,
      articleId: candidate.id,
    }));
}

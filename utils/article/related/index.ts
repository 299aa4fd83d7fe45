/** Related stories: the page's own story links and the reader's library, ranked by likeness to the article. */
export { collectLinkCandidates } from './collect-links';
export { keywordsOf } from './keywords';
export { rankLibraryMatches } from './rank-library';
export { rankRelatedLinks } from './rank-page';
export type { LibraryCandidate, LinkBlock, LinkCandidate, RankableArticle } from './types';

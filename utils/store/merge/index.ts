/** Field-by-field merging of articles and annotations (pure), shared by imports, restores and saves. */
export { allFieldsAt, patchTimes, TIMED_FIELDS, timeOf } from './field-times';
export { incomingFromInput, incomingFromRows } from './incoming';
export { type ArticleMerge, type ArticleRows, mergeArticle } from './merge-article';

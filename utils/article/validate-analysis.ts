/**
 * Checks an article analysis crossing a boundary (the `article/save` message) and the entity and related
 * lists the library stores with it, with the same field rules and limits as imports (shared/validate-fields).
 */
import {
  firstProblem,
  httpUrlProblem,
  inField,
  isRecord,
  ARTICLE_LIMITS as L,
  listProblem,
  mediaUrlProblem,
  numberProblem,
  oneOfProblem,
  optionalTextProblem,
  type Problem,
  textProblem,
} from '@/utils/shared/validate-fields';

const ENTITY_TYPES = ['person', 'organization', 'place', 'product', 'group', 'other'] as const;
const BIG = 1e12;

/** One entity: its name, kind, counts and variants. */
export function entityProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'entity: not an object';
  return inField(
    'entity',
    firstProblem(
      textProblem(v.text, 300),
      oneOfProblem(v.type, ENTITY_TYPES),
      numberProblem(v.count, 0, BIG),
      listProblem(v.variants, 50, (x) => textProblem(x, 300)),
      numberProblem(v.score, -BIG, BIG),
    ),
  );
}

/** One related story: a title, an http(s) address, its score and where it came from. */
export function relatedProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'related story: not an object';
  return inField(
    'related story',
    firstProblem(
      textProblem(v.title, L.title),
      httpUrlProblem(v.url),
      numberProblem(v.score, -BIG, BIG),
      oneOfProblem(v.source, ['page', 'library']),
      v.articleId === undefined ? null : textProblem(v.articleId, L.id),
    ),
  );
}

/** Entities, related stories and image addresses, as an analysis carries and the library stores them. */
export function contentListsProblem(v: { entities: unknown; related: unknown; images: unknown }): Problem {
  return firstProblem(
    inField('entities', listProblem(v.entities, L.entities, entityProblem)),
    inField('related', listProblem(v.related, L.related, relatedProblem)),
    inField(
      'images',
      listProblem(v.images, L.images, (x) => mediaUrlProblem(x)),
    ),
  );
}

/** Everything `article/save` may store: the shape of `ArticleAnalysis`, with sizes bounded. */
export function analysisProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'analysis: not an object';
  return firstProblem(
    inField('url', httpUrlProblem(v.url)),
    inField('canonicalUrl', optionalTextProblem(v.canonicalUrl, L.url)),
    inField('title', textProblem(v.title, L.title)),
    inField('byline', optionalTextProblem(v.byline, L.byline)),
    inField('siteName', optionalTextProblem(v.siteName, L.siteName)),
    inField('lang', textProblem(v.lang, L.lang)),
    inField('publishedTime', optionalTextProblem(v.publishedTime, L.date)),
    inField('excerpt', optionalTextProblem(v.excerpt, L.excerpt)),
    inField('leadImage', v.leadImage === null ? null : mediaUrlProblem(v.leadImage)),
    inField('html', textProblem(v.html, L.html)),
    inField('text', textProblem(v.text, L.text)),
    inField('wordCount', numberProblem(v.wordCount, 0, BIG)),
    inField('readingTimeMinutes', numberProblem(v.readingTimeMinutes, 0, BIG)),
    inField('isArticle', oneOfProblem(v.isArticle, [true, false])),
    contentListsProblem({ entities: v.entities, related: v.related, images: v.images }),
  );
}

/**
 * Checks rows before they are written from outside the extension's own code paths: a restored Liseuse
 * export, an import, (later) a synced document. Same field rules and limits as the `article/save`
 * message (shared/validate-fields, article/validate-analysis), so no row can break a view.
 */
import { contentListsProblem } from '@/utils/article/validate-analysis';
import {
  epochProblem,
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
  tagsProblem,
  textProblem,
} from '@/utils/shared/validate-fields';
import type { ArticleInput } from './types';

/** Values of the enumerated article fields. */
export const ARTICLE_STATUSES = ['unread', 'archived'] as const;
export const ARTICLE_SOURCES = ['web', 'pocket', 'instapaper', 'omnivore', 'liseuse', 'other'] as const;
const BIG = 1e12;

/** Fields an input and a stored summary share, when present. */
function metadataProblem(v: Record<string, unknown>): Problem {
  return firstProblem(
    inField('canonicalUrl', v.canonicalUrl === undefined ? null : optionalTextProblem(v.canonicalUrl, L.url)),
    inField('title', v.title === undefined ? null : textProblem(v.title, L.title)),
    inField('byline', v.byline === undefined ? null : optionalTextProblem(v.byline, L.byline)),
    inField('siteName', v.siteName === undefined ? null : optionalTextProblem(v.siteName, L.siteName)),
    inField('lang', v.lang === undefined ? null : textProblem(v.lang, L.lang)),
    inField(
      'publishedTime',
      v.publishedTime === undefined ? null : optionalTextProblem(v.publishedTime, L.date),
    ),
    inField('excerpt', v.excerpt === undefined ? null : optionalTextProblem(v.excerpt, L.excerpt)),
    inField(
      'leadImage',
      v.leadImage === undefined || v.leadImage === null ? null : mediaUrlProblem(v.leadImage),
    ),
    inField('status', v.status === undefined ? null : oneOfProblem(v.status, ARTICLE_STATUSES)),
    inField('tags', v.tags === undefined ? null : tagsProblem(v.tags)),
    inField('savedAt', v.savedAt === undefined ? null : epochProblem(v.savedAt)),
    inField('progress', v.progress === undefined ? null : numberProblem(v.progress, 0, 1)),
    inField('source', v.source === undefined ? null : oneOfProblem(v.source, ARTICLE_SOURCES)),
  );
}

/** An article to save or import (`ArticleInput`: omitted fields keep their stored value). */
export function articleInputProblem(v: ArticleInput | Record<string, unknown>): Problem {
  const r = v as Record<string, unknown>;
  return firstProblem(
    inField('url', httpUrlProblem(r.url)),
    metadataProblem(r),
    inField('favorite', r.favorite === undefined ? null : oneOfProblem(r.favorite, [true, false])),
    inField('html', r.html === undefined ? null : textProblem(r.html, L.html)),
    inField('text', r.text === undefined ? null : textProblem(r.text, L.text)),
    inField('wordCount', r.wordCount === undefined ? null : numberProblem(r.wordCount, 0, BIG)),
  );
}

/** A stored article summary, every field present (Liseuse's own export). */
export function articleSummaryProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'not an object';
  return firstProblem(
    inField('id', textProblem(v.id, L.id)),
    inField('url', httpUrlProblem(v.url)),
    inField('originalUrl', httpUrlProblem(v.originalUrl)),
    inField('canonicalUrl', optionalTextProblem(v.canonicalUrl, L.url)),
    inField('title', textProblem(v.title, L.title)),
    inField('site', textProblem(v.site, L.url)),
    metadataProblem(v),
    inField('wordCount', numberProblem(v.wordCount, 0, BIG)),
    inField('readingTimeMinutes', numberProblem(v.readingTimeMinutes, 0, BIG)),
    inField('updatedAt', epochProblem(v.updatedAt)),
    inField('status', oneOfProblem(v.status, ARTICLE_STATUSES)),
    inField('favorite', oneOfProblem(v.favorite, [0, 1])),
    inField('tags', tagsProblem(v.tags)),
    inField(
      'entityKeys',
      listProblem(v.entityKeys, L.entities, (k) => textProblem(k, 300)),
    ),
    inField('position', numberProblem(v.position, 0, 1)),
    inField('hasContent', oneOfProblem(v.hasContent, [true, false])),
    inField('savedAt', epochProblem(v.savedAt)),
    inField('progress', numberProblem(v.progress, 0, 1)),
    inField('source', oneOfProblem(v.source, ARTICLE_SOURCES)),
  );
}

/** A stored article content row. */
export function articleContentProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'not an object';
  return firstProblem(
    inField('id', textProblem(v.id, L.id)),
    inField('html', textProblem(v.html, L.html)),
    inField('text', textProblem(v.text, L.text)),
    contentListsProblem({ entities: v.entities, related: v.related, images: v.images }),
  );
}

/** Largest image blob kept (as the save's download cap). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/** A stored image row, its blob already decoded. */
export function storedImageProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'not an object';
  const blob = v.blob as { size?: unknown } | null;
  return firstProblem(
    inField('articleId', textProblem(v.articleId, L.id)),
    inField('url', mediaUrlProblem(v.url)),
    inField('status', oneOfProblem(v.status, ['stored', 'failed'])),
    inField('error', optionalTextProblem(v.error, 1_000)),
    inField('fetchedAt', epochProblem(v.fetchedAt)),
    inField('blob', blob === null ? null : numberProblem(blob?.size, 0, MAX_IMAGE_BYTES)),
  );
}

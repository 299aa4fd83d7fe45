/**
 * Runtime validation of annotations crossing a boundary: message payloads (content scripts run beside
 * hostile pages) and stored rows from imports and restores, with the same limits. Everything is
 * checked: shapes, enum values and sizes.
 */
import type { Selector } from '@/utils/shared/selectors';
import {
  epochProblem,
  firstProblem,
  httpUrlProblem,
  inField,
  isObject,
  isRecord,
  isString,
  listProblem,
  type Problem,
  textProblem,
} from '@/utils/shared/validate-fields';
import { isSelector } from '@/utils/shared/validate-selectors';
import {
  type AnnotationChanges,
  HIGHLIGHT_COLORS,
  type HighlightColor,
  LIMITS,
  type WebAnnotation,
} from './model';

const isIsoTime = (v: unknown): v is string => isString(v, 40) && !Number.isNaN(Date.parse(v));

/** An annotation id as messages carry it (any string of sane length; the store decides if it exists). */
export const isAnnotationId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= 200;

/** True for one of the toolbar's colours. */
export function isHighlightColor(v: unknown): v is HighlightColor {
  return typeof v === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(v);
}

/** Selectors must include a quote: it is what re-anchoring checks everything else against. */
export function isSelectorList(v: unknown): v is Selector[] {
  return (
    Array.isArray(v) &&
    v.length <= 8 &&
    v.every((s) => isSelector(s, LIMITS.quote)) &&
    v.some((s) => isObject(s) && s.type === 'TextQuoteSelector')
  );
}

function isTags(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= LIMITS.tags && v.every((t) => isString(t, LIMITS.tag));
}

function isBody(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length <= LIMITS.tags + 1 &&
    v.every(
      (b) =>
        isObject(b) &&
        b.type === 'TextualBody' &&
        (b.purpose === 'commenting' || b.purpose === 'tagging') &&
        isString(b.value, LIMITS.note),
    )
  );
}

/** Full structural check of a stored or submitted annotation. */
export function isWebAnnotation(v: unknown): v is WebAnnotation {
  return (
    isObject(v) &&
    v['@context'] === 'http://www.w3.org/ns/anno.jsonld' &&
    isString(v.id, 200) &&
    v.id.startsWith('urn:uuid:') &&
    v.type === 'Annotation' &&
    (v.motivation === 'highlighting' || v.motivation === 'commenting') &&
    isIsoTime(v.created) &&
    isIsoTime(v.modified) &&
    isBody(v.body) &&
    isObject(v.target) &&
    isString(v.target.source, 4000) &&
    isSelectorList(v.target.selector) &&
    isHighlightColor(v.color) &&
    (v.conflictOf === undefined || (isString(v.conflictOf, 200) && v.conflictOf.startsWith('urn:uuid:')))
  );
}

/** Checks an update: only known fields, each well-formed. */
export function isAnnotationChanges(v: unknown): v is AnnotationChanges {
  if (!isObject(v)) return false;
  const known = ['note', 'color', 'tags', 'selector'];
  if (Object.keys(v).some((k) => !known.includes(k))) return false;
  return (
    (v.note === undefined || isString(v.note, LIMITS.note)) &&
    (v.color === undefined || isHighlightColor(v.color)) &&
    (v.tags === undefined || isTags(v.tags)) &&
    (v.selector === undefined || isSelectorList(v.selector))
  );
}

/**
 * A stored annotation row (imports, restores, later sync), with the same limits as messages: an http(s)
 * page, well-formed selectors with a quote of at most `LIMITS.quote`, a note of at most `LIMITS.note`,
 * tags as messages allow them and a colour of the palette.
 */
export function annotationRowProblem(v: unknown): Problem {
  if (!isRecord(v)) return 'not an object';
  const target = isRecord(v.target) ? v.target : null;
  return firstProblem(
    inField('id', isAnnotationId(v.id) ? null : 'not an id'),
    inField('url', httpUrlProblem(v.url)),
    inField('target', target ? textProblem(target.source, 4000) : 'not an object'),
    inField(
      'selectors',
      target && isSelectorList(target.selector) ? null : selectorsProblem(target?.selector),
    ),
    inField('note', textProblem(v.body, LIMITS.note)),
    inField(
      'tags',
      listProblem(v.tags, LIMITS.tags, (t) => textProblem(t, LIMITS.tag)),
    ),
    inField('color', isHighlightColor(v.color) ? null : `not one of ${HIGHLIGHT_COLORS.join(', ')}`),
    inField('created', epochProblem(v.created)),
    inField('modified', epochProblem(v.modified)),
    inField('articleId', v.articleId === undefined ? null : textProblem(v.articleId, 200)),
    inField('conflictOf', v.conflictOf === undefined || isAnnotationId(v.conflictOf) ? null : 'not an id'),
  );
}

/** Why a selector list was refused, for the import report. */
function selectorsProblem(v: unknown): string {
  if (!Array.isArray(v)) return 'not a list';
  const quote = v.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as
    | Record<string, unknown>
    | undefined;
  if (!quote) return 'no quote';
  if (typeof quote.exact === 'string' && quote.exact.length > LIMITS.quote)
    return `quote longer than ${LIMITS.quote} characters`;
  return 'malformed selector';
}

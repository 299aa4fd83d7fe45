/**
 * Runtime validation of annotation payloads crossing the message boundary. Content scripts run
 * beside hostile pages, so everything is checked: shapes, enum values and sizes.
 */
import type { Selector } from '@/utils/shared/selectors';
import { isSelector } from '@/utils/shared/validate-selectors';
import {
  type AnnotationChanges,
  HIGHLIGHT_COLORS,
  type HighlightColor,
  LIMITS,
  type WebAnnotation,
} from './model';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;
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

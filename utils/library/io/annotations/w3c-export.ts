/**
 * Exports annotations as a W3C Web Annotation collection (JSON-LD,
 * https://www.w3.org/TR/annotation-model/): TextQuote, TextPosition and XPath RangeSelectors,
 * the note as a commenting TextualBody, tags as tagging bodies, colour in Liseuse's namespace.
 */
import type { Annotation } from '@/utils/store/types';

/** The JSON-LD context: the W3C one plus a prefix for the fields only Liseuse has. */
export const W3C_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { liseuse: 'https://liseuse.app/ns#' },
] as const;

/** One exported annotation. */
export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: string }[];
  target: { source: string; selector: Annotation['target']['selector'] };
  'liseuse:color'?: string;
}

/** Converts one stored annotation (its id becomes a `urn:uuid:`-style IRI when it is not one). */
export function toW3cAnnotation(a: Annotation): W3cAnnotation {
  const body: W3cAnnotation['body'] = [];
  if (a.body.trim())
    body.push({ type: 'TextualBody', value: a.body, purpose: 'commenting', format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: /^[a-z][a-z0-9+.-]*:/i.test(a.id) ? a.id : `urn:liseuse:annotation:${a.id}`,
    type: 'Annotation',
    motivation: a.body.trim() ? 'commenting' : 'highlighting',
    created: new Date(a.created).toISOString(),
    modified: new Date(a.modified).toISOString(),
    body,
    target: { source: a.target.source || a.url, selector: a.target.selector },
    ...(a.color ? { 'liseuse:color': a.color } : {}),
  };
}

/** Serialises annotations as one AnnotationCollection with a single page, pretty-printed. */
export function exportW3cAnnotations(annotations: Annotation[], now = Date.now()): string {
  const items = annotations.map(toW3cAnnotation);
  return JSON.stringify(
    {
      '@context': W3C_CONTEXT,
      type: 'AnnotationCollection',
      label: 'Liseuse annotations',
      generated: new Date(now).toISOString(),
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  );
}

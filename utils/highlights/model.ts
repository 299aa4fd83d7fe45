/**
 * The W3C Web Annotation model (https://www.w3.org/TR/annotation-model/) as Liseuse stores it:
 * one record per highlight, a note as a commenting TextualBody, tags as tagging bodies, and the
 * highlight colour as a Liseuse extension term. Pure: no DOM, no browser APIs.
 */
import { randomUuid } from '@/utils/shared/random-uuid';
import type { AnnotationTarget, Selector, TextQuoteSelector } from '@/utils/shared/selectors';

/** Colours offered by the selection toolbar; each maps to a `::highlight(liseuse-<colour>)` style. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
/** The colour of a highlight that comes without one (imports from other tools). */
export const DEFAULT_COLOR: HighlightColor = 'yellow';

/** A free-text body: the reader's note (`commenting`) or one tag (`tagging`). */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/plain';
}

/** One highlight or note, serialisable as W3C Web Annotation JSON-LD. */
export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  /** `urn:uuid:…`, stable across export and import. */
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** ISO 8601 times. */
  created: string;
  modified: string;
  body: TextualBody[];
  target: AnnotationTarget;
  /** Liseuse extension term: the paint colour. */
  color: HighlightColor;
  /** Liseuse extension term: set on the other version of a note edited on two devices (sync kept both). */
  conflictOf?: string;
}

/** Fields a reader can change after creation. */
export interface AnnotationChanges {
  note?: string;
  color?: HighlightColor;
  tags?: string[];
  selector?: Selector[];
}

/** Upper bounds that keep a hostile or runaway page from storing megabytes per highlight. */
export const LIMITS = { note: 20_000, tag: 100, tags: 50, quote: 10_000 } as const;

/** Builds a new annotation; `note` empty means a plain highlight. */
export function createAnnotation(input: {
  id: string;
  source: string;
  selector: Selector[];
  color: HighlightColor;
  note?: string;
  tags?: string[];
  now: Date;
}): WebAnnotation {
  const time = input.now.toISOString();
  const base: WebAnnotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: input.id,
    type: 'Annotation',
    motivation: 'highlighting',
    created: time,
    modified: time,
    body: [],
    target: { source: input.source, selector: input.selector },
    color: input.color,
  };
  return applyChanges(base, { note: input.note ?? '', tags: input.tags ?? [] }, input.now);
}

/** Returns a copy with `changes` applied and `modified` bumped; `created` never changes. */
export function applyChanges(a: WebAnnotation, changes: AnnotationChanges, now: Date): WebAnnotation {
  const note = (changes.note ?? noteOf(a)).trim();
  const tags = changes.tags ?? tagsOf(a);
  const body: TextualBody[] = [
    ...(note
      ? [
          {
            type: 'TextualBody' as const,
            purpose: 'commenting' as const,
            value: note,
            format: 'text/plain' as const,
          },
        ]
      : []),
    ...uniqueTags(tags).map((value) => ({
      type: 'TextualBody' as const,
      purpose: 'tagging' as const,
      value,
    })),
  ];
  return {
    ...a,
    motivation: note ? 'commenting' : 'highlighting',
    modified: now.toISOString(),
    body,
    color: changes.color ?? a.color,
    target: changes.selector ? { ...a.target, selector: changes.selector } : a.target,
  };
}

function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/** The reader's note, or an empty string. */
export function noteOf(a: WebAnnotation): string {
  return a.body.find((b) => b.purpose === 'commenting')?.value ?? '';
}

/** The annotation's tags, in order. */
export function tagsOf(a: WebAnnotation): string[] {
  return a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

/** The quoted passage (from the TextQuoteSelector), or an empty string. */
export function quoteOf(a: WebAnnotation): string {
  const q = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return q?.exact ?? '';
}

/** A fresh `urn:uuid:` identifier (works on insecure `http://` pages too). */
export function newAnnotationId(): string {
  return `urn:uuid:${randomUuid()}`;
}

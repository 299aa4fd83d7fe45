/**
 * Merging an imported highlight or note into the stored one of the same id (pure). The newer side
 * wins each of note, passage, colour; tags are united when times cannot decide. An import never
 * empties a note. What cannot be merged keeps both: a note on another page, or two different notes
 * with no time to choose between them, come in as a new note beside the reader's.
 */
import { stableId } from '@/utils/shared/stable-id';
import type { Annotation, IncomingAnnotation } from '@/utils/store/types';
import { mergeField, sameSet, unite } from './merge-field';

/** What to do with one imported annotation. */
export interface AnnotationMerge {
  /** Rows to write (none when nothing changes). */
  write: Annotation[];
  outcome: 'created' | 'updated' | 'unchanged';
  /** The import differed and the reader's version was kept (it may also have been added beside). */
  keptYours: boolean;
  /** The import was added as a new note beside the reader's. */
  keptBoth: boolean;
}

/** The id an unmergeable import takes beside the reader's annotation (stable: re-importing finds it). */
export function besideId(incoming: Annotation): string {
  return `${incoming.id}~${stableId(`${incoming.url}\u0000${incoming.body}\u0000${JSON.stringify(incoming.target.selector)}`)}`;
}

const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

function beside(incoming: Annotation): AnnotationMerge {
  const row = { ...incoming, id: besideId(incoming) };
  delete row.articleId;
  return { write: [row], outcome: 'created', keptYours: true, keptBoth: true };
}

/** Note, passage, colour and tags of `mine` merged into `local`, each by its own rule. */
function mergeParts(local: Annotation, mine: Annotation, time: number | null, now: number) {
  const at = <T>(value: T) => ({ value, time: local.modified });
  const same = <T>(a: T, b: T) => a === b;
  return {
    // An import without a note says nothing about the note: it never empties the reader's.
    body: mergeField(
      at(local.body),
      mine.body.trim() ? { value: mine.body, time } : undefined,
      { same, empty: (v) => !v.trim() },
      now,
    ),
    target: mergeField(at(local.target), { value: mine.target, time }, { same: sameJson }, now),
    color: mergeField(at(local.color), { value: mine.color, time }, { same }, now),
    tags: mergeField(
      at<string[]>(local.tags),
      { value: mine.tags, time },
      { same: sameSet, union: unite },
      now,
    ),
  };
}

/** Merges `incoming` into `local` (the stored annotation with its id, if any). */
export function mergeAnnotation(
  local: Annotation | undefined,
  incoming: IncomingAnnotation,
  now: number,
): AnnotationMerge {
  const mine = incoming.annotation;
  if (!local) return { write: [mine], outcome: 'created', keptYours: false, keptBoth: false };
  if (local.url !== mine.url) return beside(mine);
  const bodiesDiffer = Boolean(local.body.trim() && mine.body.trim() && local.body !== mine.body);
  // Two different notes and nothing to say which came later: neither is dropped.
  if (bodiesDiffer && (incoming.time === null || incoming.time === local.modified)) return beside(mine);
  const { body, target, color, tags } = mergeParts(local, mine, incoming.time, now);
  const parts = [body, target, color, tags];
  const keptYours = parts.some((p) => p.keptLocal);
  if (!parts.some((p) => p.changed)) return { write: [], outcome: 'unchanged', keptYours, keptBoth: false };
  const row: Annotation = {
    ...local,
    body: body.value,
    target: target.value,
    color: color.value,
    tags: tags.value,
    created: Math.min(local.created, mine.created),
    modified: Math.max(...parts.map((p) => p.time)),
  };
  return { write: [row], outcome: 'updated', keptYours, keptBoth: false };
}

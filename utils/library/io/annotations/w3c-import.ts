/**
 * Imports W3C Web Annotations (a collection, a page, an array or one annotation) and Hypothesis's
 * own JSON (its export `{annotations: [...]}` or API `{rows: [...]}` with `uri`, `text`, `tags`,
 * `target[].selector` and RangeSelectors in `startContainer/startOffset` form).
 */
import { parseTime, safeUrl, splitTags, textOrNull } from '@/utils/library/io/fields';
import { emptyImport, type ImportedAnnotation, type ParsedImport } from '@/utils/library/io/types';
import { isRecord } from '@/utils/shared/validate-fields';
import { readSelectors } from './selectors';

type Obj = Record<string, unknown>;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** The annotation objects of any accepted container shape. */
export function annotationItems(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return null;
  if (Array.isArray(data.annotations)) return data.annotations;
  if (Array.isArray(data.rows)) return data.rows;
  if (Array.isArray(data.items)) return data.items;
  if (isRecord(data.first) && Array.isArray(data.first.items)) return data.first.items;
  if (data.type === 'Annotation' || data.target) return [data];
  return null;
}

/** Note and tags from W3C bodies: tagging bodies are tags, the other textual bodies the note. */
function readBodies(raw: unknown): { note: string | null; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  for (const b of asList(raw)) {
    if (typeof b === 'string') notes.push(b);
    else if (isRecord(b) && typeof b.value === 'string')
      (b.purpose === 'tagging' ? tags : notes).push(b.value);
  }
  return { note: textOrNull(notes.join('\n\n')), tags };
}

function readTarget(item: Obj): { source: string | null; selectors: ReturnType<typeof readSelectors> } {
  const targets = asList(item.target);
  const first = targets[0];
  const source = typeof first === 'string' ? first : isRecord(first) ? String(first.source ?? '') : '';
  const selectors = targets.flatMap((t) => (isRecord(t) ? readSelectors(t.selector) : []));
  return { source: safeUrl(source) ?? safeUrl(String(item.uri ?? '')), selectors };
}

function titleOf(item: Obj): string | null {
  const doc = item.document;
  if (!isRecord(doc)) return null;
  return textOrNull(Array.isArray(doc.title) ? doc.title[0] : doc.title);
}

/** One annotation object → an imported annotation, or an error message. */
export function readAnnotation(item: unknown, now: number): Omit<ImportedAnnotation, 'from'> | string {
  if (!isRecord(item)) return 'not an object';
  const { source, selectors } = readTarget(item);
  if (!source) return 'no valid target URL';
  if (selectors.length === 0) return 'no passage selector (page notes are not imported)';
  const bodies = readBodies(item.body);
  const hypothesisTags = Array.isArray(item.tags)
    ? item.tags.filter((t): t is string => typeof t === 'string')
    : [];
  const dated = parseTime(String(item.created ?? ''));
  const created = dated ?? now;
  const color = item['liseuse:color'];
  const ownId = typeof item.id === 'string' ? /^urn:liseuse:annotation:(.+)$/.exec(item.id)?.[1] : undefined;
  return {
    ...(ownId ? { id: ownId } : {}),
    url: source,
    title: titleOf(item),
    selectors,
    note: bodies.note ?? textOrNull(item.text),
    tags: splitTags([...bodies.tags, ...hypothesisTags].join('\u0000'), '\u0000'),
    color: typeof color === 'string' ? color : null,
    created,
    modified: parseTime(String(item.modified ?? item.updated ?? '')) ?? dated,
  };
}

/** Parses W3C or Hypothesis annotation JSON; errors name the 1-based item. */
export function parseW3cAnnotations(json: string, file: string, now = Date.now()): ParsedImport {
  const out = emptyImport('w3c-annotations');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    out.errors.push({ file, line: 1, message: `invalid JSON: ${(err as Error).message}` });
    return out;
  }
  const items = annotationItems(data);
  if (!items) {
    out.errors.push({ file, line: 1, message: 'no annotations found' });
    return out;
  }
  items.forEach((item, i) => {
    const from = { file, line: i + 1, unit: 'item' as const };
    const read = readAnnotation(item, now);
    if (typeof read === 'string') out.errors.push({ ...from, message: read });
    else out.annotations.push({ ...read, from });
  });
  return out;
}

/** Per-field modification times of an article (pure). */
import type { ArticlePatch, ArticleSummary, FieldTimes, TimedField } from '@/utils/store/types';

/** Every timed field, in a stable order. */
export const TIMED_FIELDS: readonly TimedField[] = [
  'title',
  'content',
  'meta',
  'status',
  'favorite',
  'tags',
  'progress',
  'position',
];

/** When `field` of a stored article last changed; rows from before v4 fall back on `updatedAt`. */
export function timeOf(summary: Pick<ArticleSummary, 'fieldTimes' | 'updatedAt'>, field: TimedField): number {
  return summary.fieldTimes?.[field] ?? summary.updatedAt;
}

/** Every field stamped at `time` (a new article, or a v3 row upgraded to v4). */
export function allFieldsAt(time: number): FieldTimes {
  return Object.fromEntries(TIMED_FIELDS.map((field) => [field, time]));
}

/** The fields a reader's patch changes, stamped `now`, over the stored times. */
export function patchTimes(
  summary: Pick<ArticleSummary, 'fieldTimes' | 'updatedAt'>,
  patch: ArticlePatch,
  now: number,
): FieldTimes {
  const times: FieldTimes = {};
  for (const field of TIMED_FIELDS) times[field] = timeOf(summary, field);
  for (const key of Object.keys(patch) as (keyof ArticlePatch)[])
    if (patch[key] !== undefined) times[key] = now;
  return times;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The well-formed times of a row read from a file (anything else is dropped), or undefined. */
export function cleanFieldTimes(raw: unknown): FieldTimes | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const times: FieldTimes = {};
  for (const field of TIMED_FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (isTime(value)) times[field] = value;
  }
  return Object.keys(times).length ? times : undefined;
}

/** When a field of a row read from a file was set, or null when the file does not say (or says nonsense). */
export function fileTimeOf(
  summary: Pick<ArticleSummary, 'fieldTimes' | 'updatedAt'>,
  field: TimedField,
): number | null {
  const time = cleanFieldTimes(summary.fieldTimes)?.[field] ?? summary.updatedAt;
  return isTime(time) ? time : null;
}

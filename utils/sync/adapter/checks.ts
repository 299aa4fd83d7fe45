/**
 * Structure checks for records received from the server. Decryption proves a record was written with
 * the reader's keys, not that it is well-formed: another client, an old version or a bug could send
 * anything. These check the record's own structure; the rows a record becomes then go through the
 * validators messages and imports use (validate-rows, highlights/validate), one place per rule.
 */
import { normalizeUrl } from '@/utils/shared/normalize-url';
import { isObject, isString } from '@/utils/shared/validate-fields';
import type { Register, SyncRecord } from '@/utils/sync/merge';

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e14;

/** A normalised http(s) URL, as the library keys pages. */
export const isPageUrl = (v: unknown): v is string => isString(v, 4000) && normalizeUrl(v) === v;

/** A list of at most `max` items passing `item`. */
const isListOf = <T>(v: unknown, max: number, item: (x: unknown) => x is T): v is T[] =>
  Array.isArray(v) && v.length <= max && v.every(item);

function isRegister(v: unknown): v is Register {
  return (
    isObject(v) &&
    isTime(v.t) &&
    'v' in v &&
    (v.h === undefined || isListOf(v.h, 10_000, (x): x is string => isString(x, 32)))
  );
}

/** The record's structure: kind, registers, sets of named members (values are the kinds' business). */
export function isRecordShape(v: unknown, maxMembers = 500): v is SyncRecord {
  if (!isObject(v) || !isString(v.k, 20) || !isObject(v.f) || !isObject(v.s)) return false;
  if (!Object.values(v.f).every(isRegister)) return false;
  return Object.values(v.s).every(
    (set) =>
      isObject(set) &&
      Object.keys(set).length <= maxMembers &&
      Object.values(set).every((m) => isObject(m) && typeof m.on === 'boolean' && isTime(m.t)),
  );
}

/** The value of a field (undefined when absent). */
export const fieldValue = (record: SyncRecord, field: string): unknown => record.f[field]?.v;

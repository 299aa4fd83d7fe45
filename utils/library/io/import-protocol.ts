/** Messages between the library page and its import worker (structured-cloneable data only). */
import type { ImportFailure } from './import-failure';
import type { ImportProgress, ImportSummary } from './import-summary';

/** Page → worker: import this file, or stop before the next batch. */
export type ImportRequest = { type: 'start'; name: string; bytes: Uint8Array } | { type: 'cancel' };

/** Worker → page: progress, then exactly one of done or failed. */
export type ImportEvent =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'failed'; failure: ImportFailure };

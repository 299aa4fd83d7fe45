/** The outcome of an import as the panel shows it. */
import type { ImportFormat, RowError } from './types';

/** Counts, skipped rows with their locations, and why an import stopped early. */
export interface ImportSummary {
  format: ImportFormat;
  created: number;
  updated: number;
  /** Imported as links without content (fetched only if the reader asks). */
  linksOnly: number;
  annotations: number;
  skipped: RowError[];
  cancelled: boolean;
  /** Set when the import stopped because storage is full; everything counted above is saved. */
  quotaExceeded: boolean;
}

/** Progress of the writing phase. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Options of the writing edge. */
export interface WriteOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
}

/** An empty summary for `format`. */
export function emptySummary(format: ImportFormat): ImportSummary {
  return {
    format,
    created: 0,
    updated: 0,
    linksOnly: 0,
    annotations: 0,
    skipped: [],
    cancelled: false,
    quotaExceeded: false,
  };
}

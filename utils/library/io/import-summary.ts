/** The outcome of an import as the panel shows it. */
import type { AnnotationImportResult } from '@/utils/store/types';
import type { ImportFormat, RowError } from './types';

/** Counts, skipped rows with their locations, and why an import stopped early. */
export interface ImportSummary {
  format: ImportFormat;
  created: number;
  /** Existing articles the import added to (a tag, content, a newer title…). */
  updated: number;
  /** Existing articles it had nothing new for. */
  unchanged: number;
  /**
   * Records that differed from what the reader has and where the reader's version was kept: older
   * than the reader's edits, or (notes that cannot be merged) added beside them as new notes.
   */
  keptYours: number;
  /** Imported notes added beside a different note of the same id (both kept). */
  keptBoth: number;
  /** Imported as links without content (fetched only if the reader asks). */
  linksOnly: number;
  /** Highlights and notes added or updated. */
  annotations: number;
  skipped: RowError[];
  cancelled: boolean;
  /** Set when the import stopped because storage is full; everything counted above is saved. */
  quotaExceeded: boolean;
  /** The file's encoding when it was not UTF-8 (e.g. a Latin-1 CSV), so the reader can check the accents. */
  encoding?: string;
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
    unchanged: 0,
    keptYours: 0,
    keptBoth: 0,
    linksOnly: 0,
    annotations: 0,
    skipped: [],
    cancelled: false,
    quotaExceeded: false,
  };
}

/** Adds what an annotation batch did to the summary. */
export function addAnnotationResult(summary: ImportSummary, result: AnnotationImportResult): void {
  summary.annotations += result.created + result.updated;
  summary.keptYours += result.keptYours;
  summary.keptBoth += result.keptBoth;
}

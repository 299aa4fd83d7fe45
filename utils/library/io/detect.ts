/**
 * Recognises an import file by content first (a zip's file names, JSON shape, CSV header), the
 * file name only breaking ties, and hands it to the right parser.
 */

import type { LibraryDump } from '@/utils/store/types';
import { parseAnnotationsMarkdown } from './annotations/markdown';
import { isPocketApiExport, parsePocketAnnotations } from './annotations/pocket-annotations';
import { isReadwiseHeader, parseReadwiseCsv } from './annotations/readwise';
import { annotationItems, parseW3cAnnotations } from './annotations/w3c-import';
import { splitCsvRecords } from './csv';
import { decodeText, type TextEncodingName } from './decode-text';
import { isInstapaperHeader, parseInstapaperCsv } from './instapaper';
import { isLibraryJson, LIBRARY_FORMAT, parseLibrary } from './library-json';
import { type HtmlCleaner, isOmnivoreZip, parseOmnivoreZip } from './omnivore';
import { isPocketCsvHeader, parsePocketCsv } from './pocket-csv';
import { isPocketHtml, parsePocketHtml } from './pocket-html';
import { isPocketZip, parsePocketZip } from './pocket-zip';
import { jsonEndsEarly, TruncatedFileError } from './truncated';
import { emptyImport, type ImportFormat, type ParsedImport, type RowError } from './types';
import { validateParsed } from './validate-import';
import { isParsedZipEntry, isZip, readZip } from './zip';

/** A parsed import: records to merge, or a whole-library restore; `encoding` when the file was not UTF-8. */
export type ImportPayload = (
  | { kind: 'records'; parsed: ParsedImport }
  | { kind: 'library'; dump: LibraryDump | null; errors: RowError[] }
) & { encoding?: TextEncodingName };

/** What parsing needs from its caller. */
export interface ParseOptions {
  /** Sanitises imported page HTML (Omnivore content). */
  clean: HtmlCleaner;
  now?: number;
}

/** The file could not be recognised as any supported format. */
export class UnknownFormatError extends Error {
  constructor(name: string) {
    super(`Unrecognised file: ${name}`);
    this.name = 'UnknownFormatError';
  }
}

// Liseuse writes its format first, so even a cut-off export says what it was.
const LISEUSE_HEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${LIBRARY_FORMAT}"`);

function jsonFormat(name: string, text: string): ImportFormat | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const liseuse = LISEUSE_HEAD.test(text.slice(0, 200));
    if (jsonEndsEarly(text)) throw new TruncatedFileError(name, liseuse ? 'liseuse-json' : null, text.length);
    return liseuse ? 'liseuse-json' : null;
  }
  if (isLibraryJson(data)) return 'liseuse-json';
  if (Array.isArray(data) && data.some((d) => d && typeof d === 'object' && 'highlights' in d))
    return 'pocket-annotations';
  if (isPocketApiExport(data)) return 'pocket-annotations';
  return annotationItems(data) ? 'w3c-annotations' : null;
}

function csvFormat(text: string): ImportFormat | null {
  const header =
    splitCsvRecords(text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '')[0]?.cells.map((c) => c.trim()) ?? [];
  if (isPocketCsvHeader(header)) return 'pocket-csv';
  if (isInstapaperHeader(header)) return 'instapaper-csv';
  if (isReadwiseHeader(header)) return 'readwise-csv';
  return null;
}

/** Detects the format of a text file, or null. */
export function detectTextFormat(name: string, text: string): ImportFormat | 'annotations-markdown' | null {
  const head = text.trimStart().slice(0, 1);
  if (head === '{' || head === '[') return jsonFormat(name, text);
  if (/\.html?$/i.test(name) || head === '<') return isPocketHtml(text) ? 'pocket-html' : null;
  if (/\.(md|markdown)$/i.test(name)) return 'annotations-markdown';
  return csvFormat(text);
}

function parseZip(name: string, bytes: Uint8Array, options: ParseOptions): ImportPayload {
  const files = readZip(bytes, isParsedZipEntry);
  const now = options.now ?? Date.now();
  if (isOmnivoreZip(files)) return { kind: 'records', parsed: parseOmnivoreZip(files, options.clean, now) };
  if (isPocketZip(files)) return { kind: 'records', parsed: parsePocketZip(files, now) };
  throw new UnknownFormatError(name);
}

/**
 * Parses any supported import file and checks every row with the validators messages use (rows that
 * fail are reported and left out); throws UnknownFormatError when nothing matches.
 */
export function parseImportFile(name: string, bytes: Uint8Array, options: ParseOptions): ImportPayload {
  const payload = parseAny(name, bytes, options);
  return payload.kind === 'records' ? { ...payload, parsed: validateParsed(payload.parsed) } : payload;
}

function parseAny(name: string, bytes: Uint8Array, options: ParseOptions): ImportPayload {
  if (isZip(bytes)) return parseZip(name, bytes, options);
  const { text, encoding } = decodeText(bytes, name);
  const payload = parseText(name, text, options);
  return encoding === 'UTF-8' ? payload : { ...payload, encoding };
}

function parseText(name: string, text: string, options: ParseOptions): ImportPayload {
  const now = options.now ?? Date.now();
  const format = detectTextFormat(name, text);
  const records = (format: ImportFormat, fill: (out: ParsedImport) => void): ImportPayload => {
    const parsed = emptyImport(format);
    fill(parsed);
    return { kind: 'records', parsed };
  };
  switch (format) {
    case 'liseuse-json':
      return { kind: 'library', ...parseLibrary(text, name) };
    case 'pocket-csv':
      return records(format, (out) => parsePocketCsv(text, name, out, now));
    case 'pocket-html':
      return records(format, (out) => parsePocketHtml(text, name, out, now));
    case 'pocket-annotations':
      return records(format, (out) => parsePocketAnnotations(text, name, out, now));
    case 'instapaper-csv':
      return records(format, (out) => parseInstapaperCsv(text, name, out, now));
    case 'readwise-csv':
      return { kind: 'records', parsed: parseReadwiseCsv(text, name, now) };
    case 'w3c-annotations':
      return { kind: 'records', parsed: parseW3cAnnotations(text, name, now) };
    case 'annotations-markdown':
      return { kind: 'records', parsed: parseAnnotationsMarkdown(text, name, now) };
    default:
      throw new UnknownFormatError(name);
  }
}

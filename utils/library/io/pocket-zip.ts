/** Pocket's export zip: every `part_*.csv` at any depth, plus `annotations/*.json` when present. */

import { parsePocketAnnotations } from './annotations/pocket-annotations';
import { parsePocketCsv } from './pocket-csv';
import { isPocketHtml, parsePocketHtml } from './pocket-html';
import { emptyImport, type ParsedImport } from './types';
import { baseName, type ZipFiles, zipText } from './zip';

/** True when the archive holds Pocket's `part_*.csv` files or `ril_export.html`. */
export function isPocketZip(files: ZipFiles): boolean {
  return [...files.keys()].some((p) => /^part_.*\.csv$/i.test(baseName(p)) || /ril_export\.html$/i.test(p));
}

/** Parses the archive's files in name order so line numbers and errors read predictably. */
export function parsePocketZip(files: ZipFiles, now = Date.now()): ParsedImport {
  const out = emptyImport('pocket-zip');
  for (const path of [...files.keys()].sort()) {
    const name = baseName(path);
    if (/\.csv$/i.test(name)) parsePocketCsv(zipText(files, path), path, out, now);
    else if (/\.json$/i.test(name) && /annotation/i.test(path))
      parsePocketAnnotations(zipText(files, path), path, out, now);
    else if (/\.html?$/i.test(name) && isPocketHtml(zipText(files, path)))
      parsePocketHtml(zipText(files, path), path, out, now);
  }
  return out;
}

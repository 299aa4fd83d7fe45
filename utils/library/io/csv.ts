/**
 * RFC 4180 CSV: quoted cells, doubled quotes, newlines inside quotes, CRLF or LF, a leading BOM.
 * Rows are read by header name, never by column position, because exports add and reorder columns.
 */

/** One data row: its cells by (trimmed, case-insensitive) header name and its 1-based starting line. */
export interface CsvRow {
  line: number;
  get(name: string): string | undefined;
}

/** A parsed CSV file: the header names as written, the data rows, and rows that could not be read. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  errors: { line: number; message: string }[];
}

interface RawRecord {
  line: number;
  cells: string[];
  /** Set when a quoted cell ran to the end of the file. */
  unterminated: boolean;
}

/** Splits CSV text into records of cells, remembering the line each record starts on. */
export function splitCsvRecords(text: string): RawRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let inQuotes = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // A blank line is not a record (RFC 4180 files often end with one).
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells, unterminated: false });
    cells = [];
    cell = '';
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') inQuotes = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && src[i + 1] === '\n') i++;
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (inQuotes) {
    cells.push(cell);
    records.push({ line: start, cells, unterminated: true });
  } else if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

const key = (name: string) => name.trim().toLowerCase();

/** Parses CSV text with a header row; rows with a different cell count are reported, not guessed at. */
export function parseCsv(text: string): CsvTable {
  const [head, ...body] = splitCsvRecords(text);
  if (!head) return { header: [], rows: [], errors: [] };
  const header = head.cells.map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(key(h))) index.set(key(h), i);
  });
  const rows: CsvRow[] = [];
  const errors: CsvTable['errors'] = [];
  for (const rec of body) {
    if (rec.unterminated) {
      errors.push({ line: rec.line, message: 'unterminated quoted cell' });
      continue;
    }
    if (rec.cells.length !== header.length) {
      errors.push({ line: rec.line, message: `expected ${header.length} cells, found ${rec.cells.length}` });
      continue;
    }
    const cells = rec.cells;
    rows.push({
      line: rec.line,
      get: (name) => {
        const at = index.get(key(name));
        return at === undefined ? undefined : cells[at];
      },
    });
  }
  return { header, rows, errors };
}

/** True when every name is a column of the table (case-insensitive). */
export function hasColumns(table: Pick<CsvTable, 'header'>, names: string[]): boolean {
  const have = new Set(table.header.map(key));
  return names.every((n) => have.has(key(n)));
}

/** Quotes one cell when it needs it (comma, quote, newline, or leading/trailing space). */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Serialises rows as RFC 4180 CSV with CRLF line ends. */
export function toCsv(header: string[], rows: string[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The shared reading path of every input file: decode, parse with papaparse (header mode off,
 * delimiter detected, papaparse's fast path taken automatically when the file has no quotes),
 * find the header row, match columns, and map each parsed row back to its physical line.
 */

import Papa from 'papaparse';
import { decodeText, looksBinary, type TextEncodingName } from './decode';
import { findHeaderRow, HEADER_SCAN, type HeaderMatch, isEmptyRow, matchHeaders } from './headers';
import type { CsvProblem } from './problems';
import { isPlainCsv, RowCursor } from './rows';
import type { FieldTable } from './synonyms';

export interface ReadOptions {
  /** The file name to put in messages. */
  file?: string;
}

export class Table<F extends string> {
  readonly file: string | undefined;
  /**
   * Every row, or (when the rows are read one at a time, see rows.ts) the rows up to the header
   * row's search; the others come once, through forEachDataRow.
   */
  readonly rows: string[][];
  readonly headerRow: number;
  readonly match: HeaderMatch<F>;
  readonly encoding: TextEncodingName;
  private readonly text: string;
  private readonly delimiter: string;
  /** Rows the parser reported as malformed; readers skip them. */
  badRows: Set<number> = new Set();
  private lineStarts: number[] | undefined;
  private rowLines: Int32Array | undefined;
  /** The rows after `rows`, when read one at a time (until they have all been read). */
  private cursor: RowCursor | undefined;
  /** How many rows have been read (streamed tables: rowLines holds their lines). */
  private read = 0;
  private readonly streamedRow: string[] = [];
  /**
   * match.columns as a Map: looking a field up in it is cheaper than in an object whose shape
   * differs between files, which costs a slow lookup for every cell read.
   */
  private readonly columns: Map<F, number[]>;

  constructor(init: {
    file: string | undefined;
    text: string;
    rows: string[][];
    headerRow: number;
    match: HeaderMatch<F>;
    encoding: TextEncodingName;
    delimiter: string;
    /** Streamed: the rest of the rows, and the lines of `rows`. */
    cursor?: RowCursor;
    lines?: readonly number[];
  }) {
    this.file = init.file;
    this.text = init.text;
    this.rows = init.rows;
    this.headerRow = init.headerRow;
    this.match = init.match;
    this.encoding = init.encoding;
    this.delimiter = init.delimiter;
    this.columns = new Map(Object.entries(init.match.columns) as [F, number[]][]);
    if (init.cursor) {
      this.cursor = init.cursor;
      const lines = init.lines ?? [];
      this.rowLines = new Int32Array(Math.max(1024, lines.length * 2));
      for (let r = 0; r < lines.length; r++) this.rowLines[r] = lines[r] as number;
      this.read = lines.length;
    }
  }

  /** Rows are still to come through nextRow (a streamed table not read to its end yet). */
  get streaming(): boolean {
    return this.cursor !== undefined;
  }

  /**
   * The next streamed row (its line recorded for lineOf, under index rowsRead); null at the end.
   * Each row is written into the same array: it is valid until the next one is read.
   */
  nextRow(): string[] | null {
    const cursor = this.cursor;
    if (!cursor) return null;
    const row = cursor.next(this.streamedRow);
    if (row === null) {
      this.cursor = undefined;
      return null;
    }
    let lines = this.rowLines as Int32Array;
    if (this.read === lines.length) {
      const grown = new Int32Array(lines.length * 2);
      grown.set(lines);
      this.rowLines = lines = grown;
    }
    lines[this.read++] = cursor.line;
    return row;
  }

  /** The index the next streamed row gets. */
  get rowsRead(): number {
    return this.read;
  }

  has(field: F): boolean {
    return this.columns.has(field);
  }

  /** The first non-empty cell of the field's columns, trimmed; undefined when none. */
  value(row: readonly string[], field: F): string | undefined {
    return this.valueIn(row, this.columns.get(field));
  }

  /** The columns of a field, most preferred first; undefined when the file has none. */
  columnsOf(field: F): readonly number[] | undefined {
    return this.columns.get(field);
  }

  /**
   * value() for the columns columnsOf gave: a reader looks its fields up once per file rather
   * than once per cell.
   */
  valueIn(row: readonly string[], cols: readonly number[] | undefined): string | undefined {
    if (cols === undefined) return undefined;
    for (let i = 0; i < cols.length; i++) {
      const raw = row[cols[i] as number];
      if (raw === undefined || raw === '') continue;
      const value = cleanCell(raw);
      if (value !== '') return value;
    }
    return undefined;
  }

  /** The 0-based column of the cell value() reads (the field's first column when all are empty). */
  columnOf(row: readonly string[], field: F): number {
    const cols = this.columns.get(field) ?? [];
    for (const index of cols) {
      const raw = row[index];
      if (raw !== undefined && cleanCell(raw) !== '') return index;
    }
    return cols[0] ?? 0;
  }

  /** The first column of a field (for messages about a missing value). */
  firstColumn(field: F): number | undefined {
    return this.columns.get(field)?.[0];
  }

  /** 1-based physical line where parsed row `r` starts. */
  lineOf(r: number): number {
    if (this.rowLines === undefined) this.rowLines = this.computeRowLines();
    // 0: a streamed row not read yet (lines start at 1).
    return this.rowLines[r] || r + 1;
  }

  problem(r: number, index: number, message: string): CsvProblem {
    const header = this.match.headers[index];
    const p: CsvProblem = { line: this.lineOf(r), column: index + 1, message };
    if (this.file !== undefined) p.file = this.file;
    if (header !== undefined && header.trim() !== '') p.header = header.trim();
    return p;
  }

  /** Line and column of a character offset that falls inside parsed row `r`. */
  locate(r: number, offset: number): { line: number; column: number } {
    const starts = this.getLineStarts();
    const line = this.lineOf(r);
    let pos = starts[line - 1] ?? 0;
    let column = 1;
    let inQuotes = false;
    for (; pos < offset && pos < this.text.length; pos++) {
      const ch = this.text[pos];
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && ch === this.delimiter) column++;
    }
    let physical = line;
    for (let i = line; i < starts.length && (starts[i] ?? Infinity) <= offset; i++) physical++;
    return { line: physical, column };
  }

  private getLineStarts(): number[] {
    if (this.lineStarts === undefined) {
      const starts = [0];
      let i = this.text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = this.text.indexOf('\n', i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  private computeRowLines(): Int32Array {
    const lines = new Int32Array(this.rows.length);
    // Fast path: as many rows as lines means no cell spans lines, so row r is on line r + 1.
    if (this.getLineStarts().length === this.rows.length) {
      for (let r = 0; r < lines.length; r++) lines[r] = r + 1;
      return lines;
    }
    let line = 1;
    for (let r = 0; r < this.rows.length; r++) {
      lines[r] = line;
      line++;
      const row = this.rows[r] ?? [];
      for (const cell of row) {
        let i = cell.indexOf('\n');
        while (i !== -1) {
          line++;
          i = cell.indexOf('\n', i + 1);
        }
      }
    }
    return lines;
  }
}

/** Each field's columns (Table.columnsOf), looked up once for a whole file. */
export function columnsOf<F extends string, G extends F>(
  table: Table<F>,
  fields: readonly G[],
): Record<G, readonly number[] | undefined> {
  const out = {} as Record<G, readonly number[] | undefined>;
  for (const f of fields) out[f] = table.columnsOf(f);
  return out;
}

/** Trims a cell and unwraps Excel's `="00123"` (used to keep leading zeros). */
export function cleanCell(raw: string): string {
  let v = raw.trim();
  if (v.length >= 3 && v.charCodeAt(0) === 61 /* = */ && v[1] === '"' && v.endsWith('"')) {
    v = v.slice(2, -1).trim();
  }
  return v;
}

/**
 * The delimiter, guessed by papaparse on the first 64 KB only. Left to itself papaparse guesses
 * on the whole text, and with quoted cells each wrong candidate can scan to the end of the file
 * (measured: 3× the parse itself on a 200,000-row export).
 */
function guessDelimiter(text: string, newline: '\n' | '\r\n'): string {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const guess = Papa.parse<string[]>(sample, { preview: 10, newline });
  const undetectable = guess.errors.some((e) => e.code === 'UndetectableDelimiter');
  return undetectable ? ',' : guess.meta.delimiter || ',';
}

export type OpenResult<F extends string> =
  | { ok: true; table: Table<F>; errors: CsvProblem[] }
  | { ok: false; errors: CsvProblem[]; encoding: TextEncodingName };

/**
 * Decodes and parses a file and matches its header row. `required` lists groups of fields: each
 * group must have at least one field present (e.g. [['vendorId','localId','stateId','name',
 * 'lastName']]), else the file is rejected with a fatal error naming what was expected.
 */
export function openTable<F extends string>(
  input: Uint8Array | string,
  fields: FieldTable<F>,
  required: readonly { any: readonly NoInfer<F>[]; what: string }[],
  options: ReadOptions = {},
): OpenResult<F> {
  const file = options.file;
  const { text, encoding, newline } = decodeText(input, { keepLineEnds: true });
  const fatal = (line: number, column: number, message: string): OpenResult<F> => {
    const p: CsvProblem = { line, column, message };
    if (file !== undefined) p.file = file;
    return { ok: false, errors: [p], encoding };
  };
  if (looksBinary(text)) {
    return fatal(1, 1, 'this is not a text CSV file (is it a spreadsheet? save it as CSV)');
  }
  if (text.trim() === '') return fatal(1, 1, 'the file is empty');

  const delimiter = guessDelimiter(text, newline);
  if (isPlainCsv(text, delimiter, newline)) {
    return openStreamed(text, encoding, newline, delimiter, fields, required, file);
  }
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    newline,
    skipEmptyLines: false,
  });
  const rows = parsed.data;

  const headerRow = findHeaderRow(rows, fields);
  if (headerRow === -1) {
    const expected = required.map((g) => g.what).join('; ');
    return fatal(1, 1, `no header row found (expected columns such as ${expected})`);
  }
  const headerCells = rows[headerRow] ?? [];
  const match = matchHeaders(headerCells, fields);
  const table = new Table<F>({ file, text, rows, headerRow, match, encoding, delimiter });

  for (const group of required) {
    if (!group.any.some((f) => table.has(f))) {
      const where = table.lineOf(headerRow);
      return fatal(where, headerCells.length + 1, `missing column: ${group.what}`);
    }
  }

  const errors: CsvProblem[] = [];
  const badRows = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter' || e.row === undefined) continue;
    const at = table.locate(e.row, Math.max(0, (e.index ?? 1) - 1));
    if (e.code === 'MissingQuotes') {
      return fatal(
        at.line,
        at.column,
        'a quoted cell is never closed (a " without its closing "), so the rest of the file cannot be read',
      );
    }
    if (badRows.has(e.row)) continue;
    badRows.add(e.row);
    const p: CsvProblem = { line: at.line, column: at.column, message: `malformed quotes` };
    if (file !== undefined) p.file = file;
    errors.push(p);
  }
  table.badRows = badRows;
  return { ok: true, table, errors };
}

/**
 * openTable for text papaparse would read without error (rows.ts): the rows up to the header
 * search are read now, the others one at a time by forEachDataRow. Same table, same errors.
 */
function openStreamed<F extends string>(
  text: string,
  encoding: TextEncodingName,
  newline: '\n' | '\r\n',
  delimiter: string,
  fields: FieldTable<F>,
  required: readonly { any: readonly NoInfer<F>[]; what: string }[],
  file: string | undefined,
): OpenResult<F> {
  const cursor = new RowCursor(text, delimiter, newline);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let seen = 0; seen < HEADER_SCAN; ) {
    const row = cursor.next();
    if (row === null) break;
    rows.push(row);
    lines.push(cursor.line);
    if (!isEmptyRow(row)) seen++;
  }
  const fatal = (line: number, column: number, message: string): OpenResult<F> => {
    const p: CsvProblem = { line, column, message };
    if (file !== undefined) p.file = file;
    return { ok: false, errors: [p], encoding };
  };
  const headerRow = findHeaderRow(rows, fields);
  if (headerRow === -1) {
    const expected = required.map((g) => g.what).join('; ');
    return fatal(1, 1, `no header row found (expected columns such as ${expected})`);
  }
  const headerCells = rows[headerRow] ?? [];
  const match = matchHeaders(headerCells, fields);
  const table = new Table<F>({
    file,
    text,
    rows,
    headerRow,
    match,
    encoding,
    delimiter,
    cursor,
    lines,
  });
  for (const group of required) {
    if (!group.any.some((f) => table.has(f))) {
      const where = table.lineOf(headerRow);
      return fatal(where, headerCells.length + 1, `missing column: ${group.what}`);
    }
  }
  return { ok: true, table, errors: [] };
}

/**
 * Iterates over the data rows (after the header row), skipping empty rows and rows the parser
 * reported as malformed. A row with more or fewer cells than the header is reported and
 * skipped, unless the extra cells are empty (a trailing comma).
 * A streamed table's rows are read once: call this once per table, and keep no row past `visit`
 * (the next row is written into the same array).
 */
export function forEachDataRow<F extends string>(
  table: Table<F>,
  errors: CsvProblem[],
  visit: (row: string[], r: number) => void,
): void {
  const width = table.match.headers.length;
  const rows = table.rows;
  const bad = table.badRows;
  for (let r = table.headerRow + 1; r < rows.length; r++) {
    dataRow(table, errors, visit, width, bad, rows[r] as string[], r);
  }
  if (table.streaming) {
    for (let r = table.rowsRead, row = table.nextRow(); row !== null; r++, row = table.nextRow()) {
      dataRow(table, errors, visit, width, bad, row, r);
    }
  }
}

function dataRow<F extends string>(
  table: Table<F>,
  errors: CsvProblem[],
  visit: (row: string[], r: number) => void,
  width: number,
  bad: Set<number>,
  row: string[],
  r: number,
): void {
  if (row.length === 1 && row[0] === '') return;
  if (bad.has(r)) return;
  if (row.length !== width) {
    if (isEmptyRow(row)) return;
    if (row.length < width) {
      errors.push(
        table.problem(
          r,
          row.length,
          `the row has ${row.length} cells but the header has ${width}; is a cell missing or a line broken?`,
        ),
      );
      return;
    }
    let extra = -1;
    for (let i = width; i < row.length; i++) {
      if ((row[i] ?? '').trim() !== '') {
        extra = i;
        break;
      }
    }
    if (extra !== -1) {
      errors.push(
        table.problem(
          r,
          extra,
          `the row has ${row.length} cells but the header has ${width}; is a comma inside a value that is not in quotes?`,
        ),
      );
      return;
    }
  } else if (isEmptyRowFast(row)) {
    return;
  }
  visit(row, r);
}

function isEmptyRowFast(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i] as string;
    if (c !== '' && c.trim() !== '') return false;
  }
  return true;
}

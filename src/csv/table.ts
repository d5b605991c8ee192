/**
 * The shared reading path of every input file: decode, parse (header mode off, delimiter
 * detected by papaparse; a well-formed file read by d3-dsv a piece at a time, see rows.ts, any
 * other by papaparse, whose errors name the damaged lines), find the header row, match columns,
 * and map each parsed row back to its physical line.
 */

import Papa from 'papaparse';
import type { FieldTable } from '../fields/files';
import { type ByteSource, chunkPieces, isByteSource, plainQuotes, survey } from './chunked';
import { type DecodedText, decodeText, notText, type TextEncodingName } from './decode';
import {
  findHeaderRow,
  HEADER_SCAN,
  type HeaderMatch,
  isEmptyRow,
  matchHeaders,
  normaliseHeader,
} from './headers';
import type { CsvProblem } from './problems';
import { DsvRows, isPlainCsv, textPieces } from './rows';

/**
 * A file's content, or a function that reads it: called once, its bytes are then held only
 * while they are decoded (a 200 MB export is otherwise kept, with its 200 MB of text, until
 * the last row is read).
 */
export type Input = Uint8Array | string | (() => Uint8Array | string) | ByteSource;

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
  private cursor: RowSource | undefined;
  /** How many rows have been read (streamed tables: rowLines holds their lines). */
  private read = 0;
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
    cursor?: RowSource;
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

  /** The next streamed row (its line recorded for lineOf, under index rowsRead); null at the end. */
  nextRow(): string[] | null {
    const cursor = this.cursor;
    if (!cursor) return null;
    const row = cursor.next();
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
 * group must have at least one field present (e.g. [['vendorId','localId','stateId','studentName',
 * 'lastName']]), else the file is rejected with a fatal error naming what was expected.
 */
export function openTable<F extends string>(
  input: Input,
  fields: FieldTable<F>,
  required: readonly { any: readonly NoInfer<F>[]; what: string }[],
  options: ReadOptions = {},
): OpenResult<F> {
  const file = options.file;
  if (isByteSource(input)) {
    const chunked = openChunked(input, fields, required, file);
    if (chunked !== null) return chunked;
  }
  const decoded = decodeInput(input);
  if ('notText' in decoded) {
    const p: CsvProblem = { line: 1, column: 1, message: NOT_TEXT[decoded.notText] };
    if (file !== undefined) p.file = file;
    return { ok: false, errors: [p], encoding: 'utf-8' };
  }
  const { text, encoding, newline, badLines } = decoded;
  const fatal = (line: number, column: number, message: string): OpenResult<F> => {
    const p: CsvProblem = { line, column, message };
    if (file !== undefined) p.file = file;
    return { ok: false, errors: [p], encoding };
  };
  if (text.trim() === '') return fatal(1, 1, 'the file is empty');

  const delimiter = guessDelimiter(text, newline);
  const damaged = damagedLines(text, badLines, delimiter, file);
  if (damaged.length > 0) return { ok: false, errors: damaged, encoding };
  if (isPlainCsv(text, delimiter, newline)) {
    return openStreamed(text, encoding, delimiter, fields, required, file);
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
  const twice = duplicatedHeader(table);
  if (twice !== undefined) return { ok: false, errors: [twice], encoding };

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

/** The input's text; its bytes are garbage once this returns (see Input). */
function decodeInput(
  input: Input,
): DecodedText | { notText: NonNullable<ReturnType<typeof notText>> } {
  const content =
    typeof input === 'function' ? input() : isByteSource(input) ? input.bytes() : input;
  const kind = notText(content);
  if (kind !== null) return { notText: kind };
  return decodeText(content, { keepLineEnds: true });
}

const NOT_TEXT = {
  'utf-16':
    'this file is UTF-16 text (Excel\'s "Unicode Text"), which this reader does not take; save it as "CSV UTF-8 (Comma delimited)"',
  spreadsheet:
    'this is an Excel workbook, not a CSV file; save it as "CSV UTF-8 (Comma delimited)"',
  binary: 'this is not a text CSV file (it holds binary data); save the export as CSV',
} as const;

/** How many damaged lines are named before the rest are counted. */
const DAMAGED_SHOWN = 50;

/**
 * Lines no export writes: bytes that are not UTF-8 in a UTF-8 file (decode.ts), and NUL
 * characters (a disk or copy error, or a binary file pasted in). Each is named, and the file
 * refused: read anyway, a damaged name matches nobody and its student loses a finding.
 */
function damagedLines(
  text: string,
  badLines: readonly number[],
  delimiter: string,
  file: string | undefined,
): CsvProblem[] {
  const nul = text.indexOf('\u0000');
  if (badLines.length === 0 && nul === -1) return [];
  const out: CsvProblem[] = [];
  const add = (line: number, column: number, message: string) => {
    const p: CsvProblem = { line, column, message };
    if (file !== undefined) p.file = file;
    out.push(p);
  };
  const starts = lineStartsOf(text);
  const columnAt = (line: number, mark: string): number => {
    const from = starts[line - 1] ?? 0;
    const to = starts[line] ?? text.length;
    const at = text.indexOf(mark, from);
    if (at === -1 || at >= to) return 1;
    let column = 1;
    let quoted = false;
    for (let i = from; i < at; i++) {
      const ch = text[i];
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === delimiter) column++;
    }
    return column;
  };
  for (const line of badLines.slice(0, DAMAGED_SHOWN)) {
    add(
      line,
      columnAt(line, '\ufffd'),
      'this line is not UTF-8 while the rest of the file is (edited in another program?); save the file again as "CSV UTF-8" and check its names',
    );
  }
  if (badLines.length > DAMAGED_SHOWN) {
    add(
      badLines[DAMAGED_SHOWN] as number,
      1,
      `${badLines.length - DAMAGED_SHOWN} more lines are not UTF-8`,
    );
  }
  let nulLines = 0;
  let lastLine = 0;
  for (let i = nul; i !== -1; i = text.indexOf('\u0000', i + 1)) {
    const line = lineAt(starts, i);
    if (line === lastLine) continue;
    lastLine = line;
    if (++nulLines <= DAMAGED_SHOWN) {
      add(
        line,
        columnAt(line, '\u0000'),
        'this line holds a NUL character (a zero byte), which no export writes: the file is damaged; export it again',
      );
    }
  }
  if (nulLines > DAMAGED_SHOWN)
    add(lastLine, 1, `${nulLines - DAMAGED_SHOWN} more lines hold NUL characters`);
  return out;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding character `offset`. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * A header the checks read, written twice ("Case Manager" in two columns): which one the
 * export meant cannot be known, and reading the first non-empty cell of either would mix them.
 */
function duplicatedHeader<F extends string>(table: Table<F>): CsvProblem | undefined {
  const seen = new Map<string, number>();
  const read = new Set<number>();
  for (const field of Object.keys(table.match.columns) as F[]) {
    for (const i of table.columnsOf(field) ?? []) read.add(i);
  }
  const headers = table.match.headers;
  for (let i = 0; i < headers.length; i++) {
    if (!read.has(i)) continue;
    const key = normaliseHeader(headers[i] as string);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    return table.problem(
      table.headerRow,
      i,
      `the column "${(headers[i] as string).trim()}" appears twice (columns ${first + 1} and ${i + 1}); remove or rename one, so that it is clear which one to read`,
    );
  }
  return undefined;
}

/**
 * openTable for text papaparse would read without error (rows.ts): the rows up to the header
 * search are read now, the others one at a time by forEachDataRow. Same table, same errors.
 */
function openStreamed<F extends string>(
  text: string,
  encoding: TextEncodingName,
  delimiter: string,
  fields: FieldTable<F>,
  required: readonly { any: readonly NoInfer<F>[]; what: string }[],
  file: string | undefined,
): OpenResult<F> {
  return openRows(
    new DsvRows(textPieces(text), delimiter),
    text,
    encoding,
    delimiter,
    fields,
    required,
    file,
  );
}

/** Rows read one at a time (rows.ts DsvRows, on a whole text's pieces or a file's). */
export interface RowSource {
  next(): string[] | null;
  /** The 1-based line on which the row last returned starts. */
  readonly line: number;
}

/**
 * openTable for a file given in pieces (chunked.ts): read a piece at a time when the survey
 * shows the whole text would be read by DsvRows without a word; null when it would not, and
 * the file is then read whole, as any other.
 */
function openChunked<F extends string>(
  source: ByteSource,
  fields: FieldTable<F>,
  required: readonly { any: readonly NoInfer<F>[]; what: string }[],
  file: string | undefined,
): OpenResult<F> | null {
  const s = survey(source);
  if (s === null || notText(s.headBytes) !== null || s.head.trim() === '') return null;
  const delimiter = guessDelimiter(s.head, s.newline);
  if (!plainQuotes(s, delimiter)) return null;
  const rows = new DsvRows(chunkPieces(source), delimiter);
  return openRows(rows, '', 'utf-8', delimiter, fields, required, file);
}

function openRows<F extends string>(
  cursor: RowSource,
  text: string,
  encoding: TextEncodingName,
  delimiter: string,
  fields: FieldTable<F>,
  required: readonly { any: readonly NoInfer<F>[]; what: string }[],
  file: string | undefined,
): OpenResult<F> {
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
  const twice = duplicatedHeader(table);
  if (twice !== undefined) return { ok: false, errors: [twice], encoding };
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
 * Returns how many rows after the header hold anything (read, or reported as errors): 0 means
 * the file has a header and no data, which each reader judges for itself (a students file with
 * no student is an error, an empty roster may be a note).
 */
export function forEachDataRow<F extends string>(
  table: Table<F>,
  errors: CsvProblem[],
  visit: (row: string[], r: number) => void,
): number {
  const width = table.match.headers.length;
  const rows = table.rows;
  const bad = table.badRows;
  let count = bad.size;
  for (let r = table.headerRow + 1; r < rows.length; r++) {
    if (dataRow(table, errors, visit, width, bad, rows[r] as string[], r)) count++;
  }
  if (table.streaming) {
    for (let r = table.rowsRead, row = table.nextRow(); row !== null; r++, row = table.nextRow()) {
      if (dataRow(table, errors, visit, width, bad, row, r)) count++;
    }
  }
  return count;
}

/** Reads one row; false when the row is empty (or a malformed row already counted). */
function dataRow<F extends string>(
  table: Table<F>,
  errors: CsvProblem[],
  visit: (row: string[], r: number) => void,
  width: number,
  bad: Set<number>,
  row: string[],
  r: number,
): boolean {
  if (row.length === 1 && row[0] === '') return false;
  if (bad.has(r)) return false;
  if (row.length !== width) {
    if (isEmptyRow(row)) return false;
    if (row.length < width) {
      errors.push(
        table.problem(
          r,
          row.length,
          `the row has ${row.length} cells but the header has ${width}; is a cell missing or a line broken?`,
        ),
      );
      return true;
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
      return true;
    }
  } else if (isEmptyRowFast(row)) {
    return false;
  }
  visit(row, r);
  return true;
}

/**
 * The error for a students or services file with a header and no rows: read as it is, every
 * student would lose what the file says about them and could come out "ok".
 */
export function noRowsProblem<F extends string>(table: Table<F>, what: string): CsvProblem {
  const p: CsvProblem = {
    line: table.lineOf(table.headerRow),
    column: 1,
    message: `the file has a header row but no ${what} (an export that stopped early, or the wrong file?)`,
  };
  if (table.file !== undefined) p.file = table.file;
  return p;
}

function isEmptyRowFast(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i] as string;
    if (c !== '' && c.trim() !== '') return false;
  }
  return true;
}

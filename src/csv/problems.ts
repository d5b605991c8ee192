/**
 * Problems found while reading an input file. Errors are values, never thrown.
 *
 * Fatal (the file cannot be used; `ReadResult.fatal` is true and `records` is empty):
 *   the input is binary (an .xlsx saved under a .csv name), the file is empty, no header row is
 *   found, a required column is missing, or a quoted field never closes (everything after it
 *   would be one cell).
 * Per row (`errors`; the row is left out of `records`, the other rows are read):
 *   a value that cannot be understood in a column the checks rely on (disability, grade, date,
 *   service, Y/N), a row with no student id or name, a row with more or fewer cells than the
 *   header, a malformed quote.
 * Warnings (`warnings`; the row is read, the value is set aside): values the checks do not
 *   rely on (a frequency that cannot be turned into minutes), a roster authorization that is
 *   not one the rules know (kept as text), a service whose student is not in the students file.
 */

export interface CsvProblem {
  /** The file name as the user gave it (students.csv). */
  file?: string;
  /** 1-based physical line of the file (quoted multi-line cells counted). */
  line: number;
  /** 1-based column (cell) number in that row. */
  column: number;
  /** The column's header as written, when there is one. */
  header?: string;
  /** What is wrong, one sentence, without the location. */
  message: string;
}

/** `students.csv line 7, column 5 ("Disability 1"): "Purple" is not a disability code or name` */
export function formatProblem(p: CsvProblem): string {
  const where = `${p.file ? `${p.file} ` : ''}line ${p.line}, column ${p.column}`;
  const header = p.header ? ` ("${p.header}")` : '';
  return `${where}${header}: ${p.message}`;
}

export interface ReadResult<T> {
  records: T[];
  /** Fatal problems and rows left out. */
  errors: CsvProblem[];
  /** Values set aside; rows still read. */
  warnings: CsvProblem[];
  /** True when the file could not be used at all. */
  fatal: boolean;
  /** How the bytes were decoded. */
  encoding: 'utf-8' | 'windows-1252';
}

/** A read whose records went one at a time to the caller (see readStudents): all but them. */
export type ReadSummary = Omit<ReadResult<never>, 'records'>;

/** Quotes a value for a message, shortened so a message stays one line. */
export function quote(value: string): string {
  const v = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `"${v.replace(/\s+/g, ' ')}"`;
}

/** The result of a file that could not be used at all: its problems, nothing read. */
export function unreadable(opened: {
  errors: CsvProblem[];
  encoding: ReadSummary['encoding'];
}): ReadSummary {
  return {
    errors: opened.errors,
    warnings: [],
    fatal: true,
    encoding: opened.encoding,
  };
}

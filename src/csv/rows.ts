/**
 * A forward-only row reader for well-formed CSV, giving exactly the rows papaparse gives
 * (header mode off, empty lines kept), one at a time.
 *
 * Why: papaparse returns every row of a file at once, and on a large export those rows outlive
 * many young-generation collections (each one copying them) before the readers turn them into
 * records. Read one at a time, a row is garbage as soon as its record is made: parsing and
 * keeping a few cells per row of the benchmark's 100,000-student export took 130 ms this way
 * against 320 ms through papaparse (bench/bench.ts measures the whole audit).
 *
 * Only text that `isPlainCsv` accepts is read this way: every quote opens a field (at its start)
 * or closes one (right before a delimiter, a line end or the end of the text), or is a doubled
 * quote inside a quoted field; with CRLF line ends, every LF is part of a CRLF. On such text
 * papaparse reports no error and its rows are the plain reading below (test/csv/rows.test.ts
 * compares the two on random text). Anything else (a stray or unclosed quote, a lone LF in a
 * CRLF file) goes to papaparse, whose errors the readers report.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** True when `text` can be read with RowCursor (see above). */
export function isPlainCsv(text: string, delimiter: string, newline: '\n' | '\r\n'): boolean {
  if (delimiter.length !== 1) return false;
  const d = delimiter.charCodeAt(0);
  if (d === QUOTE || d === LF || d === CR) return false;
  const n = text.length;
  if (newline === '\r\n') {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (i === 0 || text.charCodeAt(i - 1) !== CR) return false;
    }
  } else if (text.indexOf('\r') !== -1) {
    return false;
  }
  let pos = 0;
  for (;;) {
    const open = text.indexOf('"', pos);
    if (open === -1) return true;
    // An opening quote starts a field: at the start of the text, a line or after a delimiter.
    if (open > 0) {
      const before = text.charCodeAt(open - 1);
      if (before !== d && before !== LF) return false;
    }
    let from = open + 1;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close === -1) return false;
      const after = close + 1 < n ? text.charCodeAt(close + 1) : -1;
      if (after === QUOTE) {
        from = close + 2;
        continue;
      }
      const lineEnd =
        newline === '\n'
          ? after === LF
          : after === CR && close + 2 < n && text.charCodeAt(close + 2) === LF;
      if (after === -1 || after === d || lineEnd) {
        pos = close + 1;
        break;
      }
      return false;
    }
  }
}

/**
 * The rows of text that isPlainCsv accepted, in order, as papaparse gives them (a line end at
 * the very end of the text is followed by one row holding one empty cell). `line` is the 1-based
 * physical line on which the row last returned starts (line breaks inside quotes counted).
 */
export class RowCursor {
  private pos = 0;
  private readonly n: number;
  private readonly dc: number;
  /** Next line end at or after pos (n when none). */
  private nextNl: number;
  /** LFs before pos. */
  private lfs = 0;
  private done = false;
  /** The text ended with a line end: one empty row is still to come. */
  private emptyLast = false;
  line = 0;

  /**
   * @param partial the text is a piece of a longer one (chunked.ts): a row is returned only when
   *   its line end is in the text; next() gives null at the first that is not, and rest() is
   *   the text from that row on, to be read again with what follows.
   */
  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    private readonly newline: '\n' | '\r\n',
    readonly partial = false,
  ) {
    this.n = text.length;
    this.dc = delimiter.charCodeAt(0);
    this.nextNl = this.find(newline, 0);
  }

  private find(s: string, from: number): number {
    const i = this.text.indexOf(s, from);
    return i === -1 ? this.n : i;
  }

  /**
   * The next row, or null after the last. With `into`, the row is written into that array (and
   * the array returned): a reader going through a large file then allocates one array, not one
   * per row.
   */
  next(into?: string[]): string[] | null {
    const row = into ?? [];
    if (this.emptyLast) {
      this.emptyLast = false;
      this.done = true;
      this.line = this.lfs + 1;
      row[0] = '';
      row.length = 1;
      return row;
    }
    if (this.done) return null;
    const { text, n, dc, delimiter, newline } = this;
    if (this.partial) return this.nextInPiece(row);
    this.line = this.lfs + 1;
    let cells = 0;
    let pos = this.pos;
    for (;;) {
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        // Quoted: up to the quote that closes it; a doubled quote stands for one.
        let start = pos + 1;
        let close = text.indexOf('"', start);
        let value = '';
        while (close + 1 < n && text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(start, close + 1);
          start = close + 2;
          close = text.indexOf('"', start);
        }
        row[cells++] = value === '' ? text.slice(start, close) : value + text.slice(start, close);
        if (close > this.nextNl) {
          // Line breaks inside the quotes.
          for (
            let i = text.indexOf('\n', pos);
            i !== -1 && i < close;
            i = text.indexOf('\n', i + 1)
          ) {
            this.lfs++;
          }
          this.nextNl = this.find(newline, close + 1);
        }
        pos = close + 1;
      } else {
        let end = text.indexOf(delimiter, pos);
        if (end === -1 || end > this.nextNl) end = this.nextNl;
        row[cells++] = text.slice(pos, end);
        pos = end;
      }
      if (pos >= n) {
        this.done = true;
        break;
      }
      if (pos === this.nextNl) {
        pos += newline.length;
        this.lfs++;
        this.nextNl = this.find(newline, pos);
        if (pos >= n) this.emptyLast = true;
        break;
      }
      // The delimiter (isPlainCsv: nothing else follows a field).
      if (text.charCodeAt(pos) === dc) pos++;
    }
    this.pos = pos;
    row.length = cells;
    return row;
  }

  /** LFs before the row to be read next. */
  get linesRead(): number {
    return this.lfs;
  }

  /** The text from the row to be read next on (partial cursors, after next() gave null). */
  rest(): string {
    return this.text.slice(this.pos);
  }

  /** next() on a piece of a longer text: null, nothing consumed, when the row may not end here. */
  private nextInPiece(row: string[]): string[] | null {
    const { text, n, dc, delimiter, newline } = this;
    // A row ends at a line end in the text; without one ahead, it may go on in the next piece.
    if (this.nextNl >= n) return null;
    const pos0 = this.pos;
    const lfs0 = this.lfs;
    const nl0 = this.nextNl;
    const incomplete = (): null => {
      this.pos = pos0;
      this.lfs = lfs0;
      this.nextNl = nl0;
      return null;
    };
    let cells = 0;
    let pos = pos0;
    for (;;) {
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        let start = pos + 1;
        let close = text.indexOf('"', start);
        let value = '';
        // A quote at the very end may be the first of a doubled one: the field may go on.
        while (close !== -1 && close + 1 < n && text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(start, close + 1);
          start = close + 2;
          close = text.indexOf('"', start);
        }
        if (close === -1 || close + 1 >= n) return incomplete();
        row[cells++] = value === '' ? text.slice(start, close) : value + text.slice(start, close);
        if (close > this.nextNl) {
          for (
            let i = text.indexOf('\n', pos);
            i !== -1 && i < close;
            i = text.indexOf('\n', i + 1)
          ) {
            this.lfs++;
          }
          this.nextNl = this.find(newline, close + 1);
          if (this.nextNl >= n) return incomplete();
        }
        pos = close + 1;
      } else {
        let end = text.indexOf(delimiter, pos);
        if (end === -1 || end > this.nextNl) end = this.nextNl;
        row[cells++] = text.slice(pos, end);
        pos = end;
      }
      if (pos === this.nextNl) {
        pos += newline.length;
        this.lfs++;
        this.nextNl = this.find(newline, pos);
        break;
      }
      // The delimiter (isPlainCsv: nothing else follows a field).
      if (text.charCodeAt(pos) === dc) pos++;
    }
    this.line = lfs0 + 1;
    this.pos = pos;
    row.length = cells;
    return row;
  }
}

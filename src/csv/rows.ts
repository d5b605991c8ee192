/**
 * Rows of well-formed CSV, one at a time, read by d3-dsv (issue 15 item 4: a kept parser, not a
 * hand-written one), giving exactly the rows papaparse gives (header mode off, empty lines
 * kept) with the physical line each starts on.
 *
 * Only text that `isPlainCsv` accepts (or, read in pieces, that chunked.ts's survey passed) is
 * read this way: every quote opens a field (at its start) or closes one (right before a
 * delimiter, a line end or the end of the text), or is a doubled quote inside a quoted field;
 * every CR is part of a CRLF, and with CRLF line ends every LF is part of one. On such text
 * papaparse reports no error and d3-dsv's rows are papaparse's (test/csv/rows.test.ts compares
 * them on random text). Anything else (a stray or unclosed quote, a lone CR or LF) is read by
 * papaparse, whose errors the readers report with their line and column (table.ts).
 *
 * The text is read a piece at a time (PIECE_CHARS, cut where a row ends): each piece's rows are
 * garbage once read, rather than a large export's rows outliving many young-generation
 * collections, each one copying them.
 *
 * Why d3-dsv: measured on the bench's 100,000-student export (40 MB as text in memory; the
 * parsers in turn, round after round, 9 rounds, median; three runs at load average 4–5), as a
 * fraction of papaparse's bare parse in the same run (1,273–1,528 ms under that load):
 *
 * | parser             | whole text to rows | one row at a time, kept a few cells |
 * |--------------------|--------------------|-------------------------------------|
 * | papaparse 5.7.1    | 1.00               | 0.77–1.24 (its `step`)              |
 * | uDSV 0.7.3         | 0.32–0.41          | 0.10–0.11                           |
 * | d3-dsv 3.0.2       | 0.48–0.65          | 0.23 (0.50–0.65 when the same       |
 * |                    |                    | process also ran it whole)          |
 * | the former rows.ts | 0.45–0.53          | 0.14–0.20                           |
 *
 * The issue's figures (uDSV 0.28, d3-dsv 0.40 for a bare parse) are about confirmed for uDSV and
 * a little better than measured here for d3-dsv.
 * uDSV is the fastest, but it reads every row as the header's width: a row missing a cell takes
 * the next line's first cell into its own (a cell spanning the line end), a row with an extra
 * cell keeps "x,y" as its last cell, and an empty line is skipped without a trace (the lines of
 * the rows after it are then unknown). Making it safe takes a check of every row against the
 * text, which measured slower (0.16–0.21) than the former hand-written reader. d3-dsv gives each
 * row as written (any number of cells, empty lines as one empty cell), so the readers' checks
 * see a missing or extra cell; it is 0.09 × papaparse slower than the hand-written reader was.
 */

import { dsvFormat } from 'd3-dsv';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** True when `text` can be read with DsvRows (see above). */
export function isPlainCsv(text: string, delimiter: string, newline: '\n' | '\r\n'): boolean {
  if (delimiter.length !== 1) return false;
  const d = delimiter.charCodeAt(0);
  if (d === QUOTE || d === LF || d === CR) return false;
  const n = text.length;
  if (newline === '\r\n') {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (i === 0 || text.charCodeAt(i - 1) !== CR) return false;
    }
    // A CR is part of a CRLF (d3-dsv ends a row at a lone CR, papaparse does not).
    for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== LF) return false;
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
 * Pieces of text about this long are read at a time. Kept under V8's largest young object
 * (128 KiB; a two-byte text is 2 bytes a character): a larger string is made in the old
 * generation, which only a full collection frees.
 */
export const PIECE_CHARS = 1 << 14;

/**
 * Where the last row of `text` that ends in it ends: the position after its last LF outside
 * quotes; -1 when there is none. `text` starts where a row starts, and its quotes are
 * well-formed (see above), so an LF is outside quotes when an even number of quotes precede it.
 */
export function rowsEnd(text: string): number {
  let lf = text.lastIndexOf('\n');
  while (lf !== -1) {
    let quotes = 0;
    let last = -1;
    for (let i = text.indexOf('"'); i !== -1 && i < lf; i = text.indexOf('"', i + 1)) {
      quotes++;
      last = i;
    }
    if ((quotes & 1) === 0) return lf + 1;
    // Inside a quoted cell: the row ends before the cell's opening quote at the latest.
    lf = text.lastIndexOf('\n', last);
  }
  return -1;
}

/** The pieces of a whole text (see rowsEnd), then null. */
export function textPieces(text: string, pieceChars = PIECE_CHARS): () => string | null {
  let from = 0;
  let done = false;
  return () => {
    if (done) return null;
    for (let size = pieceChars; ; size *= 2) {
      if (text.length - from <= size) {
        done = true;
        return from === 0 ? text : text.slice(from);
      }
      const end = rowsEnd(text.slice(from, from + size));
      if (end !== -1) {
        const piece = text.slice(from, from + end);
        from += end;
        return piece;
      }
    }
  };
}

/**
 * The rows of text read by pieces (`pieces`: texts that each start where a row starts, all but
 * the last ending where one ends; then null), in order, as papaparse gives them on the whole
 * text: a line end at the very end of the text is followed by one row holding one empty cell.
 * `line` is the 1-based physical line on which the row last returned starts (line breaks
 * inside quotes counted).
 */
export class DsvRows {
  line = 0;
  private readonly parse: (text: string) => string[][];
  private rows: string[][] = [];
  private at = 0;
  /** The line of each row of the piece, when some cell holds a line break; else null. */
  private lines: number[] | null = null;
  /** LFs before the current piece. */
  private lfs = 0;
  /** LFs in the current piece. */
  private pieceLfs = 0;
  private endedWithLf = true;
  private done = false;

  constructor(
    private readonly pieces: () => string | null,
    delimiter: string,
  ) {
    const format = dsvFormat(delimiter);
    this.parse = (text) => format.parseRows(text);
  }

  next(): string[] | null {
    while (this.at === this.rows.length) {
      if (this.done) return null;
      this.read();
    }
    const i = this.at++;
    this.line = this.lines === null ? this.lfs + i + 1 : (this.lines[i] as number);
    return this.rows[i] as string[];
  }

  /** Reads the next piece's rows (or the empty row after a final line end). */
  private read(): void {
    this.lfs += this.pieceLfs;
    this.rows = [];
    this.at = 0;
    this.lines = null;
    this.pieceLfs = 0;
    const text = this.pieces();
    if (text === null) {
      this.done = true;
      // papaparse's reading: after a final line end (or of an empty text), one empty row.
      if (this.endedWithLf) this.rows = [['']];
      return;
    }
    if (text === '') return;
    let lfs = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lfs++;
    this.pieceLfs = lfs;
    this.endedWithLf = text.charCodeAt(text.length - 1) === LF;
    const rows = this.parse(text);
    this.rows = rows;
    // One row a line, unless a quoted cell holds a line break.
    if (rows.length !== (this.endedWithLf ? lfs : lfs + 1)) {
      const lines: number[] = [];
      let line = this.lfs + 1;
      for (const row of rows) {
        lines.push(line);
        line++;
        for (const cell of row) {
          for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
        }
      }
      this.lines = lines;
    }
  }
}

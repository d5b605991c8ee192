/**
 * Reading a large file a piece at a time, never as one text (issue 15: a statewide services
 * export is 200 MB of bytes and as many of text; held whole, with the bytes, it was the largest
 * part of the audit's memory).
 *
 * Two passes over the bytes. The first decodes them (strict UTF-8, piece by piece) and looks
 * only at what decides how the file may be read: its first characters (what kind of file, the
 * delimiter), NUL characters, its line ends, and where its quotes stand. The second decodes
 * them again and hands the text, a piece at a time cut where a row ends, to rows.ts DsvRows.
 *
 * Only a file that the whole-text path (table.ts openTable) would read without a word, with
 * rows.ts, is read this way: valid UTF-8, no NUL, every line ending alike (LF, or CRLF, with no
 * lone CR), and well-formed quotes (isPlainCsv). Any other file (a Windows-1252 export, a damaged line, a
 * stray quote, line ends mixed by a hand edit) is read whole as before, with the same messages
 * naming its lines: the first pass is only a test, and nothing is read from the file until it
 * has passed.
 */

import { PIECE_CHARS, rowsEnd } from './rows';

/** A file's bytes, in pieces, as many times as asked; or whole. */
export interface ByteSource {
  /** The file's bytes in order, in pieces of any size (each valid until the next is asked). */
  chunks(): Iterable<Uint8Array>;
  /** The whole file (for a file read the whole-text way). */
  bytes(): Uint8Array;
}

export function isByteSource(x: unknown): x is ByteSource {
  return typeof x === 'object' && x !== null && typeof (x as ByteSource).chunks === 'function';
}

/** How many characters the delimiter is guessed from (table.ts guessDelimiter). */
export const SAMPLE_CHARS = 65536;

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Before the first character, and after the last. */
const START = -1;
const END = -2;

/** What the first pass found. */
export interface Survey {
  /** The file's first SAMPLE_CHARS characters, BOM left out (all of them in a shorter file). */
  head: string;
  /** The head is the whole text. */
  whole: boolean;
  /** The file's first 4,096 bytes (fewer in a shorter file), for decode.ts notText. */
  headBytes: Uint8Array;
  bom: boolean;
  newline: '\n' | '\r\n';
  /** The characters right before an opening quote (START for the text's first). */
  beforeQuote: ReadonlySet<number>;
  /** The characters right after a closing quote (END for the text's last). */
  afterQuote: ReadonlySet<number>;
}

/** How many bytes notText looks at (decode.ts). */
const HEAD_BYTES = 4096;

/**
 * The first pass. null when the file is not one to read in pieces (see above): not UTF-8, a
 * NUL, mixed line ends, or a quote left open at the end.
 */
export function survey(source: ByteSource): Survey | null {
  // A BOM is left out by the decoder (one, even split over pieces), as decode.ts leaves it out.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let headBytes: Uint8Array = new Uint8Array(0);
  let head = '';
  let atStart = true;
  let prev = START;
  let sawCr = false;
  let badCr = false;
  let loneLf = false;
  let inside = false;
  let pendingClose = false;
  let pendingCr = false;
  const before = new Set<number>();
  const after = new Set<number>();

  /** False when the piece rules the file out (a NUL, a CR without its LF). */
  const scan = (t: string): boolean => {
    const m = t.length;
    if (m === 0) return true;
    if (t.indexOf('\u0000') !== -1) return false;
    // Line ends: no CR at all, or every CR followed by LF and every LF preceded by CR.
    if (pendingCr && t.charCodeAt(0) !== LF) return false;
    pendingCr = false;
    for (let i = t.indexOf('\r'); i !== -1; i = t.indexOf('\r', i + 1)) {
      sawCr = true;
      if (i + 1 === m) pendingCr = true;
      else if (t.charCodeAt(i + 1) !== LF) badCr = true;
    }
    if (badCr) return false;
    if (!loneLf) {
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) {
        if ((i > 0 ? t.charCodeAt(i - 1) : prev) !== CR) {
          loneLf = true;
          break;
        }
      }
    }
    if (loneLf && sawCr) return false;
    // Quotes (rows.ts isPlainCsv): what stands before each opening one and after each closing one.
    let pos = 0;
    if (pendingClose) {
      pendingClose = false;
      if (t.charCodeAt(0) === QUOTE) {
        pos = 1; // a doubled quote: still inside the field
      } else {
        after.add(t.charCodeAt(0));
        inside = false;
      }
    }
    for (;;) {
      if (!inside) {
        const open = t.indexOf('"', pos);
        if (open === -1) break;
        before.add(open > 0 ? t.charCodeAt(open - 1) : atStart ? START : prev);
        inside = true;
        pos = open + 1;
      }
      const close = t.indexOf('"', pos);
      if (close === -1) break;
      if (close + 1 === m) {
        pendingClose = true;
        break;
      }
      const c = t.charCodeAt(close + 1);
      if (c === QUOTE) {
        pos = close + 2;
        continue;
      }
      after.add(c);
      inside = false;
      pos = close + 1;
    }
    prev = t.charCodeAt(m - 1);
    atStart = false;
    return true;
  };

  try {
    for (const chunk of source.chunks()) {
      const bytes = chunk;
      if (headBytes.length < HEAD_BYTES && bytes.length > 0) {
        const take = bytes.subarray(0, HEAD_BYTES - headBytes.length);
        const joined = new Uint8Array(headBytes.length + take.length);
        joined.set(headBytes);
        joined.set(take, headBytes.length);
        headBytes = joined;
      }
      const t = decoder.decode(bytes, { stream: true });
      if (head.length <= SAMPLE_CHARS) head += t.slice(0, SAMPLE_CHARS + 1 - head.length);
      if (!scan(t)) return null;
    }
    const rest = decoder.decode();
    if (head.length <= SAMPLE_CHARS) head += rest.slice(0, SAMPLE_CHARS + 1 - head.length);
    if (!scan(rest)) return null;
  } catch (e) {
    if (e instanceof TypeError) return null; // not UTF-8
    throw e;
  }
  if (pendingCr) return null;
  if (pendingClose) {
    after.add(END);
  } else if (inside) {
    return null; // a quote never closed
  }
  const whole = head.length <= SAMPLE_CHARS;
  const bom = headBytes[0] === 0xef && headBytes[1] === 0xbb && headBytes[2] === 0xbf;
  return {
    head: whole ? head : head.slice(0, SAMPLE_CHARS),
    whole,
    headBytes,
    bom,
    newline: sawCr ? '\r\n' : '\n',
    beforeQuote: before,
    afterQuote: after,
  };
}

/** Whether the quotes the survey saw are those of well-formed CSV with this delimiter. */
export function plainQuotes(s: Survey, delimiter: string): boolean {
  if (delimiter.length !== 1) return false;
  const d = delimiter.charCodeAt(0);
  if (d === QUOTE || d === LF || d === CR) return false;
  for (const c of s.beforeQuote) if (c !== START && c !== d && c !== LF) return false;
  const lineEnd = s.newline === '\n' ? LF : CR;
  for (const c of s.afterQuote) if (c !== END && c !== d && c !== lineEnd) return false;
  return true;
}

/**
 * The second pass: the decoded text of a file the survey passed, in pieces of about
 * PIECE_CHARS that each end where a row ends (rows.ts rowsEnd; the last piece is the rest of
 * the file), for DsvRows.
 */
export function chunkPieces(source: ByteSource, pieceChars = PIECE_CHARS): () => string | null {
  const chunks = source.chunks()[Symbol.iterator]();
  // Leaves the BOM out, as the survey's.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let ended = false;
  const decode = (chunk: Uint8Array | undefined): string => {
    try {
      if (chunk === undefined) return decoder.decode();
      return decoder.decode(chunk, { stream: true });
    } catch {
      throw new Error('the file changed while it was read; run again');
    }
  };
  return () => {
    for (;;) {
      if (pending.length >= pieceChars) {
        const end = rowsEnd(pending);
        if (end !== -1) {
          const piece = pending.slice(0, end);
          pending = pending.slice(end);
          return piece;
        }
      }
      if (ended) {
        if (pending === '') return null;
        const last = pending;
        pending = '';
        return last;
      }
      const r = chunks.next();
      if (r.done) {
        ended = true;
        pending += decode(undefined);
      } else {
        pending += decode(r.value);
      }
    }
  };
}

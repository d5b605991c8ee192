/**
 * Bytes to text for CSV exports. Pure: works in Node and in the browser.
 *
 * Vendor exports come as UTF-8 (with or without a byte-order mark) or as Windows-1252
 * (SEIS "IEP Dates", VENDORS.md §1.3b). Strict UTF-8 is tried first. When it fails, the bytes
 * decide, never the first failure alone: a Windows-1252 file with non-ASCII letters
 * ("Muñoz" = 4D 75 F1 6F 7A) holds no valid UTF-8 sequence beyond ASCII, while a UTF-8 file
 * that one program touched holds many ("José") and a few bytes that are not. Re-decoding such a
 * file as Windows-1252 would turn every "José" into "JosÃ©", and names would stop matching
 * without a word: so a file whose non-ASCII bytes are mostly valid UTF-8 is read as UTF-8 and
 * its other lines are listed (`badLines`) for the reader to refuse by name.
 * Line ends: decided line by line. By default normalised to LF (CRLF and lone CR both become
 * LF). With `keepLineEnds`, a file whose every line ends with CRLF is left as it is (saves a
 * copy of a large file); any other mix is normalised, so one CRLF in an LF file (or one LF in a
 * CRLF file) is one line end like the others. Either way every physical line ends with LF, so
 * counting LFs gives exact line numbers.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the input started with a UTF-8 byte-order mark. */
  bom: boolean;
  /** The line end of `text`: LF, or CRLF when kept. */
  newline: '\n' | '\r\n';
  /**
   * 1-based lines whose bytes are not UTF-8 in a file otherwise read as UTF-8 (their bad bytes
   * decoded as U+FFFD). Empty when the whole file decoded cleanly.
   */
  badLines: number[];
}

export interface DecodeOptions {
  /** Keep CRLF line ends instead of copying the text to LF. */
  keepLineEnds?: boolean;
}

let utf8: TextDecoder | undefined;
let utf8Lenient: TextDecoder | undefined;
let cp1252: TextDecoder | undefined;

/** Decodes bytes (or passes a string through), strips a BOM and normalises line ends. */
export function decodeText(input: Uint8Array | string, options: DecodeOptions = {}): DecodedText {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return {
      ...lineEnds(bom ? input.slice(1) : input, options),
      encoding: 'utf-8',
      bom,
      badLines: [],
    };
  }
  const bom = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const body = bom ? input.subarray(3) : input;
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  let badLines: number[] = [];
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    text = utf8.decode(body);
  } catch {
    const census = utf8Census(body);
    if (bom || (census.valid > 0 && census.valid >= census.invalid)) {
      utf8Lenient ??= new TextDecoder('utf-8', { ignoreBOM: true });
      text = utf8Lenient.decode(body);
      badLines = census.lines;
    } else {
      cp1252 ??= new TextDecoder('windows-1252');
      text = fixC1(cp1252.decode(body));
      encoding = 'windows-1252';
    }
  }
  return { ...lineEnds(text, options), encoding, bom, badLines };
}

/**
 * Counts the multi-byte UTF-8 sequences that are valid and the bytes that start none, and the
 * 1-based lines holding the latter (line = LFs before + 1; a CR alone does not count here, as
 * the readers count lines after normalising, and a CR-only file has no invalid line to name).
 */
function utf8Census(b: Uint8Array): { valid: number; invalid: number; lines: number[] } {
  let valid = 0;
  let invalid = 0;
  const lines: number[] = [];
  let line = 1;
  let lastBad = 0;
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i] as number;
    if (c < 0x80) {
      if (c === 10) line++;
      i++;
      continue;
    }
    const len =
      c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = ((b[i + k] as number) & 0xc0) === 0x80;
    if (ok && len === 3) {
      const c1 = b[i + 1] as number;
      ok = !(c === 0xe0 && c1 < 0xa0) && !(c === 0xed && c1 >= 0xa0);
    } else if (ok && len === 4) {
      const c1 = b[i + 1] as number;
      ok = !(c === 0xf0 && c1 < 0x90) && !(c === 0xf4 && c1 >= 0x90);
    }
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      if (lastBad !== line) {
        lines.push(line);
        lastBad = line;
      }
      i++;
    }
  }
  return { valid, invalid, lines };
}

function lineEnds(text: string, options: DecodeOptions): { text: string; newline: '\n' | '\r\n' } {
  if (text.indexOf('\r') === -1) return { text, newline: '\n' };
  if (options.keepLineEnds && allCrlf(text)) return { text, newline: '\r\n' };
  return { text: normaliseLineEnds(text), newline: '\n' };
}

/**
 * Every CR is followed by LF and every LF preceded by CR: the only text that may be read with
 * CRLF as its line end. One line ending otherwise (a row added by hand in another editor) makes
 * the whole file normalised: taken for CRLF, an LF file with one CRLF would be one long row.
 */
function allCrlf(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return false;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 13) return false;
  }
  return true;
}

/**
 * Windows-1252 puts printable characters (€, ‘ ’, “ ”, –, —, Š…) at bytes 0x80–0x9F where
 * Latin-1 has C1 controls. Some Node versions decode the label 'windows-1252' as Latin-1
 * (nodejs/node#56542), so those bytes are mapped here; on a correct decoder this is a no-op.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] as string)
    : text;
}

/** CRLF and lone CR become LF. Returns the same string when there is no CR at all. */
export function normaliseLineEnds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * What the bytes are when they are not a text CSV at all, said before any decoding: UTF-16
 * (Excel's "Unicode Text", with or without its byte-order mark: every other byte NUL), an Excel
 * workbook (.xlsx is a zip, .xls an OLE file), or other binary data (NULs in the first 4 KB).
 * null for bytes that may be text; NULs further on are named by line by the reader.
 */
export function notText(input: Uint8Array | string): 'utf-16' | 'spreadsheet' | 'binary' | null {
  if (typeof input === 'string') {
    return input.slice(0, 4096).indexOf('\u0000') !== -1 ? 'binary' : null;
  }
  const b = input;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return 'utf-16';
  }
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4) {
    return 'spreadsheet';
  }
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    return 'spreadsheet';
  }
  const n = Math.min(b.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) {
      if (i & 1) odd++;
      else even++;
    }
  }
  if (even + odd === 0) return null;
  // ASCII text in UTF-16: a NUL in every other byte, on one side only.
  const half = n / 2;
  if ((odd > half * 0.6 && even < odd / 10) || (even > half * 0.6 && odd < even / 10)) {
    return 'utf-16';
  }
  return 'binary';
}

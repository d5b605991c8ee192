/**
 * Bytes to text for CSV exports. Pure: works in Node and in the browser.
 *
 * Vendor exports come as UTF-8 (with or without a byte-order mark) or as Windows-1252
 * (SEIS "IEP Dates", VENDORS.md §1.3b). Strict UTF-8 is tried first: a Windows-1252 file with
 * any non-ASCII byte ("Muñoz" = 4D 75 F1 6F 7A) is not valid UTF-8, so the fallback is safe.
 * Line ends: by default normalised to LF (CRLF and lone CR both become LF). With
 * `keepLineEnds`, a file whose line ends are all CRLF is left as it is (saves a copy of a large
 * file); lone CRs are still normalised. Either way every physical line ends with LF, so
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
}

export interface DecodeOptions {
  /** Keep CRLF line ends instead of copying the text to LF. */
  keepLineEnds?: boolean;
}

let utf8: TextDecoder | undefined;
let cp1252: TextDecoder | undefined;

/** Decodes bytes (or passes a string through), strips a BOM and normalises line ends. */
export function decodeText(input: Uint8Array | string, options: DecodeOptions = {}): DecodedText {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { ...lineEnds(bom ? input.slice(1) : input, options), encoding: 'utf-8', bom };
  }
  const bom = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const body = bom ? input.subarray(3) : input;
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    text = utf8.decode(body);
  } catch {
    cp1252 ??= new TextDecoder('windows-1252');
    text = fixC1(cp1252.decode(body));
    encoding = 'windows-1252';
  }
  return { ...lineEnds(text, options), encoding, bom };
}

function lineEnds(text: string, options: DecodeOptions): { text: string; newline: '\n' | '\r\n' } {
  if (text.indexOf('\r') === -1) return { text, newline: '\n' };
  if (options.keepLineEnds && !hasLoneCr(text)) return { text, newline: '\r\n' };
  return { text: normaliseLineEnds(text), newline: '\n' };
}

/** A CR not followed by LF (what /\r(?!\n)/ finds), looked for without a regular expression. */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
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

/** True when the text looks binary (NUL characters): a spreadsheet saved as .xlsx, say. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 4096).indexOf('\u0000') !== -1;
}

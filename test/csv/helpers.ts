/** Builds test inputs: Windows-1252 bytes, CRLF text. */

/** Encodes text as Windows-1252 (Latin-1 range only, which is all the tests need). */
export function cp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new Error(`not encodable in this helper: ${text[i]}`);
    out[i] = c;
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export function crlf(lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

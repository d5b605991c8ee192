import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/csv/decode';
import { cp1252, utf8 } from './helpers';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('Muñoz,Ana\n'))).toEqual({
      text: 'Muñoz,Ana\n',
      encoding: 'utf-8',
      bom: false,
      newline: '\n',
      badLines: [],
    });
  });

  it('strips a UTF-8 BOM', () => {
    const d = decodeText(utf8('SEIS ID,Name\n', true));
    expect(d.text).toBe('SEIS ID,Name\n');
    expect(d.bom).toBe(true);
    expect(d.text.charCodeAt(0)).toBe(0x53);
  });

  it('strips a BOM from a string input', () => {
    expect(decodeText('\ufeffa,b\n').text).toBe('a,b\n');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const d = decodeText(cp1252('Name\nMuñoz, José\n'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Name\nMuñoz, José\n');
  });

  it('decodes Windows-1252 bytes 0x80–0x9F as Windows-1252, not Latin-1', () => {
    const d = decodeText(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x80]));
    expect(d.text).toBe('\u201cA\u201d \u20ac');
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(decodeText('a\r\nb\rc\n').text).toBe('a\nb\nc\n');
    expect(decodeText(utf8('a\r\nb\r\n')).text).toBe('a\nb\n');
  });

  it('keeps CRLF when asked, unless there are lone CRs', () => {
    expect(decodeText('a\r\nb\r\n', { keepLineEnds: true })).toMatchObject({
      text: 'a\r\nb\r\n',
      newline: '\r\n',
    });
    expect(decodeText('a\r\nb\rc', { keepLineEnds: true })).toMatchObject({
      text: 'a\nb\nc',
      newline: '\n',
    });
  });
});

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DsvRows, isPlainCsv, textPieces } from '../../src/csv/rows';

type Newline = '\n' | '\r\n';

function papa(text: string, delimiter: string, newline: Newline) {
  return Papa.parse<string[]>(text, { header: false, delimiter, newline, skipEmptyLines: false });
}

/** DsvRows on the text cut in pieces of about `pieceChars` (rows.ts textPieces). */
function cursorRows(text: string, delimiter: string, _newline: Newline, pieceChars = 1 << 14) {
  const cursor = new DsvRows(textPieces(text, pieceChars), delimiter);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let row = cursor.next(); row !== null; row = cursor.next()) {
    rows.push(row);
    lines.push(cursor.line);
  }
  return { rows, lines };
}

/** Table.computeRowLines' reading: one line per row, plus the LFs inside its cells. */
function physicalLines(rows: readonly string[][]): number[] {
  const out: number[] = [];
  let line = 1;
  for (const row of rows) {
    out.push(line);
    line += 1;
    for (const cell of row) line += cell.split('\n').length - 1;
  }
  return out;
}

/** Text made of the pieces that matter to a CSV reader. */
const csvText = (newline: Newline) =>
  fc
    .array(
      fc.constantFrom('a', 'b', ' ', ',', ';', '"', '""', '\n', '\r\n', '\r', 'é', '"x"', newline),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

/** Well-formed rows, quoted or not, so that most texts are plain. */
const plainText = (newline: Newline) =>
  fc
    .array(
      fc.array(
        fc.oneof(
          fc.stringMatching(/^[a-z é]{0,5}$/),
          fc
            .array(fc.constantFrom('a', ',', '""', '\n', '\r\n', ' '), { maxLength: 5 })
            .map((p) => `"${p.join('')}"`),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 6 },
    )
    .chain((rows) =>
      fc.boolean().map((end) => rows.map((r) => r.join(',')).join(newline) + (end ? newline : '')),
    );

describe('DsvRows', () => {
  for (const newline of ['\n', '\r\n'] as const) {
    it(`gives papaparse's rows, with no papaparse error, on any text it accepts (${JSON.stringify(newline)})`, () => {
      fc.assert(
        fc.property(
          fc.oneof(csvText(newline), plainText(newline)),
          fc.integer({ min: 1, max: 30 }),
          (text, pieceChars) => {
            if (text === '' || !isPlainCsv(text, ',', newline)) return;
            const expected = papa(text, ',', newline);
            expect(expected.errors).toEqual([]);
            const got = cursorRows(text, ',', newline, pieceChars);
            expect(got.rows).toEqual(expected.data);
            expect(got.lines).toEqual(physicalLines(expected.data));
          },
        ),
        { numRuns: 3000 },
      );
    });
  }

  it('accepts well-formed quoting and refuses stray or unclosed quotes', () => {
    expect(isPlainCsv('a,"b ""c""",d\r\n"x\r\ny",z\r\n', ',', '\r\n')).toBe(true);
    expect(isPlainCsv('a,b"c\n', ',', '\n')).toBe(false);
    expect(isPlainCsv('a,"b"c\n', ',', '\n')).toBe(false);
    expect(isPlainCsv('a,"b\n', ',', '\n')).toBe(false);
    expect(isPlainCsv('a,b\nc\r\n', ',', '\r\n')).toBe(false);
    expect(isPlainCsv('a,b\r\n', ',', '\n')).toBe(false);
    // d3-dsv ends a row at a lone CR, papaparse (told CRLF) keeps it in the cell.
    expect(isPlainCsv('a\rb,c\r\n', ',', '\r\n')).toBe(false);
  });

  it('reads other delimiters', () => {
    const text = 'a;"b;c"\n;\n';
    expect(isPlainCsv(text, ';', '\n')).toBe(true);
    expect(cursorRows(text, ';', '\n').rows).toEqual(papa(text, ';', '\n').data);
  });
});

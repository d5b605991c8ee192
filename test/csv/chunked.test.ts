import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ByteSource, chunkPieces, plainQuotes, survey } from '../../src/csv/chunked';
import { DsvRows, isPlainCsv, textPieces } from '../../src/csv/rows';
import { eachStudent, type StudentRecord } from '../../src/csv/students';

type Newline = '\n' | '\r\n';

/** The bytes in pieces cut at the given places (any byte: inside a character, a CRLF, a BOM). */
function pieces(bytes: Uint8Array, cuts: readonly number[]): ByteSource {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return {
    *chunks() {
      let from = 0;
      for (const to of [...at, bytes.length]) {
        if (to > from) yield bytes.slice(from, to);
        from = Math.max(from, to);
      }
    },
    bytes: () => bytes,
  };
}

const enc = new TextEncoder();

function cursorRows(next: () => string[] | null, line: () => number) {
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let row = next(); row !== null; row = next()) {
    rows.push([...row]);
    lines.push(line());
  }
  return { rows, lines };
}

/** Rows of cells that matter to a reader: quotes, delimiters, line ends, accents. */
const body = (newline: Newline) =>
  fc
    .array(
      fc.array(
        fc.oneof(
          fc.constantFrom('1001', '1002', '290', 'Autism', '', 'Lee, Dana', 'Muñoz', 'N/A', '04'),
          fc
            .array(fc.constantFrom('a', ',', '""', '\n', '\r\n', ' ', 'é'), { maxLength: 5 })
            .map((p) => `"${p.join('')}"`),
          fc.constantFrom('"', 'a"b', '\r', '\n', '\u0000', '\r\n', ';'),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { maxLength: 8 },
    )
    .chain((rows) =>
      fc.boolean().map((end) => rows.map((r) => r.join(',')).join(newline) + (end ? newline : '')),
    );

describe('chunkPieces', () => {
  for (const newline of ['\n', '\r\n'] as const) {
    it(`gives the whole text's rows and lines, wherever the pieces are cut (${JSON.stringify(newline)})`, () => {
      fc.assert(
        fc.property(
          body(newline),
          fc.array(fc.nat(), { maxLength: 12 }),
          fc.integer({ min: 1, max: 40 }),
          (text, cuts, pieceChars) => {
            if (text === '' || !isPlainCsv(text, ',', newline)) return;
            const whole = new DsvRows(textPieces(text, 1 << 20), ',');
            const expected = cursorRows(
              () => whole.next(),
              () => whole.line,
            );
            const chunked = new DsvRows(
              chunkPieces(pieces(enc.encode(text), cuts), pieceChars),
              ',',
            );
            expect(
              cursorRows(
                () => chunked.next(),
                () => chunked.line,
              ),
            ).toEqual(expected);
          },
        ),
        { numRuns: 3000 },
      );
    });
  }

  it('surveys a plain file as plain, whatever the pieces', () => {
    const text = 'SEIS ID,Case Manager\r\n1,"Lee, Dana"\r\n2,"Muñoz, José ""Pepe"""\r\n';
    const bytes = enc.encode(`\ufeff${text}`);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const cuts = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => i * size);
      const s = survey(pieces(bytes, cuts));
      expect(s?.bom).toBe(true);
      expect(s?.newline).toBe('\r\n');
      expect(s?.head).toBe(text);
      expect(s && plainQuotes(s, ',')).toBe(true);
    }
  });

  it('leaves to the whole-text reading a file not UTF-8, with a NUL, mixed line ends or a stray quote', () => {
    const of = (x: string | Uint8Array) => pieces(typeof x === 'string' ? enc.encode(x) : x, [3]);
    expect(survey(of(new Uint8Array([0x61, 0x2c, 0xe9, 0x0a])))).toBeNull();
    expect(survey(of('a,b\n\u0000\n'))).toBeNull();
    expect(survey(of('a,b\r\nc,d\n'))).toBeNull();
    expect(survey(of('a,b\nc,d\r\n'))).toBeNull();
    expect(survey(of('a,b\rc,d\r'))).toBeNull();
    expect(survey(of('a,"b\n'))).toBeNull();
    const stray = survey(of('a,b"c"\n'));
    expect(stray && plainQuotes(stray, ',')).toBe(false);
  });
});

describe('a students file read in pieces', () => {
  const read = (data: Uint8Array | ByteSource) => {
    const records: StudentRecord[] = [];
    const summary = eachStudent(data, (r) => records.push(r), { file: 'students.csv' });
    return { records, summary };
  };

  for (const newline of ['\n', '\r\n'] as const) {
    it(`gives the records, errors and warnings of the whole file, damaged or not (${JSON.stringify(newline)})`, () => {
      fc.assert(
        fc.property(
          body(newline),
          fc.boolean(),
          fc.array(fc.nat(), { maxLength: 12 }),
          (text, bom, cuts) => {
            const header = `SEIS ID,Case Manager,Disability 1 Code${newline}`;
            const bytes = enc.encode(`${bom ? '\ufeff' : ''}${header}${text}`);
            expect(read(pieces(bytes, cuts))).toEqual(read(bytes));
          },
        ),
        { numRuns: 3000 },
      );
    });
  }

  it('names a line that is not UTF-8 as the whole-file reading does', () => {
    const good = enc.encode('SEIS ID,Case Manager,Disability 1 Code\n1,"Muñoz, José",290\n');
    const bad = new Uint8Array([...good, ...enc.encode('2,Lee'), 0xe9, ...enc.encode(',290\n')]);
    const whole = read(bad);
    expect(whole.summary.errors[0]?.line).toBe(3);
    expect(read(pieces(bad, [10, 40]))).toEqual(whole);
  });
});

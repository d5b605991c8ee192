/**
 * Issue 15's rule, as a property: reading less never yields more all-clears. For random
 * generated exports and random damage of the kinds real exports and hand edits produce, either
 * the audit stops (AuditInputError: exit 2 with a message naming the file), or no student's
 * status is lower (ok < review < violation) than from the undamaged files.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateExport } from '../../bench/generate';
import { AuditInputError, runAudit } from '../../src/batch/audit';
import type { StudentStatus } from '../../src/rules/types';

type Name = 'students' | 'services' | 'roster';
type Files = Record<Name, Uint8Array>;

const enc = new TextEncoder();
const RANK: Record<StudentStatus, number> = { ok: 0, review: 1, violation: 2 };

function audit(files: Files): StudentStatus[] | 'stopped' {
  try {
    return runAudit({
      students: { file: 'students.csv', data: files.students },
      services: { file: 'services.csv', data: files.services },
      roster: { file: 'roster.csv', data: files.roster },
      asOf: '2026-01-15',
    }).report.rows.map((r) => r.status);
  } catch (e) {
    if (e instanceof AuditInputError && e.problems.length > 0) return 'stopped';
    throw e;
  }
}

const lineStarts = (b: Uint8Array) => {
  const out = [0];
  for (let i = 0; i < b.length; i++) if (b[i] === 10 && i + 1 < b.length) out.push(i + 1);
  return out;
};
const splice = (b: Uint8Array, at: number, remove: number, insert: ArrayLike<number>) => {
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at));
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
};

/** One kind of damage, at a place chosen by `pick` (0 ≤ pick < 1). */
type Damage = (b: Uint8Array, pick: number) => Uint8Array;
const DAMAGE: Record<string, Damage> = {
  'a CRLF ending one line': (b, pick) => {
    const ends = lineStarts(b)
      .slice(1)
      .map((s) => s - 1);
    const at = ends[Math.floor(pick * ends.length)] ?? b.length - 1;
    return splice(b, at, 0, [13]);
  },
  'every line CRLF but one': (b, pick) => {
    const ends = lineStarts(b)
      .slice(1)
      .map((s) => s - 1);
    const keep = ends[Math.floor(pick * ends.length)];
    const out: number[] = [];
    for (let i = 0; i < b.length; i++) {
      if (b[i] === 10 && i !== keep) out.push(13);
      out.push(b[i] as number);
    }
    return Uint8Array.from(out);
  },
  'the header alone': (b) => b.subarray(0, (lineStarts(b)[1] ?? b.length) as number),
  // What an editor does that saves one edited line in its own encoding: the line's accented
  // letters become single Windows-1252 bytes, the rest of the file stays UTF-8.
  'one line saved as Windows-1252': (b, pick) => {
    const lines = new TextDecoder().decode(b).split('\n');
    const accented = lines.flatMap((l, i) => (/[\u0080-\u00ff]/.test(l) ? [i] : []));
    if (accented.length === 0) return b;
    const which = accented[Math.floor(pick * accented.length)] as number;
    const parts = lines.map((l, i) =>
      i === which ? Uint8Array.from(l, (c) => c.charCodeAt(0)) : enc.encode(l),
    );
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, -1));
    let at = 0;
    parts.forEach((p, i) => {
      out.set(p, at);
      at += p.length;
      if (i + 1 < parts.length) out[at++] = 10;
    });
    return out;
  },
  'a NUL byte': (b, pick) => splice(b, Math.floor(pick * b.length), 0, [0]),
  'a header written twice': (b, pick) => {
    const end = (lineStarts(b)[1] ?? b.length) - 1;
    const header = new TextDecoder().decode(b.subarray(0, end)).split(',');
    const twice = header[Math.floor(pick * header.length)] as string;
    // The copy goes last, with an empty cell in every row: read, it would change nothing but
    // which column is read when the first is empty.
    const lines = new TextDecoder().decode(b).split('\n');
    const out = lines.map((l, i) => (i === 0 ? `${l},${twice}` : l === '' ? l : `${l},`));
    return enc.encode(out.join('\n'));
  },
  'UTF-16': (b) => {
    const text = new TextDecoder().decode(b);
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = c & 0xff;
      out[3 + 2 * i] = c >> 8;
    }
    return out;
  },
};

describe('reading less never yields more all-clears', () => {
  it('holds for random exports and random damage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 160 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<Name>('students', 'services', 'roster'),
        fc.constantFrom(...Object.keys(DAMAGE)),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (students, seed, file, damage, pick) => {
          // A roster with a header and no rows is the roster reader's own case (a note, decided
          // with the roster's identity rules, not here): its case managers are all unknown.
          fc.pre(!(file === 'roster' && damage === 'the header alone'));
          const gen = generateExport(students, seed);
          const files: Files = {
            students: enc.encode(gen.students),
            services: enc.encode(gen.services),
            roster: enc.encode(gen.roster),
          };
          const before = audit(files);
          expect(before).not.toBe('stopped');
          const damaged = { ...files, [file]: (DAMAGE[damage] as Damage)(files[file], pick) };
          const after = audit(damaged);
          if (after === 'stopped') return;
          expect(after).toHaveLength((before as StudentStatus[]).length);
          (before as StudentStatus[]).forEach((status, i) => {
            expect(RANK[after[i] as StudentStatus]).toBeGreaterThanOrEqual(RANK[status]);
          });
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

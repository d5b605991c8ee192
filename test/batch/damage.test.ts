/**
 * Issue 15: files damaged the way real exports and hand edits damage them. Each case read less
 * of the file than it holds and reported fewer problems, with exit 0 and no note. Read now,
 * either the audit comes out as from the undamaged files, or it stops with a message that
 * names the file (and the line, where there is one).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateExport } from '../../bench/generate';
import { type AuditInput, AuditInputError, runAudit } from '../../src/batch/audit';
import type { CsvProblem } from '../../src/csv/problems';

const SAMPLES = resolve(import.meta.dirname, '../../samples');
const text = (name: string) => readFileSync(resolve(SAMPLES, `${name}.csv`), 'utf8');
const enc = new TextEncoder();

type Files = {
  students: Uint8Array | string;
  services?: Uint8Array | string;
  roster: Uint8Array | string;
};

function audit(files: Files) {
  const input: AuditInput = {
    students: { file: 'students.csv', data: files.students },
    roster: { file: 'roster.csv', data: files.roster },
    asOf: '2026-01-15',
  };
  if (files.services !== undefined) input.services = { file: 'services.csv', data: files.services };
  return runAudit(input);
}

function problemsOf(files: Files): CsvProblem[] {
  try {
    audit(files);
  } catch (e) {
    if (e instanceof AuditInputError) return e.problems;
    throw e;
  }
  throw new Error('the audit ran');
}

const samples = (): Files => ({
  students: text('students'),
  services: text('services'),
  roster: text('roster'),
});
const baseline = audit(samples()).report;

/** The LF file with its last line ended by CRLF (a row appended in Notepad). */
const lastLineCrlf = (s: string) => `${s.replace(/\n$/, '')}\r\n`;

describe('damaged input', () => {
  it('has the counts the samples promise', () => {
    expect(baseline.counts).toEqual({ violation: 6, review: 6, ok: 4 });
  });

  it('one CRLF at the end of an LF services file: the same audit', () => {
    const out = audit({ ...samples(), services: lastLineCrlf(text('services')) }).report;
    expect(out.counts).toEqual(baseline.counts);
  });

  it('one CRLF at the end of an LF roster and students file: the same audit', () => {
    const out = audit({
      ...samples(),
      students: lastLineCrlf(text('students')),
      roster: lastLineCrlf(text('roster')),
    }).report;
    expect(out.rows.map((r) => r.status)).toEqual(baseline.rows.map((r) => r.status));
  });

  it('a CRLF file with one bare LF: each line a row, no "comma inside a value"', () => {
    const lines = text('services').trimEnd().split('\n');
    const damaged = `${lines.slice(0, 5).join('\r\n')}\n${lines.slice(5).join('\r\n')}\r\n`;
    const out = audit({ ...samples(), services: damaged }).report;
    expect(out.counts).toEqual(baseline.counts);
  });

  it('a services file with a header and no rows is an error, not 14 students "ok"', () => {
    const header = `${text('services').split('\n')[0]}\n`;
    const problems = problemsOf({ ...samples(), services: header });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'services.csv',
        line: 1,
        message: expect.stringMatching(/header row but no services/),
      }),
    ]);
  });

  it('a students file with a header and no rows is an error, not "0 students"', () => {
    const header = `${text('students').split('\n')[0]}\n\n`;
    const problems = problemsOf({ ...samples(), students: header });
    expect(problems[0]).toMatchObject({
      file: 'students.csv',
      message: expect.stringMatching(/no students/),
    });
  });

  it('one Windows-1252 byte in a UTF-8 file: that line is named, "José" is not re-decoded', () => {
    const students = text('students').split('\n');
    students[1] = (students[1] as string).replace('Alpha', 'José');
    const head = enc.encode(`${students.slice(0, 3).join('\n')}\n`);
    const stray = enc.encode(`${students[3]}\n`.replace('Charlie', 'Charli\u0000'));
    stray[stray.indexOf(0)] = 0xe1; // á in Windows-1252
    const tail = enc.encode(students.slice(4).join('\n'));
    const bytes = new Uint8Array(head.length + stray.length + tail.length);
    bytes.set(head);
    bytes.set(stray, head.length);
    bytes.set(tail, head.length + stray.length);
    const problems = problemsOf({ ...samples(), students: bytes });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'students.csv', line: 4, column: 3 });
    expect(problems[0]?.message).toMatch(/not UTF-8/);
  });

  it('a Windows-1252 file is still read as Windows-1252', () => {
    const students = text('students').replace('Alpha', 'Muñoz');
    const bytes = Uint8Array.from(students, (c) => c.charCodeAt(0));
    const out = audit({ ...samples(), students: bytes }).report;
    expect(out.rows[0]?.student.name).toMatch(/^Muñoz/);
  });

  it('a NUL byte after the first 4 KB is named by line, never passed into the report', () => {
    const gen = generateExport(120, 3);
    const cut = gen.students.indexOf('\n', 5000) + 3;
    const students = `${gen.students.slice(0, cut)}\u0000${gen.students.slice(cut)}`;
    const line = students.slice(0, cut).split('\n').length;
    try {
      runAudit({
        students: { file: 'students.csv', data: enc.encode(students) },
        services: { file: 'services.csv', data: gen.services },
        roster: { file: 'roster.csv', data: gen.roster },
        asOf: '2026-01-15',
      });
      expect.unreachable();
    } catch (e) {
      expect((e as AuditInputError).problems).toEqual([
        expect.objectContaining({
          file: 'students.csv',
          line,
          message: expect.stringMatching(/NUL/),
        }),
      ]);
    }
  });

  it('a duplicated header is an error naming both columns, not the second column read', () => {
    const lines = text('students').split('\n');
    const cells = (lines[0] as string).split(',');
    const cm = cells.indexOf('Case Manager');
    lines[0] = `${lines[0]},Case Manager`;
    for (let i = 1; i < lines.length; i++)
      if (lines[i] !== '') lines[i] = `${lines[i]},Nobody Atall`;
    const problems = problemsOf({ ...samples(), students: lines.join('\n') });
    expect(problems[0]).toMatchObject({ file: 'students.csv', line: 1, column: cells.length + 1 });
    expect(problems[0]?.message).toContain(
      `"Case Manager" appears twice (columns ${cm + 1} and ${cells.length + 1})`,
    );
  });

  it('a UTF-16 file is called UTF-16, not "a spreadsheet"', () => {
    const body = text('students');
    const le = new Uint8Array(2 + body.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) le[2 + 2 * i] = body.charCodeAt(i);
    const noBom = le.subarray(2);
    for (const bytes of [le, noBom]) {
      const problems = problemsOf({ ...samples(), students: bytes });
      expect(problems[0]?.message).toMatch(/UTF-16/);
      expect(problems[0]?.message).not.toMatch(/spreadsheet/);
    }
  });
});

/**
 * `npm run bench`: rule-engine evaluations per second, and the audit of a generated
 * 100,000-student export next to papaparse's bare parse of the same files, in one run.
 * Budget: audit ≤ 1.5 × bare parse. `npm run bench -- --json` ends with one JSON line:
 * { engineEvaluationsPerSecond, auditMs, parseMs, auditToParseRatio, … }.
 *
 * - parseMs: Papa.parse(text) with default options on the three files (students, services,
 *   roster), as text already in memory.
 * - auditMs: runAudit from the files' bytes: decode, parse, normalise, join, roster lookup and
 *   the rule engine for every student (with the per-case memo of src/cli/case-key.ts), without
 *   formatting the output.
 * - engineEvaluationsPerSecond: evaluateCase alone on 10,000 distinct cases built from a
 *   generated export (providers given by name, as the contract allows), after a warm-up.
 * - auditWithoutEngineMs: the same audit with the engine replaced by a constant result, to show
 *   what reading, normalising and joining cost on their own.
 * Each timing is the median of 3 runs after one warm-up run.
 * `--students=N` changes the export size.
 */

import Papa from 'papaparse';
import { runAudit } from '../src/cli/commands/audit';
import { readRoster } from '../src/csv/roster';
import { readServices, type ServiceRecord } from '../src/csv/services';
import { readStudents } from '../src/csv/students';
import { evaluateCase } from '../src/rules/engine';
import { findStaff } from '../src/rules/names';
import type { CaseResult, StudentCase } from '../src/rules/types';
import { generateExport } from './generate';

const AS_OF = '2026-01-15';
const json = process.argv.includes('--json');
const countArg = process.argv.find((a) => a.startsWith('--students='));
const STUDENTS = countArg ? Number(countArg.split('=')[1]) : 100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(f: () => void, runs = 3): number {
  f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

// 1. Engine evaluations per second.
function engineCases(): StudentCase[] {
  const small = generateExport(10_000, 7);
  const students = readStudents(small.students).records;
  const services = readServices(small.services).records;
  const roster = readRoster(small.roster).records;
  const byId = new Map<string, ServiceRecord[]>();
  for (const s of services) {
    const id = s.studentIds.vendorId ?? '';
    const list = byId.get(id);
    if (list) list.push(s);
    else byId.set(id, [s]);
  }
  const staff = new Map<string, ReturnType<typeof findStaff>>();
  return students.map((s) => {
    const cm = s.caseManager;
    if (cm !== null && !staff.has(cm)) staff.set(cm, findStaff(roster, cm));
    const member = cm === null ? undefined : staff.get(cm);
    const c: StudentCase = {
      asOf: AS_OF,
      student: {
        primary: s.primary,
        secondary: s.secondary,
        alternatePlacement: s.alternatePlacement,
      },
      services: (byId.get(s.id ?? '') ?? []).map((x) => {
        const v: StudentCase['services'][number] = { code: x.code };
        if (x.location !== undefined) v.setting = x.location;
        if (x.providerName !== undefined) v.providerName = x.providerName;
        return v;
      }),
      caseManager:
        cm === null
          ? null
          : { name: cm, known: member !== undefined, authorizations: member?.authorizations ?? [] },
    };
    if (s.grade !== undefined) c.student.grade = s.grade;
    if (s.dateOfBirth !== undefined) c.student.dateOfBirth = s.dateOfBirth;
    if (s.placement !== undefined) c.student.placement = s.placement;
    return c;
  });
}

const cases = engineCases();
for (const c of cases) evaluateCase(c); // warm-up
let evaluated = 0;
const e0 = performance.now();
while (performance.now() - e0 < 2000) {
  for (const c of cases) evaluateCase(c);
  evaluated += cases.length;
}
const engineEvaluationsPerSecond = Math.round(evaluated / ((performance.now() - e0) / 1000));

// 2. Bare parse and audit of the same files.
const gen = generateExport(STUDENTS);
const enc = new TextEncoder();
const bytes = {
  students: enc.encode(gen.students),
  services: enc.encode(gen.services),
  roster: enc.encode(gen.roster),
};
const parseMs = time(() => {
  Papa.parse(gen.students);
  Papa.parse(gen.services);
  Papa.parse(gen.roster);
});
let violations = 0;
let auditEvaluations = 0;
const auditMs = time(() => {
  const out = runAudit({
    students: { file: 'students.csv', data: bytes.students },
    services: { file: 'services.csv', data: bytes.services },
    roster: { file: 'roster.csv', data: bytes.roster },
    asOf: AS_OF,
  });
  violations = out.report.counts.violation;
  auditEvaluations = out.evaluations;
});
// The same audit with the engine replaced by a constant: what reading and joining cost alone.
const constant: CaseResult = { status: 'ok', role: 'unknown', findings: [] };
const auditWithoutEngineMs = time(() => {
  runAudit({
    students: { file: 'students.csv', data: bytes.students },
    services: { file: 'services.csv', data: bytes.services },
    roster: { file: 'roster.csv', data: bytes.roster },
    asOf: AS_OF,
    engine: () => constant,
  });
});
const auditToParseRatio = Math.round((auditMs / parseMs) * 100) / 100;

const mb = (bytes.students.length + bytes.services.length + bytes.roster.length) / 1e6;
const rows: [string, string][] = [
  [
    'students / service rows / staff',
    `${gen.studentCount} / ${gen.serviceCount} / ${gen.staffCount}`,
  ],
  ['input size', `${mb.toFixed(1)} MB`],
  ['engine evaluations per second', engineEvaluationsPerSecond.toLocaleString('en-US')],
  ['papaparse bare parse', `${parseMs.toFixed(0)} ms`],
  ['audit (decode+parse+join+rules)', `${auditMs.toFixed(0)} ms`],
  ['audit / parse', `${auditToParseRatio.toFixed(2)} × (budget 1.5 ×)`],
  [
    'audit without the engine',
    `${auditWithoutEngineMs.toFixed(0)} ms (${(auditWithoutEngineMs / parseMs).toFixed(2)} × parse)`,
  ],
  ['engine runs in the audit', `${auditEvaluations} (distinct cases)`],
  ['students with a violation', String(violations)],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
if (json) {
  process.stdout.write(
    `${JSON.stringify({
      engineEvaluationsPerSecond,
      auditMs: Math.round(auditMs),
      parseMs: Math.round(parseMs),
      auditToParseRatio,
      students: gen.studentCount,
      serviceRows: gen.serviceCount,
      auditEngineRuns: auditEvaluations,
      auditWithoutEngineMs: Math.round(auditWithoutEngineMs),
      withinBudget: auditToParseRatio <= 1.5,
    })}\n`,
  );
}

/**
 * `npm run bench`: rule-engine evaluations per second, and the audit of a generated
 * 100,000-student export next to papaparse's bare parse of the same files, in one run.
 * Budget: audit ≤ 1.0 × bare parse (issue 15), engine ≥ 100,000 evaluations per second.
 * `npm run bench -- --json` ends with one JSON line: { engineEvaluationsPerSecond, auditMs, parseMs, auditToParseRatio, … }.
 *
 * - parseMs: Papa.parse(text) with default options on the three files (students, services,
 *   roster), as text already in memory.
 * - auditMs: runAudit from the files' bytes: decode, parse, normalise, join, roster lookup and
 *   the rule engine for every student (with the per-case memo of src/batch/case-key.ts), without
 *   formatting the output.
 * - engineEvaluationsPerSecond: evaluateCase alone on 10,000 distinct cases built from a
 *   generated export (providers given by name, as the contract allows), after a warm-up.
 * - auditWithoutEngineMs: the same audit with the engine replaced by a constant result, to show
 *   what reading, normalising and joining cost on their own.
 * The three are timed in turn, round after round, so that a busy machine slows them alike; each
 * timing is the median of 7 rounds, after one warm-up round.
 * `--students=N` changes the export size; `--engine-only` measures part 1 alone (for a profile:
 * `node --cpu-prof build/bench.js --engine-only`).
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runAudit } from '../src/batch/audit';
import { readRoster } from '../src/csv/roster';
import { eachService } from '../src/csv/services';
import { eachStudent } from '../src/csv/students';
import { evaluateCase, findStaff } from '../src/rules';
import type { CaseResult, CaseService, StudentCase } from '../src/rules/types';
import { generateExport } from './generate';

const AS_OF = '2026-01-15';

// `--write-export=DIR --students=N`: only write a generated export's three files to DIR (for the
// statewide measure of bench/run.js, which times the whole command on them), then stop.
const writeTo = process.argv.find((a) => a.startsWith('--write-export='))?.split('=')[1];
if (writeTo !== undefined) {
  const n = Number(process.argv.find((a) => a.startsWith('--students='))?.split('=')[1] ?? 800_000);
  const gen = generateExport(n);
  for (const k of ['students', 'services', 'roster'] as const) {
    writeFileSync(join(writeTo, `${k}.csv`), gen[k]);
  }
  process.exit(0);
}

const json = process.argv.includes('--json');
const countArg = process.argv.find((a) => a.startsWith('--students='));
const STUDENTS = countArg ? Number(countArg.split('=')[1]) : 100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const ROUNDS = 7;

const collect: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The median time of each function, called in turn for a warm-up round and ROUNDS more. */
function timeInTurn(fs: readonly (() => void)[]): number[] {
  const ms = fs.map((): number[] => []);
  for (let round = 0; round <= ROUNDS; round++) {
    fs.forEach((f, i) => {
      // Each starts from a collected heap (node --expose-gc, as bench/run.js runs it): otherwise
      // one function's garbage is collected, and timed, in the next one's run.
      collect();
      const t0 = performance.now();
      f();
      if (round > 0) ms[i]?.push(performance.now() - t0);
    });
  }
  return ms.map(median);
}

// 1. Engine evaluations per second.
/** The cases of a generated export of 10,000 students (providers given by name). */
function engineCases(): StudentCase[] {
  const small = generateExport(10_000, 7);
  const roster = readRoster(small.roster).records;
  const byId = new Map<string, CaseService[]>();
  eachService(small.services, (x) => {
    const v: CaseService = { code: x.code };
    if (x.location !== undefined) v.setting = x.location;
    if (x.providerName !== undefined) v.providerName = x.providerName;
    const id = x.studentIds.vendorId ?? '';
    const list = byId.get(id);
    if (list) list.push(v);
    else byId.set(id, [v]);
  });
  const staff = new Map<string, ReturnType<typeof findStaff>>();
  const cases: StudentCase[] = [];
  eachStudent(small.students, (s) => {
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
      services: byId.get(s.id ?? '') ?? [],
      caseManager:
        cm === null
          ? null
          : { name: cm, known: member !== undefined, authorizations: member?.authorizations ?? [] },
    };
    if (s.grade !== undefined) c.student.grade = s.grade;
    if (s.dateOfBirth !== undefined) c.student.dateOfBirth = s.dateOfBirth;
    if (s.placement !== undefined) c.student.placement = s.placement;
    cases.push(c);
  });
  return cases;
}

/** Evaluations per second (after part 2: see there). */
function engineRate(): number {
  const cases = engineCases();
  for (const c of cases) evaluateCase(c); // warm-up
  let evaluated = 0;
  const e0 = performance.now();
  while (performance.now() - e0 < 2000) {
    for (const c of cases) evaluateCase(c);
    evaluated += cases.length;
  }
  return Math.round(evaluated / ((performance.now() - e0) / 1000));
}

// `--engine-only`: only part 1 (for profiling the engine: node --cpu-prof build/bench.js --engine-only).
if (process.argv.includes('--engine-only')) {
  process.stdout.write(`engine evaluations per second  ${engineRate().toLocaleString('en-US')}\n`);
  process.exit(0);
}

// 2. Bare parse and audit of the same files, timed first, from a fresh heap: run after part 1,
// papaparse's parse took 750 ms instead of 575 (the engine section's garbage changes how V8
// sizes and collects the heap), which made the audit look 1.35 × the parse when it was 1.7 ×.
const gen = generateExport(STUDENTS);
const enc = new TextEncoder();
const bytes = {
  students: enc.encode(gen.students),
  services: enc.encode(gen.services),
  roster: enc.encode(gen.roster),
};
let violations = 0;
let auditEvaluations = 0;
// The same audit with the engine replaced by a constant: what reading and joining cost alone.
const constant: CaseResult = { status: 'ok', role: 'unknown', findings: [] };
const [parseMs, auditMs, auditWithoutEngineMs] = timeInTurn([
  () => {
    Papa.parse(gen.students);
    Papa.parse(gen.services);
    Papa.parse(gen.roster);
  },
  () => {
    const out = runAudit({
      students: { file: 'students.csv', data: bytes.students },
      services: { file: 'services.csv', data: bytes.services },
      roster: { file: 'roster.csv', data: bytes.roster },
      asOf: AS_OF,
    });
    violations = out.report.counts.violation;
    auditEvaluations = out.evaluations;
  },
  () => {
    runAudit({
      students: { file: 'students.csv', data: bytes.students },
      services: { file: 'services.csv', data: bytes.services },
      roster: { file: 'roster.csv', data: bytes.roster },
      asOf: AS_OF,
      engine: () => constant,
    });
  },
]) as [number, number, number];
const auditToParseRatio = Math.round((auditMs / parseMs) * 100) / 100;

const engineEvaluationsPerSecond = engineRate();

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
  ['audit / parse', `${auditToParseRatio.toFixed(2)} × (budget 1.0 ×)`],
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
      withinBudget: auditToParseRatio <= 1.0 && engineEvaluationsPerSecond >= 100_000,
    })}\n`,
  );
}

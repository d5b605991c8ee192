/**
 * Every public scenario (../shared/domain/scenarios.json) through `case-manager-check audit`, as
 * a district would run it: each scenario becomes one student of vendor-style exports (a SEIS-like
 * students file, a "Deliveries"-like services file and a roster with one row per
 * authorization), and the command's JSON must give the scenario's status and findings. The
 * engine test (test/rules/scenarios.test.ts) proves the rules; this one proves the readers,
 * the joins and the roster lookup do not lose what the rules need.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios, type Scenario } from '../rules/scenario-case';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/case-manager-check.js');
const file = loadScenarios();

/** Names must be names: digits at a name's end read as a staff number, so ids become letters. */
function letters(id: string): string {
  return id.replace(/\d/g, (d) => 'abcdefghij'.charAt(Number(d))).toLowerCase();
}

const studentId = (s: Scenario) => `9${s.id.replace(/\D/g, '').padStart(6, '0')}`;
const caseManagerName = (s: Scenario) => `Keeper${letters(s.id)}, Dana`;
const otherName = (s: Scenario) => `Other${letters(s.id)}, Olive`;

/** A birth date that gives the scenario's age on its check date. */
function birthDate(age: number, asOf: string): string {
  const [y, m] = asOf.split('-');
  return `${m}/01/${Number(y) - age - 1 + (Number(m) > 1 ? 1 : 0)}`;
}

function csv(rows: Record<string, string>[]): string {
  return `${Papa.unparse(rows)}\n`;
}

function exportsFor(scenarios: Scenario[], asOf: string) {
  const students = scenarios.map((s) => ({
    'SEIS ID': studentId(s),
    'Last Name': 'Scenario',
    'First Name': letters(s.id),
    'Date of Birth': s.student.age === undefined ? '' : birthDate(s.student.age, asOf),
    'Grade Level': s.student.grade ?? '',
    'Case Manager': s.caseManager === null ? '' : caseManagerName(s),
    'Disability 1': s.student.primary ?? '',
    'Disability 2': s.student.secondary ?? '',
    'Alternate Placement':
      s.student.alternatePlacement === true
        ? 'Y'
        : s.student.alternatePlacement === false
          ? 'N'
          : '',
    Program: s.student.placement ?? '',
  }));
  const services = scenarios.flatMap((s) =>
    s.services.map((v) => ({
      'SEIS ID': studentId(s),
      Service: v.code,
      Provider:
        v.provider === 'cm' ? caseManagerName(s) : v.provider === 'other' ? otherName(s) : '',
      Location: v.setting ?? '',
      'Start Date': '08/20/2025',
      'End Date': '06/10/2026',
    })),
  );
  const roster = scenarios.flatMap((s) => {
    const cm = s.caseManager;
    if (cm === null || !cm.known) return [];
    const base = { Name: caseManagerName(s), Position: cm.position ?? '' };
    const auths = cm.authorizations ?? [];
    if (auths.length === 0) return [{ ...base, Authorization: '', Issued: '', Expires: '' }];
    return auths.map((a) => ({
      ...base,
      Authorization: a.key ?? a.text ?? '',
      Issued: a.issued ?? '',
      Expires: a.expires ?? '',
    }));
  });
  return { students: csv(students), services: csv(services), roster: csv(roster) };
}

interface AuditRow {
  student: { id: string };
  status: string;
  findings: { rule: string; severity: string }[];
}

let dir: string;
const results = new Map<string, AuditRow>();

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  dir = mkdtempSync(join(tmpdir(), 'cmc-scenarios-'));
  // Map.groupBy needs Node 21: the package supports 20.
  const byDate = new Map<string, Scenario[]>();
  for (const s of file.scenarios) {
    const asOf = s.asOf ?? file.asOfDefault;
    byDate.set(asOf, [...(byDate.get(asOf) ?? []), s]);
  }
  for (const [asOf, scenarios] of byDate) {
    const files = exportsFor(scenarios, asOf);
    const paths = Object.fromEntries(
      Object.entries(files).map(([name, text]) => {
        const p = join(dir, `${asOf}-${name}.csv`);
        writeFileSync(p, text);
        return [name, p];
      }),
    );
    const r = spawnSync(
      process.execPath,
      [
        BIN,
        'audit',
        '--students',
        paths.students ?? '',
        '--services',
        paths.services ?? '',
        '--roster',
        paths.roster ?? '',
        '--as-of',
        asOf,
        '--format',
        'json',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.status !== 0 && r.status !== 1) throw new Error(`audit failed: ${r.stderr}`);
    for (const row of JSON.parse(r.stdout) as AuditRow[]) results.set(row.student.id, row);
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('public scenarios through `case-manager-check audit` on vendor-style exports', () => {
  for (const s of file.scenarios) {
    it(`${s.id}: ${s.title}`, () => {
      const row = results.get(studentId(s));
      expect(row, 'the student is in the report').toBeDefined();
      if (!row) return;
      const got = row.findings.map((f) => `${f.rule}/${f.severity}`);
      const detail = `\n  ${got.join('\n  ')}`;
      expect(row.status, `status${detail}`).toBe(s.expect.status);
      for (const [rule, severity] of s.expect.include ?? []) {
        expect(got, `missing ${rule}/${severity}${detail}`).toContain(`${rule}/${severity}`);
      }
      for (const rule of s.expect.exclude ?? []) {
        expect(
          row.findings.map((f) => f.rule),
          `unexpected ${rule}${detail}`,
        ).not.toContain(rule);
      }
      if (s.expect.includeAny?.length) {
        expect(
          s.expect.includeAny.some(([rule, severity]) => got.includes(`${rule}/${severity}`)),
          `none of ${JSON.stringify(s.expect.includeAny)}${detail}`,
        ).toBe(true);
      }
    });
  }
});

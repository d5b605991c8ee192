/**
 * One verdict everywhere (issue 17): the same student, shown on an IEP page or exported to CSV,
 * gets the same findings. For random students, the inline path (a page snapshot → the
 * background's case assembly → the engine) and the audit path (students, services and roster
 * files → the batch audit) must agree finding for finding, with the same settings applied.
 */

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type AuditInput, runAudit } from '../../src/batch/audit';
import { caseFromSnapshot } from '../../src/check/case-from-snapshot';
import { readRoster } from '../../src/csv/roster';
import { REFERENCE_KEYS } from '../../src/rules/data/authorizations';
import { DISABILITIES } from '../../src/rules/data/disabilities';
import { evaluateCase } from '../../src/rules/engine';
import type { Finding, RuleId, StaffMember } from '../../src/rules/types';
import type { PageSnapshot, SnapshotService } from '../../src/scrape/snapshot';

const AS_OF = '2026-01-15';
const CASE_MANAGER = 'Okafor, Rachel';
const OTHER = 'Lindqvist, Marta';

/** Codes a services file and a page both carry: instruction, support services, others. */
const SERVICE_CODES = [
  '330',
  '340',
  '350',
  '415',
  '425',
  '436',
  '450',
  '510',
  '710',
  '720',
  '730',
  '740',
];
const PROVIDERS = {
  cm: CASE_MANAGER,
  'cm-initial': 'R. Okafor',
  'cm-role-note': 'Okafor, Rachel (Teacher of Record)',
  other: OTHER,
  agency: 'NPA - Bright Futures Therapy',
  placeholder: 'To be assigned',
  blank: '',
} as const;
type ProviderForm = keyof typeof PROVIDERS;

/** Dates as the exports and pages show them, in force, ended, or not yet begun on AS_OF. */
const PERIODS = {
  current: ['08/20/2025', '06/10/2026'],
  ended: ['08/20/2024', '06/10/2025'],
  future: ['08/20/2026', '06/10/2027'],
  undated: ['', ''],
} as const;

interface ServiceFacts {
  code: string;
  provider: ProviderForm;
  location: string;
  period: keyof typeof PERIODS;
}

interface StudentFacts {
  primary: string | null;
  secondary: string | null;
  alternatePlacement: boolean | null;
  grade: string | null;
  dateOfBirth: string | null;
  program: string | null;
  /** Known from the roster, or from the user's own profile (the user is the case manager). */
  caseManager: 'none' | 'unknown' | 'known' | 'profile';
  /** The audit page hands the worker the saved roster; the command line reads a file. */
  rosterGiven: 'file' | 'saved';
  position: string;
  authorizations: { key: string; expires: string }[];
  services: ServiceFacts[];
  disabledRules: RuleId[];
}

const SWITCHABLE: RuleId[] = [
  'best-practice-case-manager',
  'credential-expiring',
  'grade-out-of-range',
  'alternate-placement-unrecorded',
];

const disability = fc.option(fc.constantFrom(...DISABILITIES.map((d) => d.code)), {
  nil: null,
  freq: 6,
});

const student: fc.Arbitrary<StudentFacts> = fc.record({
  primary: disability,
  secondary: disability,
  alternatePlacement: fc.constantFrom(true, false, null),
  grade: fc.option(fc.constantFrom('PS', 'TK', 'K', '1', '3', '6', '8', '10', '12'), {
    nil: null,
  }),
  dateOfBirth: fc.option(
    fc.constantFrom('03/14/2022', '09/01/2019', '05/20/2013', '11/02/2008', '01/30/2004'),
    { nil: null },
  ),
  program: fc.option(
    fc.constantFrom(
      'Resource Specialist Program',
      'RSP',
      'Special Day Class',
      'SDC',
      'General education',
      'Nonpublic school',
    ),
    { nil: null },
  ),
  caseManager: fc.constantFrom('none', 'unknown', 'known', 'known', 'known', 'profile'),
  rosterGiven: fc.constantFrom('file', 'saved'),
  position: fc.constantFrom(
    '',
    'Education Specialist',
    'Speech-Language Pathologist',
    'Program Specialist',
  ),
  authorizations: fc.array(
    fc.record({
      key: fc.constantFrom(...REFERENCE_KEYS),
      expires: fc.constantFrom('', '07/01/2030', '12/01/2025', '02/01/2026'),
    }),
    { maxLength: 3 },
  ),
  services: fc.array(
    fc.record({
      code: fc.constantFrom(...SERVICE_CODES),
      provider: fc.constantFrom(...(Object.keys(PROVIDERS) as ProviderForm[])),
      location: fc.constantFrom(
        '',
        'Special Education Classroom',
        'Regular Classroom/Public Day School',
      ),
      period: fc.constantFrom('current', 'current', 'ended', 'future', 'undated'),
    }),
    { maxLength: 4 },
  ),
  disabledRules: fc.subarray(SWITCHABLE),
});

function codedDisability(code: string | null) {
  const row = DISABILITIES.find((d) => d.code === code);
  return row ? { code: row.code, label: row.name } : null;
}

/** The student as a vendor page shows it, read without doubt. */
function snapshotOf(s: StudentFacts): PageSnapshot {
  const services: SnapshotService[] = s.services.map((v) => {
    const out: SnapshotService = { code: v.code, name: `Service ${v.code}` };
    if (PROVIDERS[v.provider]) out.provider = PROVIDERS[v.provider];
    if (v.location) out.location = v.location;
    const [start, end] = PERIODS[v.period];
    if (start) out.start = start;
    if (end) out.end = end;
    return out;
  });
  const snapshot: PageSnapshot = {
    vendor: 'seis',
    iep: 'current',
    student: { id: '9000001', name: 'Student, Test' },
    caseManager: s.caseManager === 'none' ? null : { name: CASE_MANAGER },
    primaryDisability: codedDisability(s.primary),
    secondaryDisability: codedDisability(s.secondary),
    alternatePlacement: s.alternatePlacement,
    placement: s.program ? { program: s.program } : {},
    services,
    missing: [],
  };
  if (s.grade) snapshot.student.grade = s.grade;
  if (s.dateOfBirth) snapshot.student.dateOfBirth = s.dateOfBirth;
  return snapshot;
}

function csv(rows: Record<string, string>[], header: string[]): string {
  return `${Papa.unparse({ fields: header, data: rows.map((r) => header.map((h) => r[h] ?? '')) })}\n`;
}

/** The student as a district's three export files give it. */
function exportsOf(s: StudentFacts) {
  // A second student with a service of their own, so that an IEP without services is still an
  // export with services (a services file with a header and no rows is refused, issue 15).
  const filler = {
    'SEIS ID': '9000002',
    'Last Name': 'Filler',
    'First Name': 'Other',
    'Case Manager': OTHER,
    'Disability 1': '290',
  };
  const students = csv(
    [
      filler,
      {
        'SEIS ID': '9000001',
        'Last Name': 'Student',
        'First Name': 'Test',
        'Date of Birth': s.dateOfBirth ?? '',
        'Grade Level': s.grade ?? '',
        'Case Manager': s.caseManager === 'none' ? '' : CASE_MANAGER,
        'Disability 1': s.primary ?? '',
        'Disability 2': s.secondary ?? '',
        'Alternate Placement':
          s.alternatePlacement === true ? 'Y' : s.alternatePlacement === false ? 'N' : '',
        Program: s.program ?? '',
      },
    ],
    [
      'SEIS ID',
      'Last Name',
      'First Name',
      'Date of Birth',
      'Grade Level',
      'Case Manager',
      'Disability 1',
      'Disability 2',
      'Alternate Placement',
      'Program',
    ],
  );
  const services = csv(
    [{ 'SEIS ID': '9000002', Service: '330', Provider: OTHER }].concat(
      s.services.map((v) => ({
        'SEIS ID': '9000001',
        Service: v.code,
        Provider: PROVIDERS[v.provider],
        Location: v.location,
        'Start Date': PERIODS[v.period][0],
        'End Date': PERIODS[v.period][1],
      })),
    ),
    ['SEIS ID', 'Service', 'Provider', 'Location', 'Start Date', 'End Date'],
  );
  // Someone else is always on the roster, so the file is never empty.
  const people = [
    { Name: OTHER, Position: 'Education Specialist', Authorization: 'MMSN', Expires: '' },
  ];
  if (s.caseManager === 'known') people.push(...caseManagerRows(s));
  const roster = csv(people, ['Name', 'Position', 'Authorization', 'Expires']);
  return { students, services, roster };
}

function caseManagerRows(s: StudentFacts) {
  const auths = s.authorizations.length > 0 ? s.authorizations : [{ key: '', expires: '' }];
  return auths.map((a) => ({
    Name: CASE_MANAGER,
    Position: s.position,
    Authorization: a.key,
    Expires: a.expires,
  }));
}

/** The user's own profile, when the user is the case manager: as the options page saves it. */
function profileOf(s: StudentFacts): StaffMember | null {
  if (s.caseManager !== 'profile') return null;
  const text = csv(caseManagerRows(s), ['Name', 'Position', 'Authorization', 'Expires']);
  const [me] = readRoster(text, { file: 'profile' }).records;
  if (!me) throw new Error('the profile was not read');
  return {
    name: me.name,
    authorizations: me.authorizations,
    ...(me.position ? { position: me.position } : {}),
  };
}

function rosterOf(s: StudentFacts): StaffMember[] {
  // The options page keeps the roster as its reader reads it: the same reader the audit uses.
  return readRoster(exportsOf(s).roster, { file: 'roster.csv' }).records;
}

/**
 * A finding as the user reads it. One known difference is set aside: where the provider is
 * plainly someone else, the page check's coordinator-only finding names both people ("The page
 * names … as the instructor"); the audit's memoised verdict, shared by every student of the
 * same case, does not (naming them would put every pair of names in the memo key). The status,
 * rule and severity are compared in full.
 */
const shape = (f: Finding) =>
  `${f.rule}/${f.severity}: ${f.message.replace(/ The page names .*/, '')}`;

function inline(s: StudentFacts) {
  const staff = { profile: profileOf(s), roster: rosterOf(s) };
  const studentCase = caseFromSnapshot(snapshotOf(s), staff, AS_OF);
  studentCase.disabledRules = s.disabledRules;
  const result = evaluateCase(studentCase);
  return { status: result.status, role: result.role, findings: result.findings.map(shape).sort() };
}

function audit(s: StudentFacts) {
  const files = exportsOf(s);
  const input: AuditInput = {
    students: { file: 'students.csv', data: files.students },
    services: { file: 'services.csv', data: files.services },
    asOf: AS_OF,
    profile: profileOf(s),
    disabledRules: s.disabledRules,
  };
  if (s.rosterGiven === 'file') input.roster = { file: 'roster.csv', data: files.roster };
  else input.staff = { file: 'Saved roster', members: rosterOf(s) };
  const row = runAudit(input).report.rows.find((r) => r.student.id === '9000001');
  if (!row) throw new Error('the audit lost the student');
  return {
    status: row.status,
    role: row.caseManager.role,
    findings: row.findings.map(shape).sort(),
  };
}

describe('one verdict everywhere: a page and an export of the same student', () => {
  it('give the same status, role and findings (random students)', () => {
    fc.assert(
      fc.property(student, (s) => {
        expect(audit(s)).toEqual(inline(s));
      }),
      { seed: Number(process.env.SEED ?? 17), numRuns: Number(process.env.RUNS ?? 600) },
    );
  });
});

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateExport } from '../../bench/generate';
import { type AuditInput, AuditInputError, runAudit } from '../../src/batch/audit';
import type { AuditRow } from '../../src/batch/report';
import { servicesCounted } from '../../src/check/services-in-force';
import { readRoster } from '../../src/csv/roster';
import { readServices, type ServiceRecord } from '../../src/csv/services';
import { readStudents } from '../../src/csv/students';
import { evaluateCase } from '../../src/rules/engine';
import { findStaff } from '../../src/rules/names';
import type { CaseManagerInfo, CaseService, StudentCase } from '../../src/rules/types';

const SAMPLES = resolve(__dirname, '../../samples');
const sample = (name: string) => ({
  file: `${name}.csv`,
  data: readFileSync(join(SAMPLES, `${name}.csv`)),
});
const samples = (): AuditInput => ({
  students: sample('students'),
  services: sample('services'),
  roster: sample('roster'),
  asOf: '2026-01-15',
});

/**
 * The audit of a generated export done the plain way, through the public readers and the engine:
 * every record kept, services joined by SEIS ID, one roster search and one engine run per student,
 * and provider names left to the engine to compare.
 */
function plainAudit(g: { students: string; services: string; roster: string }, asOf: string) {
  const roster = readRoster(g.roster).records;
  const servicesOf = new Map<string, ServiceRecord[]>();
  for (const r of readServices(g.services).records) {
    const id = r.studentIds.vendorId ?? '';
    servicesOf.set(id, [...(servicesOf.get(id) ?? []), r]);
  }
  // The services that count: in force on the date, or all when none is (as the page check).
  for (const [id, list] of servicesOf)
    servicesOf.set(
      id,
      servicesCounted(list, (r) => r, asOf),
    );
  return readStudents(g.students).records.map((s): AuditRow => {
    let caseManager: CaseManagerInfo | null = null;
    if (s.caseManager !== null) {
      const member = findStaff(roster, s.caseManager);
      caseManager = {
        name: s.caseManager,
        known: member !== undefined,
        authorizations: member?.authorizations ?? [],
      };
      if (member?.position !== undefined) caseManager.position = member.position;
    }
    const c: StudentCase = {
      asOf,
      student: {
        id: s.id,
        name: s.name,
        grade: s.grade,
        dateOfBirth: s.dateOfBirth,
        primary: s.primary,
        secondary: s.secondary,
        alternatePlacement: s.alternatePlacement,
      },
      services: (servicesOf.get(s.ids.vendorId ?? '') ?? []).map((r) => {
        const v: CaseService = { code: r.code, name: r.name, providerName: r.providerName };
        v.setting =
          r.location && r.delivery ? `${r.location}; ${r.delivery}` : (r.location ?? r.delivery);
        return v;
      }),
      caseManager,
    };
    const result = evaluateCase(c);
    return {
      student: { id: s.id ?? null, name: s.name ?? null },
      caseManager: { name: s.caseManager, role: result.role },
      status: result.status,
      findings: result.findings,
    };
  });
}

describe('runAudit', () => {
  it('gives the report of a plain reading of the files (generated district)', () => {
    const g = generateExport(1200, 5);
    for (const asOf of ['2026-01-15', '2026-03-01']) {
      const { report } = runAudit({
        students: { file: 's.csv', data: new TextEncoder().encode(g.students) },
        services: { file: 'v.csv', data: g.services },
        roster: { file: 'r.csv', data: g.roster },
        asOf,
      });
      expect(report.rows).toEqual(plainAudit(g, asOf));
    }
  });

  it('gives the same report with and without the per-case memo (samples)', () => {
    expect(runAudit({ ...samples(), memo: false }).report).toEqual(runAudit(samples()).report);
  });

  it('gives the same report with and without the memo (generated district)', () => {
    const g = generateExport(3000, 11);
    const input: AuditInput = {
      students: { file: 's.csv', data: g.students },
      services: { file: 'v.csv', data: g.services },
      roster: { file: 'r.csv', data: g.roster },
      asOf: '2026-01-15',
    };
    const memo = runAudit(input);
    expect(memo.evaluations).toBeLessThan(3000);
    expect(runAudit({ ...input, memo: false }).report).toEqual(memo.report);
  });

  it('students who differ only in identity, birth date and service dates share a result', () => {
    const students = [
      'SEIS ID,Name,Date of Birth,Grade,Case Manager,Disability 1',
      '1,"Doe, Jan",01/02/2016,4,"Example, Alma",SLD',
      '2,"Roe, Kim",11/30/2015,4,"Example, Alma",SLD',
    ].join('\n');
    const services = [
      'SEIS ID,Service,Provider,Start Date,End Date',
      '1,330,"Example, Alma",2025-08-20,2026-06-10',
      '2,330,"Example, Alma",2025-09-02,2026-09-01',
    ].join('\n');
    const input: AuditInput = {
      students: { file: 's.csv', data: students },
      services: { file: 'v.csv', data: services },
      roster: sample('roster'),
      asOf: '2026-01-15',
    };
    const plain = runAudit({ ...input, memo: false }).report.rows;
    expect(plain[0]?.findings).toEqual(plain[1]?.findings);
    expect(runAudit(input).evaluations).toBe(1);
  });

  it('checks once for grades of one class, but apart where a finding names the grade', () => {
    // Alma Example teaches mild/moderate (grades 1–12 alike); Gus Earlyton holds early childhood
    // special education only, so each of his older students gets a message naming their grade.
    const students = [
      'SEIS ID,Name,Grade,Case Manager,Disability 1',
      '1,"Doe, Jan",3,"Example, Alma",SLD',
      '2,"Roe, Kim",9,"Example, Alma",SLD',
      '3,"Poe, Lou",1,"Earlyton, Gus",AUT',
      '4,"Loe, Max",5,"Earlyton, Gus",AUT',
      '5,"Moe, Ned",5,"Earlyton, Gus",AUT',
    ].join('\n');
    const services = [
      'SEIS ID,Service,Provider',
      '1,330,"Example, Alma"',
      '2,330,"Example, Alma"',
      '3,330,"Earlyton, Gus"',
      '4,330,"Earlyton, Gus"',
      '5,330,"Earlyton, Gus"',
    ].join('\n');
    const input: AuditInput = {
      students: { file: 's.csv', data: students },
      services: { file: 'v.csv', data: services },
      roster: sample('roster'),
      asOf: '2026-01-15',
    };
    const memo = runAudit(input);
    const plain = runAudit({ ...input, memo: false });
    expect(memo.report).toEqual(plain.report);
    const messages = (i: number) =>
      plain.report.rows[i]?.findings
        .filter((f) => f.rule === 'grade-out-of-range')
        .map((f) => f.message);
    expect(messages(2)?.[0]).toContain('not a grade 1 student');
    expect(messages(3)?.[0]).toContain('not a grade 5 student');
    // Alma's two students, then Gus's grade 1 and grade 5 (twice).
    expect(memo.evaluations).toBe(3);
  });

  it('joins services by id, and by name when the services file has no id', () => {
    const students =
      'SEIS ID,Last Name,First Name,Grade,Case Manager,Disability 1\n1,Doe,Jan,4,"Example, Alma",SLD\n';
    const byName = 'Student Name,Service,Provider\nJan Doe,330,Alma Example\n';
    const { report } = runAudit({
      students: { file: 's.csv', data: students },
      services: { file: 'v.csv', data: byName },
      roster: sample('roster'),
      asOf: '2026-01-15',
    });
    expect(report.rows[0]?.caseManager.role).toBe('instruction');
    expect(report.rows[0]?.status).toBe('ok');
  });

  it('counts only the services in force on the date, with a note on the others', () => {
    const students = 'SEIS ID,Grade,Case Manager,Disability 1\n1,4,"Example, Alma",SLD\n';
    const services = [
      'SEIS ID,Service,Provider,Start Date,End Date',
      '1,330,"Example, Alma",2024-08-20,2025-06-10',
      '1,330,"Sample, Boris",2025-08-20,2026-06-10',
    ].join('\n');
    const out = runAudit({
      students: { file: 's.csv', data: students },
      services: { file: 'v.csv', data: services },
      roster: sample('roster'),
      asOf: '2026-01-15',
    });
    // Last year's instruction by the case manager does not count: someone else teaches now.
    expect(out.report.rows[0]?.caseManager.role).toBe('coordinator');
    expect(out.warnings.map((w) => w.message).join(' ')).toMatch(
      /1 service starts or ends outside 2026-01-15: it counts only for a student with no service in force/,
    );
  });

  it('checks a student whose services all ended on them as written, never as a coordinator', () => {
    // An export of last year's services (or a lapsed IEP served under stay-put): dropping them
    // would make the case manager a coordinator and the student "ok" (REFERENCE §9.2).
    const students = 'SEIS ID,Grade,Case Manager,Disability 1\n1,4,"Example, Alma",SLI\n';
    const services =
      'SEIS ID,Service,Provider,Start Date,End Date\n1,330,"Example, Alma",2024-08-20,2025-06-10\n';
    const out = runAudit({
      students: { file: 's.csv', data: students },
      services: { file: 'v.csv', data: services },
      roster: sample('roster'),
      asOf: '2026-01-15',
    });
    expect(out.report.rows[0]?.caseManager.role).toBe('instruction');
    // MMSN does not cover a speech or language impairment (P47).
    expect(out.report.rows[0]?.status).toBe('violation');
  });

  it('notes services whose student is not in the students file, with line and column', () => {
    const students = 'SEIS ID,Grade,Case Manager,Disability 1\n1,4,"Example, Alma",SLD\n';
    const services = 'Service,SEIS ID\n330,1\n330,99\n';
    const out = runAudit({
      students: { file: 's.csv', data: students },
      services: { file: 'v.csv', data: services },
      asOf: '2026-01-15',
    });
    expect(out.warnings).toEqual([
      {
        file: 'v.csv',
        line: 3,
        column: 2,
        message: 'this service names a student who is not in the students file; it is not checked',
      },
    ]);
  });

  it('without a roster every case manager is unknown', () => {
    const { report } = runAudit({
      students: sample('students'),
      services: sample('services'),
      asOf: '2026-01-15',
    });
    const withCm = report.rows.filter((r) => r.caseManager.name !== null);
    expect(withCm.length).toBe(15);
    // Nobody is authorized; every instructor is unverifiable.
    expect(withCm.some((r) => r.findings.some((f) => f.rule === 'authorized'))).toBe(false);
    const teaching = withCm.filter((r) => r.caseManager.role === 'instruction');
    expect(teaching.length).toBe(10);
    expect(teaching.every((r) => r.findings.some((f) => f.rule === 'credentials-unknown'))).toBe(
      true,
    );
  });

  it('without a services file leaves every role unknown, never "coordinates only"', () => {
    const out = runAudit({
      students: sample('students'),
      roster: sample('roster'),
      asOf: '2026-01-15',
    });
    expect(out.warnings[0]?.message).toMatch(/^no services file/);
    const byId = new Map(out.report.rows.map((r) => [r.student.id, r]));
    for (const row of out.report.rows) expect(row.caseManager.role).not.toBe('coordinator');
    // An SLI student of an MMSN holder: were the holder teaching in RSP, a violation; the
    // speech-only program the audit used to assume made them a coordinator, all clear.
    expect(byId.get('1000004')).toMatchObject({
      caseManager: { role: 'unknown' },
      status: 'review',
    });
    expect(byId.get('1000004')?.findings.map((f) => f.rule)).toContain('role-unknown');
    expect(byId.get('1000004')?.findings.map((f) => f.rule)).not.toContain('coordinator-only');
    // Covered if they instruct: still all clear, the role unknown.
    expect(byId.get('1000001')).toMatchObject({ caseManager: { role: 'unknown' }, status: 'ok' });
    expect(byId.get('1000012')?.findings.map((f) => f.rule)).toContain('role-unknown');
  });

  it('throws every row problem of every file, with file, line and column', () => {
    const students = 'SEIS ID,Case Manager,Disability 1\n1,x,Purple\n';
    const roster = 'Name,Authorization,Expires\nA B,MMSN,soon\n';
    try {
      runAudit({
        students: { file: 's.csv', data: students },
        roster: { file: 'r.csv', data: roster },
        asOf: '2026-01-15',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AuditInputError);
      expect((e as AuditInputError).problems.map((p) => [p.file, p.line, p.column])).toEqual([
        ['s.csv', 2, 3],
        ['r.csv', 2, 3],
      ]);
    }
  });
});

describe('runAudit: the roster never loses a person it holds (issue 13)', () => {
  const students = [
    'SEIS ID,Grade,Case Manager,Disability 1,Program',
    '1,4,"Reyes, Aiyana",Autism,SDC',
    '2,5,"Reyes, Aiyana",Autism,SDC',
    '3,4,"Reyes, Ada",Speech or Language Impairment,RSP',
    '4,4,"Lee, Dana",Specific Learning Disability,RSP',
  ].join('\n');
  const services = [
    'SEIS ID,Service,Provider',
    '1,330,"Reyes, Aiyana"',
    '2,330,"Reyes, Aiyana"',
    '3,330,"Reyes, Ada"',
    '4,330,"Lee, Dana"',
  ].join('\n');
  const roster = [
    'Name,Email,Position,Authorization,Issued,Expires',
    '"Reyes, Ada",areyes@district.example,RSP Teacher,MMSN,2023-06-01,2028-06-01',
    '"Reyes, Aiyana",areyes@district.example,SDC Teacher,ESN,2023-06-01,2028-06-01',
    '"Lee, Dana",dlee@district.example,RSP Teacher,MMSN,2023-06-01,2028-06-01',
    '"Lee, Dana",dana.lee@district.example,SLP,SLP,2015-06-01,2030-06-01',
  ].join('\n');
  const out = runAudit({
    students: { file: 'students.csv', data: students },
    services: { file: 'services.csv', data: services },
    roster: { file: 'roster.csv', data: roster },
    asOf: '2026-01-15',
  });
  const row = (id: string) => out.report.rows.find((r) => r.student.id === id);

  it('finds both people who share an email, each by name, and notes the shared email', () => {
    for (const id of ['1', '2']) {
      expect(row(id)?.status).toBe('ok');
      expect(row(id)?.findings.map((f) => f.rule)).not.toContain('credentials-unknown');
    }
    // MMSN does not cover a speech or language impairment (P47): Ada's own credential is judged.
    expect(row('3')?.status).toBe('violation');
    expect(out.warnings.map((w) => `${w.file} ${w.line}: ${w.message}`)).toContainEqual(
      expect.stringMatching(
        /^roster\.csv 3: "Reyes, Aiyana" \(line 3\) and "Reyes, Ada" \(line 2\)/,
      ),
    );
  });

  it('says which roster lines a name shared by two people matches, and asks for a review', () => {
    expect(row('4')?.status).toBe('review');
    expect(row('4')?.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/^Two people on the roster match "Lee, Dana": lines 4 and 5;/),
    );
  });
});

describe('audit: a provider who only probably is the case manager', () => {
  // Issue 14: an initial or a nickname takes the provider for the case manager (the safe side)
  // and the finding says which names were matched and how, in the audit as on the page.
  const students = [
    'SEIS ID,Last Name,First Name,Grade Level,Case Manager,Disability 1 Code,Program',
    '1,Alpha,Avery,04,"Example, Alma",290,RSP',
    '2,Bravo,Blake,04,"Example, Alma",290,RSP',
    '3,Charlie,Casey,04,"Lee, Robert",290,RSP',
    '4,Delta,Drew,04,"Example, Alma",290,RSP',
    '5,Echo,Emery,04,"Example, Alma",290,RSP',
    '6,Foxtrot,Finley,04,"Lee, Robert",290,RSP',
  ].join('\n');
  const services = [
    'Name,SEIS ID,Service,Provider,Delivery,Start Date,End Date,Location',
    '"Alpha, Avery",1,330 - Specialized Academic Instruction,"A. Example",Direct,08/20/2025,06/10/2026,Resource Specialist Program',
    '"Bravo, Blake",2,330 - Specialized Academic Instruction,"Example, Alma",Direct,08/20/2025,06/10/2026,Resource Specialist Program',
    '"Charlie, Casey",3,330 - Specialized Academic Instruction,Bob Lee,Direct,08/20/2025,06/10/2026,Resource Specialist Program',
    '"Delta, Drew",4,330 - Specialized Academic Instruction,"A. Example",Direct,08/20/2025,06/10/2026,Resource Specialist Program',
    '"Echo, Emery",5,330 - Specialized Academic Instruction,"A. Example",Direct,08/20/2025,06/10/2026,Resource Specialist Program',
    '"Foxtrot, Finley",6,330 - Specialized Academic Instruction,Bob Lee,Direct,08/20/2025,06/10/2026,Resource Specialist Program',
  ].join('\n');
  const roster = [
    'Name,Email,Position,Authorization,Issued,Expires',
    '"Example, Alma",alma@district.example,RSP Teacher,MMSN,2023-06-01,2028-07-01',
    '"Lee, Robert",rlee@district.example,RSP Teacher,MMSN,2023-06-01,2028-07-01',
  ].join('\n');
  const input = (): AuditInput => ({
    students: { file: 'students.csv', data: students },
    services: { file: 'services.csv', data: services },
    roster: { file: 'roster.csv', data: roster },
    asOf: '2026-01-15',
  });
  const out = runAudit(input());
  const row = (id: string) => out.report.rows.find((r) => r.student.id === id) as AuditRow;

  it('names the provider, the case manager and how they were matched, and asks for a review', () => {
    const probable = row('1').findings.find((f) => f.messageId === 'findingReviewProbableProvider');
    expect(probable?.message).toContain('"A. Example"');
    expect(probable?.message).toContain('"Example, Alma"');
    expect(probable?.message).toContain('same last name and first initial');
    expect(row('1').status).toBe('review');
    expect(row('1').caseManager.role).toBe('instruction');
    const nickname = row('3').findings.find((f) => f.messageId === 'findingReviewProbableProvider');
    expect(nickname?.message).toContain('"Bob Lee"');
    expect(nickname?.message).toContain('"Lee, Robert"');
    // An exact match says nothing of the kind.
    expect(row('2').findings.map((f) => f.messageId)).not.toContain(
      'findingReviewProbableProvider',
    );
    expect(row('2').status).toBe('ok');
  });

  it('gives each student what the engine gives when it compares the names itself', () => {
    const staff = readRoster(roster).records;
    const servicesOf = new Map(
      readServices(services).records.map((r) => [r.studentIds.vendorId, r] as const),
    );
    for (const s of readStudents(students).records) {
      const member = findStaff(staff, s.caseManager as string);
      const svc = servicesOf.get(s.id) as ServiceRecord;
      const result = evaluateCase({
        asOf: '2026-01-15',
        student: {
          id: s.id,
          name: s.name,
          grade: s.grade,
          primary: s.primary,
          secondary: s.secondary,
          alternatePlacement: s.alternatePlacement,
          placement: s.placement,
        },
        services: [
          {
            code: svc.code,
            name: svc.name,
            providerName: svc.providerName,
            setting: `${svc.location}; ${svc.delivery}`,
            start: svc.start,
            end: svc.end,
          },
        ],
        caseManager: {
          name: s.caseManager as string,
          known: true,
          authorizations: member?.authorizations ?? [],
          position: member?.position,
        },
      });
      expect(row(s.id as string).findings).toEqual(result.findings);
      expect(row(s.id as string).status).toBe(result.status);
    }
  });

  it('keeps each pair of names apart in the memo, and shares the rest', () => {
    expect(runAudit({ ...input(), memo: false }).report).toEqual(out.report);
    // Students 1, 4 and 5 (one pair of names) share a result; 3 and 6 another; 2 its own.
    expect(out.evaluations).toBe(3);
  });
});

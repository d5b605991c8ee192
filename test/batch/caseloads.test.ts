/**
 * The caseloads command on generated exports at and around each limit in law (REFERENCE §8):
 * a resource specialist's 28 pupils, a speech specialist's 55 (average: a warning) and 40 when
 * serving only children aged 3 to 5 (an error); names in either order; a district's own limits.
 */
import { describe, expect, it } from 'vitest';
import { runCaseloads } from '../../src/batch/caseload-audit';
import { formatCaseloads } from '../../src/batch/format/caseloads/report';
import { parseCommand } from '../../src/cli/args';
import type { CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';

const AS_OF = '2026-01-15';

interface Load {
  provider: string;
  /** How the students file names their case manager (either order). */
  caseManager?: string;
  students: number;
  code: '330' | '415';
  location: string;
  /** Birth date of every student (default: a fourth grader's). */
  dob?: string;
}

/** Students, services and roster CSV for the given loads; each student has one service. */
function exportOf(loads: Load[]) {
  const students = ['SEIS ID,Last Name,First Name,Grade,Date of Birth,Case Manager,Disability 1'];
  const services = ['SEIS ID,Service,Provider,Location,Start Date,End Date'];
  let id = 100000;
  for (const load of loads) {
    for (let i = 0; i < load.students; i++) {
      id++;
      const dob = load.dob ?? '2016-05-01';
      students.push(
        `${id},Student${id},Demo,${load.dob ? 'PS' : '04'},${dob},"${load.caseManager ?? load.provider}",290`,
      );
      services.push(`${id},${load.code},"${load.provider}",${load.location},2025-08-15,2026-06-10`);
    }
  }
  const roster = [
    'Name,Position,Authorization,Issued,Expires',
    '"Rivera, Jordan",RSP Teacher,MMSN,2023-06-01,2030-07-01',
    '"Chen, Morgan",RSP Teacher,MMSN,2023-06-01,2030-07-01',
    '"Okafor, Taylor",Speech-Language Pathologist,SLP,2020-06-01,2030-07-01',
    '"Lee, Dana",Speech-Language Pathologist,SLP,2020-06-01,2030-07-01',
  ];
  return {
    students: { file: 'students.csv', data: `${students.join('\n')}\n` },
    services: { file: 'services.csv', data: `${services.join('\n')}\n` },
    roster: { file: 'roster.csv', data: `${roster.join('\n')}\n` },
    asOf: AS_OF,
  };
}

const person = (name: string, loads: Load[], limits = {}) =>
  runCaseloads(exportOf(loads), limits).people.find((p) => p.name === name);

describe('resource specialist: at most 28 pupils (EC 56362(c))', () => {
  it.each([
    [27, []],
    [28, []],
    [29, ['caseload-over-limit']],
  ])('%i pupils → %j', (count, rules) => {
    const p = person('Rivera, Jordan', [
      {
        provider: 'Rivera, Jordan',
        students: count,
        code: '330',
        location: 'Resource Specialist Program',
      },
    ]);
    expect(p).toMatchObject({ role: 'resource-specialist', count, limit: 28, resource: count });
    expect(p?.findings.map((f) => f.rule)).toEqual(rules);
    if (rules.length > 0) {
      expect(p?.findings[0]?.severity).toBe('error');
      expect(p?.findings[0]?.message).toContain('29 pupils');
      expect(p?.findings[0]?.message).toContain('waiver');
    }
  });

  it('counts instruction in a special day class toward no resource caseload', () => {
    const p = person('Rivera, Jordan', [
      { provider: 'Rivera, Jordan', students: 30, code: '330', location: 'Special Day Class' },
    ]);
    expect(p).toMatchObject({ role: 'case-manager', count: 30, limit: null, resource: 0 });
    expect(p?.findings).toEqual([]);
  });
});

describe('speech, language and hearing specialist', () => {
  it.each([
    [55, []],
    [56, ['caseload-over-average']],
  ])('%i cases, school age → %j (the average limit: a warning)', (count, rules) => {
    const p = person('Okafor, Taylor', [
      {
        provider: 'Okafor, Taylor',
        caseManager: 'Chen, Morgan',
        students: count,
        code: '415',
        location: 'Separate Classroom',
      },
    ]);
    expect(p).toMatchObject({ role: 'speech', count, limit: 55, preschoolOnly: false });
    expect(p?.findings.map((f) => [f.rule, f.severity])).toEqual(rules.map((r) => [r, 'warning']));
    if (rules.length > 0) expect(p?.findings[0]?.message).toContain('local plan');
  });

  it.each([
    [40, []],
    [41, ['caseload-over-limit']],
  ])('%i cases, all aged 3 to 5 → %j (an error)', (count, rules) => {
    const p = person('Okafor, Taylor', [
      {
        provider: 'Okafor, Taylor',
        caseManager: 'Chen, Morgan',
        students: count,
        code: '415',
        location: 'Preschool',
        dob: '2022-03-01',
      },
    ]);
    expect(p).toMatchObject({ role: 'speech', count, limit: 40, preschoolOnly: true });
    expect(p?.findings.map((f) => [f.rule, f.severity])).toEqual(rules.map((r) => [r, 'error']));
  });

  it('is not preschool-only when one student is older', () => {
    const p = person('Okafor, Taylor', [
      {
        provider: 'Okafor, Taylor',
        caseManager: 'Chen, Morgan',
        students: 41,
        code: '415',
        location: 'Preschool',
        dob: '2022-03-01',
      },
      {
        provider: 'Okafor, Taylor',
        caseManager: 'Chen, Morgan',
        students: 1,
        code: '415',
        location: 'Preschool',
      },
    ]);
    expect(p).toMatchObject({ count: 42, limit: 55, preschoolOnly: false, findings: [] });
  });
});

describe('people and limits', () => {
  it('is one person whatever order the name is written in', () => {
    const { people } = runCaseloads(
      exportOf([
        { provider: 'Chen, Morgan', students: 20, code: '330', location: 'RSP' },
        {
          provider: 'Morgan Chen',
          caseManager: 'Morgan Chen',
          students: 9,
          code: '330',
          location: 'RSP',
        },
      ]),
    );
    const chen = people.filter((p) => p.name.includes('Chen'));
    expect(chen).toHaveLength(1);
    expect(chen[0]).toMatchObject({ name: 'Chen, Morgan', count: 29, caseManaged: 29 });
    expect(chen[0]?.findings.map((f) => f.rule)).toEqual(['caseload-over-limit']);
  });

  it("groups names the roster doesn't know by their order-free key", () => {
    const { people } = runCaseloads(
      exportOf([
        { provider: 'Nguyen, Sam', students: 3, code: '415', location: 'Room 4' },
        { provider: 'Sam Nguyen', students: 2, code: '415', location: 'Room 4' },
      ]),
    );
    expect(people.filter((p) => /Nguyen/.test(p.name)).map((p) => p.count)).toEqual([5]);
  });

  it("applies a district's own limits", () => {
    const loads: Load[] = [
      { provider: 'Rivera, Jordan', students: 26, code: '330', location: 'RSP' },
    ];
    expect(person('Rivera, Jordan', loads)?.findings).toEqual([]);
    const strict = person('Rivera, Jordan', loads, { resourceSpecialist: 25 });
    expect(strict).toMatchObject({ limit: 25 });
    expect(strict?.findings.map((f) => f.rule)).toEqual(['caseload-over-limit']);
  });

  it("keeps the students' credential verdicts alongside", () => {
    const p = person('Rivera, Jordan', [
      { provider: 'Rivera, Jordan', students: 3, code: '330', location: 'RSP' },
    ]);
    expect(p?.verdicts).toEqual({ violation: 0, review: 0, ok: 3 });
  });

  it('sorts the heaviest load against its limit first', () => {
    const { people } = runCaseloads(
      exportOf([
        { provider: 'Rivera, Jordan', students: 10, code: '330', location: 'RSP' },
        {
          provider: 'Lee, Dana',
          caseManager: 'Chen, Morgan',
          students: 50,
          code: '415',
          location: 'Room 2',
        },
      ]),
    );
    expect(people.map((p) => p.name)).toEqual(['Lee, Dana', 'Rivera, Jordan', 'Chen, Morgan']);
  });
});

describe('the command', () => {
  function io(files: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = {
      readFile: (path) => new TextEncoder().encode(files[path] ?? ''),
      writeFileAtomic: () => undefined,
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      today: () => AS_OF,
    };
    return { cli, out, err };
  }
  const files = (loads: Load[]) => {
    const e = exportOf(loads);
    return { 's.csv': e.students.data, 'v.csv': e.services.data, 'r.csv': e.roster.data };
  };
  const args = ['caseloads', '--students', 's.csv', '--services', 'v.csv', '--roster', 'r.csv'];

  it('prints one JSON object per person and exits 1 over a hard limit, 0 otherwise', () => {
    const over = io(
      files([{ provider: 'Rivera, Jordan', students: 29, code: '330', location: 'RSP' }]),
    );
    expect(run([...args, '--format', 'json'], over.cli)).toBe(1);
    const people = JSON.parse(over.out.join(''));
    expect(people[0]).toMatchObject({
      name: 'Rivera, Jordan',
      role: 'resource-specialist',
      count: 29,
      limit: 28,
    });
    expect(Object.keys(people[0])).toEqual(
      expect.arrayContaining(['name', 'role', 'count', 'limit', 'findings']),
    );

    const average = io(
      files([
        {
          provider: 'Lee, Dana',
          caseManager: 'Chen, Morgan',
          students: 60,
          code: '415',
          location: 'Room 2',
        },
      ]),
    );
    expect(run([...args, '--format', 'json'], average.cli)).toBe(0);
  });

  it('writes text, csv and html, and takes district limits as options', () => {
    const loads: Load[] = [
      { provider: 'Rivera, Jordan', students: 26, code: '330', location: 'RSP' },
    ];
    const text = io(files(loads));
    expect(run([...args, '--rsp-limit', '25'], text.cli)).toBe(1);
    expect(text.out.join('')).toMatch(/Rivera, Jordan\s+resource specialist\s+26\s+25/);
    const outcome = runCaseloads(exportOf(loads));
    expect(formatCaseloads(outcome, 'csv').split('\r\n')[0]).toBe(
      'name,position,role,count,limit,case_managed,resource_students,speech_students,preschool_only,students_violation,students_review,students_ok,rules,findings',
    );
    const html = formatCaseloads(outcome, 'html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<td>Rivera, Jordan<br>');
    expect(html).toContain('resource specialist 28 pupils (EC 56362(c)');
    // The report states the limits it applied, not the law's when the district set its own.
    const own = formatCaseloads(runCaseloads(exportOf(loads), { resourceSpecialist: 25 }), 'html');
    expect(own).toContain(
      "resource specialist 25 pupils (the district's own; the law's is 28) (EC 56362(c)",
    );
    expect(own).toContain('speech, language and hearing specialists 55 on the SELPA average');
  });

  it('refuses a missing services file or a bad limit with exit 2', () => {
    expect(() => parseCommand(['caseloads', '--students', 's.csv'])).toThrow(/--services/);
    expect(() => parseCommand([...args, '--rsp-limit', 'lots'])).toThrow(/whole number/);
    const bad = io({ 's.csv': 'nothing useful\n', 'v.csv': 'x\n', 'r.csv': '' });
    expect(run(args, bad.cli)).toBe(2);
    expect(bad.err.join('')).toMatch(/s\.csv/);
  });
});

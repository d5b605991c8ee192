import { describe, expect, it } from 'vitest';
import { ServiceJoin } from '../../src/batch/join';
import { readServices, type ServiceRecord } from '../../src/csv/services';
import { readStudents } from '../../src/csv/students';

/** Joins the services to the students; each service's student positions (undefined: none). */
function joined(students: string, services: string, asOf = '2026-01-15') {
  const join = new ServiceJoin(asOf, 'v.csv');
  for (const s of readStudents(students).records) join.addStudent(s);
  const read = readServices(services);
  expect(read.errors).toEqual([]);
  const matches = read.records.map((svc: ServiceRecord) => join.match(svc));
  return { matches, warnings: [...join.warnings, ...join.summary()] };
}

describe('ServiceJoin', () => {
  it('joins by the first id kind both files carry, then the next when that one finds no one', () => {
    const students = 'SEIS ID,SSID,Case Manager,Disability 1\n1,10,x,SLD\n2,20,x,SLD\n';
    const services = 'SEIS ID,SSID,Service\n2,10,330\n9,10,330\n,20,330\n';
    expect(joined(students, services).matches).toEqual([1, 0, 1]);
  });

  it('joins by name only when the files share no id kind', () => {
    const students = 'SEIS ID,Name,Case Manager,Disability 1\n1,"Doe, Jan",x,SLD\n';
    expect(joined(students, 'Student Name,Service\nJan Doe,330\n').matches).toEqual([0]);
    // A shared id kind that finds no one is not rescued by the name.
    expect(joined(students, 'SEIS ID,Student Name,Service\n7,Jan Doe,330\n').matches).toEqual([
      undefined,
    ]);
  });

  it('gives a service every student who has its id', () => {
    const students = 'SEIS ID,Case Manager,Disability 1\n1,x,SLD\n1,y,SLD\n2,x,SLD\n';
    expect(joined(students, 'SEIS ID,Service\n1,330\n2,330\n').matches).toEqual([[0, 1], 2]);
  });

  it('names the first five services with no student, counts the rest and those out of effect', () => {
    const students = 'SEIS ID,Case Manager,Disability 1\n1,x,SLD\n';
    const services = [
      'Service,SEIS ID,End Date',
      ...Array.from({ length: 7 }, (_, i) => `330,${Math.min(i, 5) + 50},`),
      '330,1,2025-06-10',
      '330,1,2025-06-11',
      '330,1,',
    ].join('\n');
    const { matches, warnings } = joined(students, services);
    // Joined whatever their dates: which count is decided per student.
    expect(matches.slice(7)).toEqual([0, 0, 0]);
    expect(warnings.map((w) => [w.file, w.line, w.column, w.message])).toEqual([
      ...[2, 3, 4, 5, 6].map((line) => [
        'v.csv',
        line,
        2,
        'this service names a student who is not in the students file; it is not checked',
      ]),
      [
        'v.csv',
        1,
        1,
        '2 services start or end outside 2026-01-15: they count only for a student with no service in force on that date, whose IEP is then checked as written',
      ],
      ['v.csv', 1, 1, '2 more services name students who are not in the students file'],
    ]);
  });
});

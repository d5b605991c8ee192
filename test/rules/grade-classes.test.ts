import { describe, expect, it } from 'vitest';
import { classesOf, gradeClass, namesGrade } from '../../src/rules/grade-classes';
import { GRADES } from '../../src/rules/grades';
import type { CaseResult } from '../../src/rules/types';

describe('gradeClass', () => {
  it("with today's table: preschool; TK and kindergarten; grades 1 to 12 and adults", () => {
    // The table's spans: birth–pre-K, birth–K, TK–22 and birth–22.
    const members = (g: string) => GRADES.filter((other) => gradeClass(other) === gradeClass(g));
    expect(members('PS')).toEqual(['PS']);
    expect(members('K')).toEqual(['TK', 'K']);
    expect(members('5')).toEqual(GRADES.slice(GRADES.indexOf('1')));
  });

  it('keeps an unknown grade apart from every known one', () => {
    expect(gradeClass(null)).toBe(-1);
    expect(GRADES.map(gradeClass)).not.toContain(-1);
  });

  it('parts grades at every edge of a span', () => {
    const classes = classesOf([
      { from: 'PS', to: 'K', label: 'birth through kindergarten' },
      { from: '6', to: '8', label: 'grades 6–8' },
    ]);
    const of = (g: string) => classes[GRADES.indexOf(g as (typeof GRADES)[number])];
    expect(of('PS')).toBe(of('K'));
    expect(of('1')).not.toBe(of('K'));
    expect(of('1')).toBe(of('5'));
    expect(of('6')).not.toBe(of('5'));
    expect(of('6')).toBe(of('8'));
    expect(of('9')).not.toBe(of('8'));
    expect(of('9')).toBe(of('AD'));
  });
});

describe('namesGrade', () => {
  const result = (rule: CaseResult['findings'][number]['rule']): CaseResult => ({
    status: 'violation',
    role: 'instruction',
    findings: [
      {
        rule,
        severity: 'error',
        message: 'm',
        messageId: 'findingGradeOutOfRange',
        data: {},
        source: 'spedCredentials',
        status: 'confirmed',
      },
    ],
  });

  it('is true only for a result with a finding that names the grade', () => {
    expect(namesGrade(result('grade-out-of-range'))).toBe(true);
    expect(namesGrade(result('instruction-authorization'))).toBe(false);
    expect(namesGrade({ status: 'ok', role: 'coordinator', findings: [] })).toBe(false);
  });
});

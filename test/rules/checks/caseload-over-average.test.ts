import { describe, expect, it } from 'vitest';
import { caseloadLimit, checkCaseload } from '../../../src/rules/caseload';
import { caseloadOverAverage } from '../../../src/rules/checks/caseload-over-average';
import { makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

ruleTester(caseloadOverAverage, {
  valid: [{ name: 'a student case', case: makeCase() }],
  invalid: [],
});

describe('checkCaseload: caseload-over-average (EC 56363.3)', () => {
  it('speech: over 55 is a warning on the SELPA average', () => {
    expect(checkCaseload({ role: 'speech', count: 55 })).toEqual([]);
    const [f] = checkCaseload({ role: 'speech', count: 56 });
    expect(f?.rule).toBe('caseload-over-average');
    expect(f?.severity).toBe('warning');
    expect(f?.source).toMatch(/56363\.3/);
  });

  it('a preschool-only specialist is held to the limit of 40 instead', () => {
    expect(
      checkCaseload({ role: 'speech', count: 56, preschoolOnly: true }).map((f) => f.rule),
    ).toEqual(['caseload-over-limit']);
  });

  it('the average limit can be set by the local plan', () => {
    expect(caseloadLimit({ role: 'speech', limits: { speechAverage: 50 } })).toBe(50);
    expect(
      checkCaseload({ role: 'speech', count: 51, limits: { speechAverage: 50 } }),
    ).toHaveLength(1);
  });
});

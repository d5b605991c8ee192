import { describe, expect, it } from 'vitest';
import { caseloadLimit, checkCaseload } from '../../../src/rules/caseload';
import { caseloadOverLimit } from '../../../src/rules/checks/caseload-over-limit';
import { makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

// Per student the rule never fires: caseloads are counted by the caseloads command.
ruleTester(caseloadOverLimit, {
  valid: [{ name: 'a student case', case: makeCase() }],
  invalid: [],
});

describe('checkCaseload: caseload-over-limit (REFERENCE §8)', () => {
  it('resource specialist: 28 is fine, 29 is over the limit (EC 56362)', () => {
    expect(checkCaseload({ role: 'resource-specialist', count: 28 })).toEqual([]);
    const [f] = checkCaseload({ role: 'resource-specialist', count: 29 });
    expect(f?.rule).toBe('caseload-over-limit');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/29.*28/);
    expect(f?.source).toMatch(/56362/);
  });

  it('preschool-only speech: over 40 is over the limit (EC 56441.7)', () => {
    expect(checkCaseload({ role: 'speech', count: 40, preschoolOnly: true })).toEqual([]);
    const [f] = checkCaseload({ role: 'speech', count: 41, preschoolOnly: true });
    expect(f?.rule).toBe('caseload-over-limit');
    expect(f?.source).toMatch(/56441\.7/);
  });

  it('SDC and others have no statutory limit', () => {
    expect(checkCaseload({ role: 'sdc', count: 500 })).toEqual([]);
    expect(checkCaseload({ role: 'other', count: 500 })).toEqual([]);
    expect(caseloadLimit({ role: 'sdc' })).toBeNull();
  });

  it('limits can be overridden locally', () => {
    expect(
      checkCaseload({ role: 'resource-specialist', count: 29, limits: { resourceSpecialist: 30 } }),
    ).toEqual([]);
    expect(caseloadLimit({ role: 'resource-specialist' })).toBe(28);
    expect(caseloadLimit({ role: 'speech', preschoolOnly: true })).toBe(40);
  });
});

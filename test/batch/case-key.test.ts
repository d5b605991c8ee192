import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseMemo, serviceKey } from '../../src/batch/case-key';
import type { CaseManagerInfo, CaseResult } from '../../src/rules/types';

const cm = (expires: string): CaseManagerInfo => ({
  name: 'Lee, Dana',
  known: true,
  authorizations: [{ text: 'MMSN', issued: '2016-01-01', expires }],
});

const result = (message: string, until?: string): CaseResult => ({
  status: 'ok',
  role: 'instruction',
  findings: [
    {
      rule: 'authorized',
      severity: 'ok',
      message,
      messageId: 'findingAuthorizedPrimary',
      data: {},
      source: 'Source — https://example.org',
      status: 'confirmed',
      ...(until ? { until } : {}),
    },
  ],
});

describe('CaseMemo', () => {
  it('gives equal keys exactly for equal parts, whatever the order of the services', () => {
    fc.assert(
      fc.property(
        fc.nat(9),
        fc.array(fc.nat(30), { maxLength: 4 }),
        fc.nat(9),
        fc.array(fc.nat(30), { maxLength: 4 }),
        (s1, l1, s2, l2) => {
          const memo = new CaseMemo(10);
          const a = memo.key(s1, memo.list([...l1], l1.length));
          const b = memo.key(s2, memo.list([...l2].reverse(), l2.length));
          const same = s1 === s2 && [...l1].sort().join() === [...l2].sort().join();
          expect(a === b).toBe(same);
          expect(memo.key(s1, memo.list([...l1].reverse(), l1.length))).toBe(a);
        },
      ),
    );
  });

  it('lists only the first `count` services given', () => {
    const memo = new CaseMemo(4);
    expect(memo.key(1, memo.list([5, 7, 99], 2))).toBe(memo.key(1, memo.list([7, 5], 2)));
    expect(memo.key(1, memo.list([5, 7, 99], 1))).not.toBe(memo.key(1, memo.list([5, 7], 2)));
  });

  it('keeps results by credentials: case managers who hold the same share them', () => {
    const memo = new CaseMemo(1);
    memo.forManager(cm('2027-01-01'));
    memo.set(0, result('a'));
    memo.forManager(cm('2027-01-01'));
    expect(memo.get(0)).toEqual(result('a'));
    memo.forManager(cm('2028-01-01'));
    expect(memo.get(0)).toBeUndefined();
    expect([memo.hits, memo.misses]).toEqual([1, 1]);
  });

  it('shares equal results and only them', () => {
    const memo = new CaseMemo(8);
    memo.forManager(null);
    const first = memo.set(0, result('The case manager covers it.', '2027-01-01'));
    expect(first).toEqual(result('The case manager covers it.', '2027-01-01'));
    expect(memo.set(1, structuredClone(first))).toBe(first);
    // Built from pieces, as the engine builds its messages.
    const pieces = ['The case manager', ' covers it.'];
    expect(memo.set(2, result(`${pieces[0]}${pieces[1]}`, '2027-01-01'))).toBe(first);
    const others = [
      result('The case manager covers it!', '2027-01-01'),
      result('The case manager covers it.', '2027-01-02'),
      result('The case manager covers it.'),
      { ...first, status: 'review' as const },
      // The same properties in another order would print differently.
      {
        findings: first.findings,
        status: first.status,
        role: first.role,
      },
      {
        ...first,
        findings: first.findings.map(({ rule, ...rest }) => ({ ...rest, rule })),
      },
      // A field the engine may add one day.
      {
        ...first,
        findings: first.findings.map((f) => ({ ...f, note: ['x'] })),
      },
    ];
    for (const [i, other] of others.entries()) {
      const kept = memo.set(3 + i, other);
      expect(kept).not.toBe(first);
      expect(kept).toEqual(other);
      expect(JSON.stringify(kept)).toBe(JSON.stringify(other));
    }
  });

  it('numbers services by their fields and provider relation', () => {
    const memo = new CaseMemo(1);
    const a = memo.serviceId('330', 'SAI', 'RSP', 'Direct', undefined);
    expect(memo.serviceId('330', 'SAI', 'RSP', 'Direct', undefined)).toBe(a);
    expect(memo.serviceId('330', 'SAI', 'RSP; Direct', undefined, undefined)).not.toBe(a);
    expect(memo.serviceId('330', 'SAI', 'RSP', undefined, 'Direct')).not.toBe(a);
    const keys = [undefined, 'cm', 'other', 'unknown'] as const;
    expect(new Set(keys.map((r) => serviceKey(a, r))).size).toBe(4);
  });
});

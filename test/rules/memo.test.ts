import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evaluateCase } from '../../src/rules/engine';
import { resolveHeld } from '../../src/rules/held';
import { BoundedCache } from '../../src/rules/memo';
import type { HeldAuthorization, StudentCase } from '../../src/rules/types';

describe('BoundedCache', () => {
  it('never holds more than its ceiling, dropping the oldest first', () => {
    const cache = new BoundedCache<number>(3);
    for (let i = 0; i < 10; i++) cache.set(String(i), i);
    expect(cache.size).toBe(3);
    expect(cache.get('0')).toBeUndefined();
    expect(cache.get('9')).toBe(9);
  });
});

describe('resolveHeld with its cache', () => {
  const auths = (): HeldAuthorization[] => [
    { text: 'R3MM', issued: '2012-03-01', expires: '2026-02-01' },
    { key: 'AAAS', issued: '2015-01-01' },
  ];

  it('gives equal answers for equal lists, and lists that can be changed freely', () => {
    const first = resolveHeld(auths(), '2026-01-15');
    const again = resolveHeld(auths(), '2026-01-15');
    expect(again).toEqual(first);
    again.pop();
    expect(resolveHeld(auths(), '2026-01-15')).toEqual(first);
  });

  it('follows the check date and changes made to the same list', () => {
    const list = auths();
    const before = resolveHeld(list, '2026-01-15').find((h) => h.row?.key === 'MM');
    expect(before?.validity).toEqual({ state: 'valid', until: '2026-02-01' });
    expect(resolveHeld(list, '2026-03-01').find((h) => h.row?.key === 'MM')?.validity.state).toBe(
      'expired',
    );
    resolveHeld(list, '2026-01-15');
    (list[0] as HeldAuthorization).expires = '2029-01-01';
    expect(resolveHeld(list, '2026-01-15').find((h) => h.row?.key === 'MM')?.validity).toEqual({
      state: 'valid',
      until: '2029-01-01',
    });
    list.pop();
    expect(resolveHeld(list, '2026-01-15')).toHaveLength(1);
  });

  it('keys on text, not on how the text was split into fields', () => {
    const a = resolveHeld([{ key: 'MMSN', text: 'x' }], '2026-01-15');
    const b = resolveHeld([{ key: 'MMSNx' }], '2026-01-15');
    expect(a[0]?.row?.key).toBe('MMSN');
    expect(b[0]?.row).toBeNull();
  });
});

describe('evaluateCase with its caches', () => {
  const TEXTS = [
    'MMSN',
    'R3MM',
    'R3MS',
    'Extensive Support Needs',
    'AAAS',
    'DHH',
    'VI',
    'LH',
    'RSAA',
    'SLP',
    'PPS-SC',
    'PIP',
    'Nope',
  ];
  const DATES = [undefined, '2005-06-01', '2012-01-01', '2016-01-01', '2026-01-20', '2026-02-10'];
  const authorizations = fc.array(
    fc
      .record({
        text: fc.constantFrom(...TEXTS),
        issued: fc.constantFrom(...DATES),
        expires: fc.constantFrom(...DATES),
      })
      .map(({ text, issued, expires }) => ({
        text,
        ...(issued ? { issued } : {}),
        ...(expires ? { expires } : {}),
      })),
    { maxLength: 3 },
  );
  const student = fc.record({
    grade: fc.constantFrom('PS', 'K', '3', '9', '12', 'AD'),
    primary: fc.constantFrom('210', '230', '240', '250', '290', '300', '320', null),
    secondary: fc.constantFrom('230', '280', '320', null),
    alternatePlacement: fc.constantFrom(true, null),
  });
  const services = fc.array(
    fc.record({
      code: fc.constantFrom('330', '330', '415', '510', '610', '720'),
      provider: fc.constantFrom('cm' as const, 'cm' as const, 'other' as const, 'unknown' as const),
      setting: fc.constantFrom('SDC', 'RSP pull-out', 'Speech Room', undefined),
    }),
    { minLength: 1, maxLength: 3 },
  );
  /** A few case managers and check dates shared by many students, as in a district. */
  const casesArb: fc.Arbitrary<StudentCase[]> = fc
    .record({
      lists: fc.array(authorizations, { minLength: 1, maxLength: 2 }),
      asOfs: fc.array(fc.constantFrom('2026-01-15', '2024-06-30', '2027-03-01'), {
        minLength: 1,
        maxLength: 2,
      }),
      students: fc.array(fc.record({ student, services, list: fc.nat(1), asOf: fc.nat(1) }), {
        minLength: 2,
        maxLength: 12,
      }),
    })
    .map(({ lists, asOfs, students }) =>
      students.map((s) => ({
        asOf: asOfs[s.asOf % asOfs.length] ?? '2026-01-15',
        student: s.student,
        services: s.services,
        caseManager: {
          known: true,
          name: 'Dana Lee',
          authorizations: lists[s.list % lists.length] ?? [],
        },
      })),
    );

  /** The engine with empty caches: a fresh copy of its modules. */
  async function freshEngine(): Promise<typeof evaluateCase> {
    vi.resetModules();
    return (await import('../../src/rules/engine')).evaluateCase;
  }

  it('tells apart cases on the same credentials that differ in what a verdict reads', async () => {
    const base = (
      auth: HeldAuthorization,
      student: StudentCase['student'],
      setting = 'SDC',
    ): StudentCase => ({
      asOf: '2026-01-15',
      student,
      services: [{ code: '330', provider: 'cm', setting }],
      caseManager: { known: true, name: 'Dana Lee', authorizations: [auth] },
    });
    const mmsn = { text: 'MMSN', issued: '2016-01-01' };
    const pairs: [StudentCase, StudentCase][] = [
      // The grade (MMSN: TK to adult).
      [base(mmsn, { grade: '3', primary: '290' }), base(mmsn, { grade: 'PS', primary: '290' })],
      // The other disabilities (DHH covers autism only with a hearing or vision disability).
      [
        base(
          { text: 'DHH', issued: '2016-01-01' },
          { grade: '3', primary: '320', secondary: '230' },
        ),
        base({ text: 'DHH', issued: '2016-01-01' }, { grade: '3', primary: '320' }),
      ],
      // The disabilities judged (the secondary, under an alternate placement).
      [
        base(mmsn, { grade: '3', primary: '230', secondary: '290', alternatePlacement: true }),
        base(mmsn, { grade: '3', primary: '230', secondary: '290', alternatePlacement: false }),
      ],
      // The setting (a pre-1997 credential in RSP needs a Resource Specialist authorization).
      [
        base({ text: 'LH', issued: '1990-01-01' }, { grade: '3', primary: '290' }, 'SDC'),
        base({ text: 'LH', issued: '1990-01-01' }, { grade: '3', primary: '290' }, 'RSP pull-out'),
      ],
    ];
    for (const [a, b] of pairs) {
      const first = await freshEngine();
      const second = await freshEngine();
      const ab = [first(structuredClone(a)), first(structuredClone(b))];
      const ba = [second(structuredClone(b)), second(structuredClone(a))].reverse();
      expect(ab[0]?.findings).not.toEqual(ab[1]?.findings);
      expect(ba).toEqual(ab);
    }
  });

  it('gives every case the same result whatever was checked before it', async () => {
    await fc.assert(
      fc.asyncProperty(casesArb, async (cases) => {
        const copy = (c: StudentCase): StudentCase => structuredClone(c);
        const forward = await freshEngine();
        const backward = await freshEngine();
        const a = cases.map((c) => forward(copy(c)));
        const b = [...cases]
          .reverse()
          .map((c) => backward(copy(c)))
          .reverse();
        expect(b).toEqual(a);
        // And the long-lived engine, whose caches hold earlier cases, agrees.
        expect(cases.map((c) => evaluateCase(copy(c)))).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });
});

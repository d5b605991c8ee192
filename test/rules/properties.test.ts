import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATIONS } from '../../src/rules/data/authorizations';
import { evaluateCase, statusOf } from '../../src/rules/engine';
import { GRADE_NAMING_RULES, gradeClass, namesGrade } from '../../src/rules/grade-classes';
import { GRADES as ALL_GRADES } from '../../src/rules/grades';
import type { CaseService, HeldAuthorization, Role, StudentCase } from '../../src/rules/types';
import { AS_OF, STUDENT_ID, STUDENT_NAME } from './fixtures';

const DISABILITY_CODES = [
  '210',
  '220',
  '230',
  '240',
  '250',
  '260',
  '270',
  '280',
  '281',
  '290',
  '300',
  '310',
  '320',
  '330',
];
const SERVICE_CODES = [
  '330',
  '340',
  '350',
  '415',
  '425',
  '435',
  '450',
  '460',
  '510',
  '530',
  '610',
  '710',
  '720',
  '725',
  '730',
  '740',
  '900',
];
const GRADES = ['PS', 'TK', 'K', '1', '3', '6', '9', '12', 'AD', 'UE', undefined];
const SETTINGS = ['SDC', 'RSP pull-out', 'push-in', 'pull-out', 'general PE', undefined];
const POSITIONS = [
  'SDC Teacher',
  'RSP Teacher',
  'School Psychologist',
  'Speech-Language Pathologist',
  'Physical Therapist',
  'Teacher',
  undefined,
];
const DATES = [undefined, '1992-01-01', '2005-01-01', '2012-01-01', '2016-01-01', '2023-01-01'];
const EXPIRIES = [undefined, '2020-01-01', '2026-01-15', '2026-02-01', '2026-03-30', '2030-01-01'];

const ALL_KEYS = AUTHORIZATIONS.map((a) => a.key);
/** Base rosters hold no added authorizations, so a new credential cannot newly satisfy (or void) a prerequisite. */
const BASE_KEYS = AUTHORIZATIONS.filter((a) => a.kind !== 'added').map((a) => a.key);
const TEXTS = [
  'R3MM',
  'R3MS',
  'Mild/Moderate',
  'Early Childhood Special Education',
  'PIP',
  'Unknown Thing',
];

const opt = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

function held(keys: readonly string[], texts: readonly string[]): fc.Arbitrary<HeldAuthorization> {
  return fc
    .record({
      ref: fc.oneof(
        opt(keys).map((key) => ({ key })),
        opt(texts).map((text) => ({ text })),
      ),
      issued: opt(DATES),
      expires: opt(EXPIRIES),
    })
    .map(({ ref, issued, expires }) => ({
      ...ref,
      ...(issued ? { issued } : {}),
      ...(expires ? { expires } : {}),
    }));
}

const validHeld: fc.Arbitrary<HeldAuthorization> = fc
  .record({
    key: opt(ALL_KEYS),
    issued: opt([undefined, '2005-01-01', '2016-01-01', '2023-01-01']),
    expires: opt([undefined, '2026-02-01', '2030-01-01']),
  })
  .map(({ key, issued, expires }) => ({
    key,
    ...(issued ? { issued } : {}),
    ...(expires ? { expires } : {}),
  }));

const service: fc.Arbitrary<CaseService> = fc
  .record({
    code: opt(SERVICE_CODES),
    provider: opt(['cm', 'other', 'unknown', undefined] as const),
    setting: opt(SETTINGS),
  })
  .map(({ code, provider, setting }) => ({
    code,
    ...(provider ? { provider } : {}),
    ...(setting ? { setting } : {}),
  }));

function caseArb(
  authArb: fc.Arbitrary<HeldAuthorization>,
  override?: fc.Arbitrary<Role | undefined>,
  minAuthorizations = 0,
): fc.Arbitrary<StudentCase> {
  return fc
    .record({
      grade: opt(GRADES),
      primary: fc.oneof(
        { weight: 9, arbitrary: opt(DISABILITY_CODES) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      secondary: fc.oneof(opt(DISABILITY_CODES), fc.constant(null)),
      alternatePlacement: opt([true, false, null]),
      placement: opt(['SDC', 'RSP', 'General education, full inclusion', 'DIS only']),
      services: fc.array(service, { maxLength: 4 }),
      cm: fc.option(
        fc.record({
          known: fc.boolean(),
          position: opt(POSITIONS),
          authorizations: fc.array(authArb, { minLength: minAuthorizations, maxLength: 4 }),
          roleOverride: override ?? fc.constant(undefined),
        }),
        { freq: 8 },
      ),
    })
    .map((r) => ({
      asOf: AS_OF,
      student: {
        id: STUDENT_ID,
        name: STUDENT_NAME,
        ...(r.grade ? { grade: r.grade } : {}),
        primary: r.primary,
        secondary: r.secondary,
        alternatePlacement: r.alternatePlacement,
        placement: r.placement,
      },
      services: r.services,
      caseManager: r.cm
        ? {
            known: r.cm.known,
            name: 'Dana Lee',
            ...(r.cm.position ? { position: r.cm.position } : {}),
            authorizations: r.cm.authorizations,
            ...(r.cm.roleOverride ? { roleOverride: r.cm.roleOverride } : {}),
          }
        : null,
    }));
}

const anyCase = caseArb(
  held(ALL_KEYS, TEXTS),
  opt(['instruction', 'support', 'coordinator', 'unknown', undefined] as const),
);

const errors = (c: StudentCase) =>
  evaluateCase(c).findings.filter((f) => f.severity === 'error').length;

describe('engine properties', () => {
  it('a coordinator-only case manager never gets instruction-authorization', () => {
    fc.assert(
      fc.property(caseArb(held(ALL_KEYS, TEXTS), fc.constant('coordinator' as const)), (c) => {
        const r = evaluateCase(c);
        if (c.caseManager) expect(r.role).toBe('coordinator');
        expect(r.findings.map((f) => f.rule)).not.toContain('instruction-authorization');
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(anyCase, (c) => {
        const r = evaluateCase(c);
        if (r.role === 'coordinator') {
          const rules = r.findings.map((f) => f.rule);
          for (const rule of [
            'instruction-authorization',
            'grade-out-of-range',
            'resource-authorization',
            'role-unknown',
          ] as const) {
            expect(rules).not.toContain(rule);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('adding a valid authorization never adds an error', () => {
    fc.assert(
      fc.property(caseArb(held(BASE_KEYS, TEXTS)), validHeld, (c, extra) => {
        if (!c.caseManager) return;
        const more: StudentCase = {
          ...c,
          caseManager: {
            ...c.caseManager,
            authorizations: [...c.caseManager.authorizations, extra],
          },
        };
        expect(errors(more)).toBeLessThanOrEqual(errors(c));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic and independent of the order of services and authorizations', () => {
    fc.assert(
      fc.property(anyCase, fc.integer(), (c, seed) => {
        const first = evaluateCase(c);
        expect(evaluateCase(c)).toEqual(first);
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) & 0x7fffffff;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const shuffled: StudentCase = {
          ...c,
          services: shuffle(c.services).reverse(),
          caseManager: c.caseManager
            ? { ...c.caseManager, authorizations: shuffle(c.caseManager.authorizations).reverse() }
            : null,
        };
        expect(evaluateCase(shuffled)).toEqual(first);
      }),
      { numRuns: 600 },
    );
  });

  it('status follows the findings, and no message names the student', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const r = evaluateCase(c);
        expect(r.status).toBe(statusOf(r.findings));
        for (const f of r.findings) {
          expect(f.message).not.toContain(STUDENT_NAME);
          expect(f.message).not.toContain(STUDENT_ID);
          expect(f.source).toMatch(/\S/);
          for (const fix of f.fixes ?? []) expect(fix).not.toContain(STUDENT_NAME);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an unconfirmed fact alone never produces an error: U-only rosters give no instruction error', () => {
    const uKeys = AUTHORIZATIONS.filter(
      (a) => a.status === 'unconfirmed' && a.covers.some((c) => c.code === '*'),
    ).map((a) => a.key);
    fc.assert(
      fc.property(
        caseArb(held(uKeys, ['Unknown Thing']), fc.constant('instruction' as const), 1),
        (c) => {
          const r = evaluateCase(c);
          const rules = r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
          expect(rules).not.toContain('instruction-authorization');
          expect(rules).not.toContain('grade-out-of-range');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('disabled rules never appear', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const all = evaluateCase(c);
        const rules = [...new Set(all.findings.map((f) => f.rule))];
        const off = evaluateCase({ ...c, disabledRules: rules });
        expect(off.findings).toEqual([]);
        expect(off.status).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });

  it('grades of one class get the same result, but for the findings that name the grade', () => {
    // Two grades of one class (rules/grade-classes.ts): the audit checks one for both.
    const twoGrades = opt(ALL_GRADES).chain((g) =>
      fc.tuple(
        fc.constant(g),
        opt(ALL_GRADES.filter((other) => gradeClass(other) === gradeClass(g))),
      ),
    );
    const withGrade = (c: StudentCase, grade: string): StudentCase => ({
      ...c,
      student: { ...c.student, grade },
    });
    const unnamed = (c: StudentCase) => {
      const r = evaluateCase(c);
      return {
        ...r,
        findings: r.findings.map((f) =>
          GRADE_NAMING_RULES.has(f.rule) ? { ...f, message: '', data: {} } : f,
        ),
      };
    };
    for (const cases of [
      anyCase,
      caseArb(held(ALL_KEYS, TEXTS), fc.constant('instruction' as const), 1),
    ]) {
      fc.assert(
        fc.property(cases, twoGrades, (c, [g1, g2]) => {
          const a = evaluateCase(withGrade(c, g1));
          const b = evaluateCase(withGrade(c, g2));
          expect(namesGrade(b)).toBe(namesGrade(a));
          if (!namesGrade(a)) expect(b).toEqual(a);
          expect(unnamed(withGrade(c, g2))).toEqual(unnamed(withGrade(c, g1)));
        }),
        { numRuns: 500 },
      );
    }
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { caseFromSnapshot } from '../../src/check/case-from-snapshot';
import {
  applyCorrections,
  type Correction,
  CorrectionSchema,
  correctableReadings,
  type StoredCorrections,
  StoredCorrectionsSchema,
  withCorrection,
} from '../../src/check/corrections';
import { CorrectRequest } from '../../src/messages';
import { evaluateCase } from '../../src/rules/engine';
import type { StaffMember, StudentCase } from '../../src/rules/types';
import type { PageSnapshot } from '../../src/scrape/snapshot';

// Issue 16, item 2: the user's corrections of what the page was read to show, applied in one
// place before the rules run. None may turn a verdict into an all-clear by taking a reading away.

const AS_OF = '2026-01-15';

/** A page: Rivera is the case manager and instructs (330), primary disability Autism. */
function page(over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    vendor: 'seis',
    iep: 'current',
    student: { id: '9000001', grade: '03' },
    caseManager: { name: 'Rivera, Jordan' },
    primaryDisability: { code: '320', label: '320 - Autism' },
    secondaryDisability: null,
    alternatePlacement: null,
    placement: { program: 'Special Day Class' },
    services: [
      { code: '330', name: 'Specialized Academic Instruction', provider: 'Rivera, Jordan' },
      { code: '415', name: 'Language and Speech', provider: 'Lee, Dana' },
    ],
    missing: [],
    ...over,
  };
}

const person = (keys: string[], position?: string): StaffMember => ({
  name: 'Jordan Rivera',
  ...(position ? { position } : {}),
  authorizations: keys.map((key) => ({ key, issued: '2020-01-01', expires: '2030-01-01' })),
});

/** A digest stand-in: the background's is a keyed HMAC (student-key.ts readingDigest). */
const digest = (value: string) =>
  Array.from(value)
    .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .padStart(64, '0');

function check(
  snapshot: PageSnapshot,
  staff: StaffMember,
  stored: StoredCorrections | null,
): { c: StudentCase; corrected: string[]; status: string; rules: string[] } {
  const c = caseFromSnapshot(snapshot, { profile: null, roster: [staff] }, AS_OF);
  const readings = correctableReadings(c);
  const corrected = applyCorrections(c, stored, (field) => {
    const value = readings.get(field);
    return value === undefined ? undefined : digest(value);
  });
  const result = evaluateCase(c);
  return { c, corrected, status: result.status, rules: result.findings.map((f) => f.rule) };
}

/** The stored corrections after the user's `corrections`, one after another, on `snapshot`. */
function correct(
  snapshot: PageSnapshot,
  staff: StaffMember,
  ...corrections: Correction[]
): StoredCorrections | null {
  const c = caseFromSnapshot(snapshot, { profile: null, roster: [staff] }, AS_OF);
  const readings = correctableReadings(c);
  const digestOf = (field: string) => {
    const value = readings.get(field);
    return value === undefined ? undefined : digest(value);
  };
  let stored: StoredCorrections | null = null;
  for (const correction of corrections) {
    stored = withCorrection(stored, correction, digestOf, AS_OF) ?? stored;
  }
  return stored;
}

describe('the correction schemas', () => {
  it('accept each kind of correction the panel sends', () => {
    for (const correction of [
      { kind: 'not-case-manager' },
      { kind: 'not-provider', service: '330' },
      { kind: 'primary-disability', code: '320' },
      { kind: 'undo', field: 'provider:330' },
    ]) {
      expect(v.is(CorrectionSchema, correction), JSON.stringify(correction)).toBe(true);
      expect(v.is(CorrectRequest, { type: 'correct', correction })).toBe(true);
    }
  });

  it('refuse anything else: unknown kinds, codes that are no service or no category, long fields', () => {
    for (const correction of [
      { kind: 'all-clear' },
      { kind: 'not-provider', service: '33' },
      { kind: 'not-provider', service: '330; drop' },
      { kind: 'primary-disability', code: '999' },
      { kind: 'primary-disability', code: 'Autism' },
      { kind: 'primary-disability' },
      { kind: 'undo', field: 'x'.repeat(21) },
      { kind: 'not-case-manager', name: 'Rivera' },
    ]) {
      const ok = v.is(CorrectRequest, { type: 'correct', correction });
      // An extra key is stripped by valibot's object, not refused: it carries nothing further.
      if (correction.kind === 'not-case-manager') {
        expect(v.parse(CorrectionSchema, correction)).toEqual({ kind: 'not-case-manager' });
      } else expect(ok, JSON.stringify(correction)).toBe(false);
    }
  });

  it('store only digests and category codes, each checked', () => {
    const hash = 'a'.repeat(64);
    expect(
      v.is(StoredCorrectionsSchema, {
        on: AS_OF,
        caseManager: { not: hash },
        primaryDisability: { read: hash, now: '281' },
        providers: [{ service: '330', not: hash }],
      }),
    ).toBe(true);
    expect(v.is(StoredCorrectionsSchema, { on: AS_OF, caseManager: { not: 'Rivera' } })).toBe(
      false,
    );
    expect(
      v.is(StoredCorrectionsSchema, {
        on: AS_OF,
        primaryDisability: { read: hash, now: 'AUT' },
      }),
    ).toBe(false);
    expect(v.is(StoredCorrectionsSchema, { caseManager: { not: hash } })).toBe(false);
  });
});

describe('applyCorrections', () => {
  it('with no corrections changes nothing', () => {
    const staff = person(['MMSN'], 'SDC Teacher');
    const plain = check(page(), staff, null);
    expect(plain.corrected).toEqual([]);
    expect(plain.status).toBe('ok');
  });

  it('"this is not the case manager" leaves no case manager: never ok', () => {
    const staff = person(['MMSN'], 'SDC Teacher');
    expect(check(page(), staff, null).status).toBe('ok');
    const stored = correct(page(), staff, { kind: 'not-case-manager' });
    const after = check(page(), staff, stored);
    expect(after.corrected).toEqual(['caseManager']);
    expect(after.c.caseManager).toBeNull();
    expect(after.status).toBe('review');
    expect(after.rules).toContain('missing-data');
    expect(after.rules).not.toContain('authorized');
  });

  it('"not the provider" leaves the provider unknown, never someone else: no coordinator by it', () => {
    // No credential for Autism and no telling position: with the provider read, a violation.
    const staff = person(['SLP']);
    expect(check(page(), staff, null).status).toBe('violation');
    const stored = correct(page(), staff, { kind: 'not-provider', service: '330' });
    const after = check(page(), staff, stored);
    expect(after.corrected).toEqual(['provider:330']);
    expect(after.c.services.find((s) => s.code === '330')).toEqual({
      code: '330',
      name: 'Specialized Academic Instruction',
    });
    // Unknown who instructs: a review, not "coordinator only".
    expect(after.status).not.toBe('ok');
    expect(after.rules).not.toContain('coordinator-only');
  });

  it('"wrong primary disability" checks the category the user chose', () => {
    // MMSN covers Autism, not the Deafness read from the page: the user says it is Autism.
    const staff = person(['MMSN'], 'SDC Teacher');
    const deaf = page({ primaryDisability: { code: '230', label: '230 - Deafness' } });
    expect(check(deaf, staff, null).status).toBe('violation');
    const stored = correct(deaf, staff, { kind: 'primary-disability', code: '320' });
    const after = check(deaf, staff, stored);
    expect(after.corrected).toEqual(['primaryDisability']);
    expect(after.c.student.primary).toBe('320');
    expect(after.status).toBe('ok');
  });

  it('applies only while the page shows the value corrected', () => {
    const staff = person(['MMSN'], 'SDC Teacher');
    const stored = correct(
      page(),
      staff,
      { kind: 'not-case-manager' },
      {
        kind: 'not-provider',
        service: '330',
      },
    );
    // The IEP now names another case manager and another provider: checked as read.
    const updated = page({
      caseManager: { name: 'Nguyen, Sam' },
      services: [
        { code: '330', name: 'Specialized Academic Instruction', provider: 'Nguyen, Sam' },
      ],
    });
    const after = check(updated, staff, stored);
    expect(after.corrected).toEqual([]);
    expect(after.c.caseManager?.name).toBe('Nguyen, Sam');
    expect(after.c.services[0]?.providerName).toBe('Nguyen, Sam');
  });

  it('undo takes one correction back and keeps the others', () => {
    const staff = person(['SLP']);
    const both = correct(
      page(),
      staff,
      { kind: 'not-case-manager' },
      {
        kind: 'not-provider',
        service: '330',
      },
    );
    expect(Object.keys(both ?? {}).sort()).toEqual(['caseManager', 'on', 'providers']);
    const undone = correct(
      page(),
      staff,
      { kind: 'not-case-manager' },
      { kind: 'not-provider', service: '330' },
      { kind: 'undo', field: 'caseManager' },
    );
    expect(undone?.caseManager).toBeUndefined();
    expect(check(page(), staff, undone).corrected).toEqual(['provider:330']);
    const none = correct(
      page(),
      staff,
      { kind: 'not-provider', service: '330' },
      { kind: 'undo', field: 'provider:330' },
    );
    expect(none?.providers).toBeUndefined();
    expect(check(page(), staff, none).corrected).toEqual([]);
  });

  it('refuses to store a correction of a reading the page does not show', () => {
    const staff = person(['MMSN']);
    const noManager = page({ caseManager: null });
    expect(correct(noManager, staff, { kind: 'not-case-manager' })).toBeNull();
    expect(correct(page(), staff, { kind: 'not-provider', service: '350' })).toBeNull();
    expect(
      correct(page({ services: [] }), staff, { kind: 'not-provider', service: '330' }),
    ).toBeNull();
  });

  // "Not the provider" is as if the page named no provider for that service: the engine then
  // decides from what else it knows (a position that settles the role, REFERENCE §9.2), never
  // from the correction itself. "Not the case manager" is never ok.
  it('checks a page with a corrected provider exactly as the same page showing none', () => {
    const staffs = [
      person([]),
      person(['SLP']),
      person(['SLP'], 'Speech-Language Pathologist'),
      person(['MMSN'], 'SDC Teacher'),
      person(['ESN']),
      person(['MMSN'], 'Program Specialist'),
    ];
    const unnamed = page({
      services: [
        { code: '330', name: 'Specialized Academic Instruction' },
        { code: '415', name: 'Language and Speech', provider: 'Lee, Dana' },
      ],
    });
    for (const staff of staffs) {
      const stored = correct(page(), staff, { kind: 'not-provider', service: '330' });
      const corrected = check(page(), staff, stored);
      const shownNone = check(unnamed, staff, null);
      expect([corrected.status, corrected.rules], JSON.stringify(staff)).toEqual([
        shownNone.status,
        shownNone.rules,
      ]);
      const both = correct(
        page(),
        staff,
        { kind: 'not-case-manager' },
        {
          kind: 'not-provider',
          service: '330',
        },
      );
      expect(check(page(), staff, both).status).not.toBe('ok');
      expect(
        check(page(), staff, correct(page(), staff, { kind: 'not-case-manager' })).status,
      ).not.toBe('ok');
    }
  });
});

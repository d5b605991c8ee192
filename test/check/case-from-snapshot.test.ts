import { describe, expect, it } from 'vitest';
import { caseFromSnapshot } from '../../src/check/case-from-snapshot';
import { evaluateCase } from '../../src/rules/engine';
import type { StaffMember } from '../../src/rules/types';
import type { PageSnapshot } from '../../src/scrape/snapshot';

const snapshot: PageSnapshot = {
  vendor: 'seis',
  iep: 'current',
  student: { id: '9000001', name: 'Student, Demo A', grade: '03' },
  caseManager: { name: 'Rivera, Jordan' },
  primaryDisability: { code: '320', label: '320 - Autism' },
  secondaryDisability: { code: '', label: 'Speech or Language Impairment' },
  alternatePlacement: null,
  placement: { program: 'Special Day Class' },
  services: [
    { code: '330', name: 'Specialized Academic Instruction', location: 'Special Day Class' },
    { name: 'Language and Speech', provider: 'Lee, Dana' },
    { name: 'Something the engine does not know' },
  ],
  missing: [],
};

const rivera: StaffMember = {
  name: 'Jordan Rivera',
  position: 'SDC Teacher',
  authorizations: [{ key: 'MM-L', issued: '2004-05-01', expires: '2030-05-01' }],
};

describe('caseFromSnapshot', () => {
  it('normalises codes, matches the case manager by name in either order, and drops student identifiers', () => {
    const studentCase = caseFromSnapshot(
      snapshot,
      { profile: null, roster: [rivera] },
      '2026-01-15',
    );
    expect(studentCase).toEqual({
      asOf: '2026-01-15',
      student: {
        primary: '320',
        secondary: '240',
        alternatePlacement: null,
        grade: '3',
        placement: 'Special Day Class',
      },
      services: [
        { code: '330', name: 'Specialized Academic Instruction', setting: 'Special Day Class' },
        { code: '415', name: 'Language and Speech', providerName: 'Lee, Dana' },
      ],
      caseManager: {
        name: 'Rivera, Jordan',
        known: true,
        position: 'SDC Teacher',
        authorizations: rivera.authorizations,
      },
    });
  });

  it('leaves out inactive services, and those not in force while others are', () => {
    const dated: PageSnapshot = {
      ...snapshot,
      services: [
        { code: '330', name: 'SAI', start: '2025-08-15', end: '2026-06-10' },
        { code: '415', name: 'Speech', start: '2024-08-15', end: '2025-06-10' },
        { code: '510', name: 'Counseling', start: '02/01/2026', end: '06/10/2026' },
        { code: '450', name: 'OT', status: 'inactive' },
        { code: '460', name: 'PT', end: '2026-01-15' },
      ],
    };
    const studentCase = caseFromSnapshot(dated, { profile: null, roster: [] }, '2026-01-15');
    expect(studentCase.services.map((s) => s.code)).toEqual(['330', '460']);
  });

  it('judges the IEP as written when none of its services is in force (future or lapsed IEP)', () => {
    const future: PageSnapshot = {
      ...snapshot,
      iep: 'future',
      services: [
        { code: '330', name: 'SAI', start: '2026-11-20', end: '2027-11-19' },
        { code: '450', name: 'OT', start: '2026-11-20', status: 'inactive' },
      ],
    };
    const studentCase = caseFromSnapshot(future, { profile: null, roster: [] }, '2026-01-15');
    expect(studentCase.services.map((s) => s.code)).toEqual(['330']);
  });

  it('marks services the page did not show (or showed only in part) as not shown', () => {
    const noTab: PageSnapshot = { ...snapshot, services: [], missing: ['services'] };
    expect(caseFromSnapshot(noTab, { profile: null, roster: [] }, '2026-01-15').servicesShown).toBe(
      false,
    );
    const partial: PageSnapshot = {
      ...snapshot,
      missing: ['services (partial: 10 of 25 rows rendered)'],
    };
    expect(
      caseFromSnapshot(partial, { profile: null, roster: [] }, '2026-01-15').servicesShown,
    ).toBe(false);
    expect(
      caseFromSnapshot(snapshot, { profile: null, roster: [] }, '2026-01-15').servicesShown,
    ).toBeUndefined();
  });

  it('prefers the profile for the user’s own name over a roster row', () => {
    const profile: StaffMember = { ...rivera, authorizations: [{ key: 'AAAS' }] };
    const studentCase = caseFromSnapshot(snapshot, { profile, roster: [rivera] }, '2026-01-15');
    expect(studentCase.caseManager?.authorizations).toEqual([{ key: 'AAAS' }]);
  });

  it('marks a case manager found nowhere as unknown, and no case manager as null', () => {
    const unknown = caseFromSnapshot(snapshot, { profile: null, roster: [] }, '2026-01-15');
    expect(unknown.caseManager).toEqual({
      name: 'Rivera, Jordan',
      known: false,
      authorizations: [],
    });
    const none = caseFromSnapshot(
      { ...snapshot, caseManager: null },
      { profile: null, roster: [] },
      '2026-01-15',
    );
    expect(none.caseManager).toBeNull();
  });

  it('gives the vertical slice its verdict: a Level II M/M SDC teacher of an autistic student', () => {
    const result = evaluateCase(
      caseFromSnapshot(snapshot, { profile: null, roster: [rivera] }, '2026-01-15'),
    );
    expect(result.status).toBe('violation');
    expect(result.role).toBe('instruction');
    expect(result.findings.map((f) => [f.rule, f.severity])).toContainEqual([
      'instruction-authorization',
      'error',
    ]);
    expect(JSON.stringify(result)).not.toContain('Demo A');
    expect(JSON.stringify(result)).not.toContain('9000001');
  });
});

/**
 * Issue 14: never a false all-clear. The case manager is a coordinator only when every
 * instruction service names an identified person who is clearly not them, or the position
 * settles it (REFERENCE.md §9.2). Each case below is the bug's chain broken at one link.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/rules/engine';
import { inferRole } from '../../src/rules/role';
import type { CaseManagerInfo, CaseService, StudentCase } from '../../src/rules/types';

/** A case manager whose credential does not cover autism: instructing them is a violation. */
const cm = (extra: Partial<CaseManagerInfo> = {}): CaseManagerInfo => ({
  known: true,
  name: 'Okafor, Rachel',
  authorizations: [{ key: 'SLP', issued: '2020-01-01', expires: '2030-01-01' }],
  ...extra,
});
const sai = (providerName: string, extra: Partial<CaseService> = {}): CaseService => ({
  code: '330',
  providerName,
  ...extra,
});
const studentCase = (services: CaseService[], manager = cm()): StudentCase => ({
  asOf: '2026-01-15',
  student: { primary: '320', grade: '4' },
  services,
  caseManager: manager,
});

describe('role inference fails safe', () => {
  it.each([
    'County Office Program',
    'NPA – Bright Futures Therapy',
    'To be assigned',
    'Vacant',
    'TBD',
    'Riverside Unified School District',
    'Resource Specialist',
  ])('a 330 provider "%s" is no one identified: never coordinator-only', (provider) => {
    const result = evaluateCase(studentCase([sai(provider)]));
    expect(result.role).not.toBe('coordinator');
    expect(result.findings.map((f) => f.rule)).not.toContain('coordinator-only');
    expect(result.status).not.toBe('ok');
  });

  it.each([
    ['R. Okafor', 'initial'],
    ['Okafor', 'no first name'],
    ['Ms. Okafor', 'no first name'],
    ['Rae Okafor', 'nickname'],
  ])('a probable match "%s" counts the case manager as the instructor and says how', (p, how) => {
    const result = evaluateCase(studentCase([sai(p)]));
    expect(result.role).toBe('instruction');
    expect(result.status).toBe('violation');
    const note = result.findings.find((f) => f.rule === 'needs-review');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toContain(`"${p}"`);
    expect(note?.message).toContain('"Okafor, Rachel"');
    expect(note?.message).toContain(how);
  });

  it.each([
    'Rachel Okafor',
    'OKAFOR, RACHEL',
    'Okafor, Rachel (Teacher of Record)',
    'Dr. Rachel Okafor, M.A.',
    'Rachel A. Okafor',
    '5521 – Okafor, Rachel',
  ])('the case manager written "%s" is the case manager: a violation, not a coordinator', (p) => {
    const result = evaluateCase(studentCase([sai(p)]));
    expect(result.role).toBe('instruction');
    expect(result.status).toBe('violation');
  });

  it('another identified person is the instructor: coordinator-only names them', () => {
    const result = evaluateCase(studentCase([sai('Chen, Morgan')]));
    expect(result.role).toBe('coordinator');
    const f = result.findings.find((x) => x.rule === 'coordinator-only');
    expect(f?.message).toContain('"Chen, Morgan"');
    expect(f?.message).toContain('"Okafor, Rachel"');
  });

  it('one unidentified instruction provider among identified others keeps the role unknown', () => {
    const role = inferRole([sai('Chen, Morgan'), sai('To be assigned', { code: '340' })], cm());
    expect(role.role).toBe('unknown');
  });

  it('an agency beside a clearly different provider position still tells them apart', () => {
    const role = inferRole(
      [sai('NPA – Bright Futures Therapy', { providerPosition: 'School Psychologist' })],
      cm({ position: 'RSP Teacher' }),
    );
    expect(role.role).toBe('coordinator');
  });

  it('two teaching positions may be one person: an SDC teacher provider is not someone else', () => {
    const role = inferRole(
      [{ code: '330', providerPosition: 'SDC Teacher' }],
      cm({ position: 'Education Specialist' }),
    );
    expect(role.role).toBe('instruction');
  });

  it('a case manager name read by guesswork makes an all-clear a review', () => {
    const covering = cm({
      authorizations: [{ key: 'ESN', issued: '2023-01-01', expires: '2030-01-01' }],
    });
    const plain = evaluateCase(studentCase([sai('Okafor, Rachel')], covering));
    expect(plain.status).toBe('ok');
    const guessed = evaluateCase(
      studentCase([sai('Okafor, Rachel')], { ...covering, readBy: 'heuristic' }),
    );
    expect(guessed.status).toBe('review');
    expect(guessed.findings.some((f) => f.rule === 'needs-review')).toBe(true);
  });

  it('a coordinator reading that rests on a guessed provider cell becomes a review', () => {
    const guessed = evaluateCase(
      studentCase([sai('Chen, Morgan', { providerReadBy: 'heuristic' })]),
    );
    expect(guessed.status).toBe('review');
    expect(guessed.findings.find((f) => f.rule === 'needs-review')?.message).toContain(
      'without a column or label',
    );
  });
});

describe('a services grid read with borrowed headers', () => {
  it('makes a coordinator-only reading a review', async () => {
    const { caseFromSnapshot } = await import('../../src/check/case-from-snapshot');
    const c = caseFromSnapshot(
      {
        vendor: 'generic',
        iep: 'unknown',
        student: { grade: '4' },
        caseManager: { name: 'Okafor, Rachel' },
        primaryDisability: { code: '320', label: 'Autism' },
        secondaryDisability: null,
        alternatePlacement: null,
        placement: {},
        services: [{ code: '330', name: 'SAI', provider: 'Chen, Morgan', readBy: 'heuristic' }],
        missing: [],
      },
      { profile: null, roster: [{ name: 'Okafor, Rachel', authorizations: [] }] },
      '2026-01-15',
    );
    expect(c.services[0]?.providerReadBy).toBe('heuristic');
    const result = evaluateCase(c);
    expect(result.role).toBe('coordinator');
    expect(result.status).toBe('review');
  });
});

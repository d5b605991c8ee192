import { describe, expect, it } from 'vitest';
import { classifyPosition, inferRole, providerRelation } from '../../src/rules/role';
import type { CaseManagerInfo, CaseService } from '../../src/rules/types';

const cm = (extra: Partial<CaseManagerInfo> = {}): CaseManagerInfo => ({
  known: true,
  name: 'Lee, Dana',
  authorizations: [],
  ...extra,
});
const s = (code: string, extra: Partial<CaseService> = {}): CaseService => ({ code, ...extra });

describe('classifyPosition', () => {
  it.each([
    ['SDC Teacher', 'sdc-teacher'],
    ['Special Day Class teacher', 'sdc-teacher'],
    ['RSP Teacher', 'rsp-teacher'],
    ['Resource Specialist', 'rsp-teacher'],
    ['Education Specialist', 'sped-teacher'],
    ['Special Education Teacher', 'sped-teacher'],
    ['School Psychologist', 'psychologist'],
    ['Speech-Language Pathologist', 'slp'],
    ['Program Specialist', 'program-specialist'],
    ['Assistant Principal', 'administrator'],
    ['General Education Teacher', 'gen-ed-teacher'],
    ['Physical Therapist', 'pt'],
    ['School Nurse', 'nurse'],
    ['Occupational Therapist', 'ot'],
    ['OTR/L', 'ot'],
    ['DPT', 'pt'],
    ['Teacher', null],
    ['DHH Teacher', null],
    ['', null],
  ])('%s → %s', (pos, cls) => {
    expect(classifyPosition(pos)).toBe(cls);
  });
});

describe('providerRelation', () => {
  it('explicit relation wins', () => {
    expect(providerRelation(s('330', { provider: 'other', providerName: 'Dana Lee' }), cm())).toBe(
      'other',
    );
  });
  it('matches the provider name to the case manager in either order', () => {
    expect(providerRelation(s('330', { providerName: 'Dana Lee' }), cm())).toBe('cm');
    expect(providerRelation(s('330', { providerName: 'Kim Park' }), cm())).toBe('other');
  });
  it('a clearly different provider position means someone else', () => {
    expect(
      providerRelation(
        s('415', { providerPosition: 'Speech-Language Pathologist' }),
        cm({ position: 'RSP Teacher' }),
      ),
    ).toBe('other');
    expect(
      providerRelation(
        s('330', { providerPosition: 'RSP Teacher' }),
        cm({ position: 'RSP Teacher' }),
      ),
    ).toBe('unknown');
  });
  it('nothing known → unknown', () => {
    expect(providerRelation(s('330'), cm({ name: undefined }))).toBe('unknown');
  });
});

describe('inferRole (§9.2)', () => {
  it('instruction when the case manager provides 330/340/350', () => {
    expect(inferRole([s('350', { provider: 'cm' })], cm()).role).toBe('instruction');
  });
  it('support when only other services', () => {
    expect(
      inferRole([s('415', { provider: 'cm' }), s('330', { provider: 'other' })], cm()).role,
    ).toBe('support');
  });
  it('coordinator only when every provider is known to be someone else', () => {
    expect(inferRole([s('330', { provider: 'other' })], cm()).role).toBe('coordinator');
    expect(inferRole([], cm()).role).toBe('coordinator');
  });
  it('absence of information never makes a coordinator', () => {
    expect(inferRole([s('330')], cm()).role).toBe('unknown');
    expect(inferRole([s('415')], cm()).role).toBe('unknown');
  });
  it('an instructional position establishes instruction only with 330/340/350', () => {
    expect(inferRole([s('330')], cm({ position: 'RSP Teacher' })).role).toBe('instruction');
    expect(inferRole([s('330')], cm({ position: 'RSP Teacher' })).basis).toBe('position');
  });
  it('a non-teaching position settles: support if it gives a service, else coordinator', () => {
    expect(inferRole([s('330'), s('530')], cm({ position: 'School Psychologist' })).role).toBe(
      'support',
    );
    expect(inferRole([s('330')], cm({ position: 'School Psychologist' })).role).toBe('coordinator');
    expect(
      inferRole([s('330'), s('415')], cm({ position: 'Speech-Language Pathologist' })).role,
    ).toBe('support');
  });
  it('an SLP with the Special Class Authorization is not settled as non-teaching', () => {
    expect(inferRole([s('330')], cm({ position: 'SLP' }), true).role).toBe('unknown');
  });
  it('the override wins over everything', () => {
    expect(
      inferRole([s('330', { provider: 'cm' })], cm({ roleOverride: 'coordinator' })).role,
    ).toBe('coordinator');
    expect(inferRole([s('330')], cm({ roleOverride: 'instruction' })).cmServices).toHaveLength(1);
  });
  it('no case manager → unknown', () => {
    expect(inferRole([s('330', { provider: 'cm' })], null).role).toBe('unknown');
  });
  it('services given as "code - name" are read by their code', () => {
    expect(
      inferRole([s('330 - Specialized Academic Instruction', { provider: 'cm' })], cm()).role,
    ).toBe('instruction');
  });
});

describe('services the page did not show (§9.2: absence never makes a coordinator)', () => {
  const sdcTeacher = {
    name: 'Lee, Dana',
    known: true,
    position: 'SDC Teacher',
    authorizations: [],
  };
  it('leaves the role unknown, with instruction possible, for a teaching position', () => {
    const r = inferRole([], sdcTeacher, false, false);
    expect(r.role).toBe('unknown');
    expect(r.instructionUnknown).toBe(true);
  });
  it('rules instruction out for a non-teaching position, without calling them a coordinator', () => {
    const r = inferRole([], { ...sdcTeacher, position: 'School Psychologist' }, false, false);
    expect(r.role).toBe('unknown');
    expect(r.instructionUnknown).toBe(false);
  });
  it('still follows the services that are shown and the user’s own word', () => {
    const shown = [{ code: '330', provider: 'cm' as const }];
    expect(inferRole(shown, sdcTeacher, false, false).role).toBe('instruction');
    expect(inferRole([], { ...sdcTeacher, roleOverride: 'coordinator' }, false, false).role).toBe(
      'coordinator',
    );
  });
});

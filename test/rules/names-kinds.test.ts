/**
 * Issue 14, input classes (2) and (3): providers that are not people, and one person written
 * two ways. matchNames says how sure a match is; classifyName whether a cell names a person.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyName,
  findStaff,
  matchNames,
  namesMatch,
  parseName,
  providerEvidence,
} from '../../src/rules/names';

describe('class 3: one person written two ways', () => {
  it.each([
    ['Okafor, Rachel', 'Rachel Okafor'],
    ['Lee, Dana', 'Lee, Dana (Teacher of Record)'],
    ['Ana Smith', 'Smith, Ana, M.A., CCC-SLP'],
    ['Ana Smith', 'Ana Smith M.A.'],
    ['Dana Lee', 'Dr. Dana Lee'],
    ['Lee, Dana', 'Lee, Dr. Dana'],
    ['Dana Lee', 'Ms. Dana Lee, Ed.S.'],
    ['John Smith Jr.', 'Smith, John'],
    ['John Smith III', 'JOHN SMITH'],
    ['Lee, Dana Marie', 'Dana Lee'],
    ['José Núñez', 'NUNEZ, JOSE'],
    ['Garcia-Lopez, Maria', 'Maria Garcia Lopez'],
    ['1234 – Lee, Dana', 'Dana Lee'],
  ])('%s = %s (exact)', (a, b) => {
    expect(matchNames(a, b).match).toBe('exact');
    expect(matchNames(b, a).match).toBe('exact');
    expect(namesMatch(a, b)).toBe(true);
  });

  it.each([
    ['Okafor, Rachel', 'R. Okafor', 'initial'],
    ['Robert Chen', 'Bob Chen', 'nickname'],
    ['Daniel Park', 'Dan Park', 'nickname'],
    ['Lee, Dana', 'Ms. Lee', 'no first name'],
    ['Lee, Dana', 'Lee', 'no first name'],
    ['Maria Garcia-Lopez', 'Maria Garcia', ''],
    ['Garcia-Lopez, Maria', 'Garcia, Maria', 'share a part'],
    ['Dana M. Lee', 'Dana K. Lee', 'middle'],
  ])('%s ~ %s (probable: %s)', (a, b, how) => {
    const r = matchNames(a, b);
    expect(r.match).toBe('probable');
    expect(r.how).toContain(how);
    expect(matchNames(b, a).match).toBe('probable');
  });

  it.each([
    ['Lee, Dana', 'Lee, Mark'],
    ['Okafor, Rachel', 'Chen, Morgan'],
    ['Dana Lee', 'Dana Li'],
    ['Lee, Dana', 'Leeds, Dana'],
    ['Lee, Dana', ''],
  ])('%s ≠ %s', (a, b) => {
    expect(matchNames(a, b).match).toBe('none');
  });

  it('a nickname or a shared part of a last name never finds someone on the roster', () => {
    const staff = [{ name: 'Chen, Robert', authorizations: [] }];
    expect(findStaff(staff, 'Bob Chen')).toBeUndefined();
    expect(findStaff(staff, 'Dr. Robert Chen, M.A.')).toBe(staff[0]);
  });

  it('degrees and titles are not names', () => {
    expect(parseName('Dr. Dana Lee')).toEqual({ first: 'Dana', last: 'Lee' });
    expect(parseName('Smith, Ana, M.A., CCC-SLP')).toEqual({ first: 'Ana', last: 'Smith' });
    expect(parseName('Ana Smith MA')).toEqual({ first: 'Ana', last: 'Smith' });
    expect(parseName('Ana Ma')).toEqual({ first: 'Ana', last: 'Ma' });
  });
});

describe('class 2: providers that are not people', () => {
  it.each([
    'County Office Program',
    'NPA – Bright Futures Therapy',
    'NPA - Bright Futures Therapy',
    'Riverside Unified School District',
    'Oakland USD',
    'LACOE',
    'Desert Mountain SELPA',
    '400 – ABC Therapy Inc',
    'Pediatric Speech Partners',
  ])('%s is an agency', (text) => {
    expect(classifyName(text)).toBe('agency');
  });

  it.each([
    'To be assigned',
    'TO BE ASSIGNED',
    'Vacant',
    'Vacant position',
    'TBD',
    'TBA',
    'Staff',
    'Pending',
    'N/A',
    '--',
    'Not yet assigned',
  ])('%s is a placeholder', (text) => {
    expect(classifyName(text)).toBe('placeholder');
  });

  it.each(['Resource Specialist', 'SDC Teacher', 'Okafor', 'Case Manager Email: x'])(
    '%s is not readable as a person',
    (text) => {
      expect(classifyName(text)).toBe('unreadable');
    },
  );

  it('a date is nobody', () => {
    expect(classifyName('08/15/2025')).not.toBe('person');
  });

  it.each([
    'Lee, Dana',
    'Dana Lee',
    'Lee, Dana (Teacher of Record)',
    'Smith, Ana, M.A., CCC-SLP',
    'Dr. Rachel Okafor',
    'Ms. Park',
    '1234 – Lee, Dana',
    'Núñez, José',
    'O’Brien, Siobhan',
  ])('%s is a person', (text) => {
    expect(classifyName(text)).toBe('person');
  });
});

describe('providerEvidence: only an identified other person is someone else', () => {
  it('an agency, a placeholder or an unreadable cell leaves the provider unknown', () => {
    for (const p of ['NPA – Bright Futures Therapy', 'To be assigned', 'Resource Specialist']) {
      expect(providerEvidence(p, 'Okafor, Rachel').relation).toBe('unknown');
    }
  });

  it('a probable match counts as the case manager, and says how', () => {
    const e = providerEvidence('R. Okafor', 'Okafor, Rachel');
    expect(e).toMatchObject({ relation: 'cm', match: 'probable' });
    expect(e.how).toContain('initial');
  });

  it('another identified person is someone else', () => {
    expect(providerEvidence('Chen, Morgan', 'Okafor, Rachel')).toMatchObject({
      relation: 'other',
      match: 'none',
      kind: 'person',
    });
  });

  it('when the case manager’s own name is no person’s, nothing is compared', () => {
    expect(providerEvidence('Chen, Morgan', 'Resource Room').relation).toBe('unknown');
  });
});

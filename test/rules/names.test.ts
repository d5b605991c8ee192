import { describe, expect, it } from 'vitest';
import { findStaff, namesMatch, parseName } from '../../src/rules/names';
import type { StaffMember } from '../../src/rules/types';

describe('parseName', () => {
  it.each([
    ['Lee, Dana', { first: 'Dana', last: 'Lee' }],
    ['Dana Lee', { first: 'Dana', last: 'Lee' }],
    ['Dana M. Lee', { first: 'Dana', middle: 'M.', last: 'Lee' }],
    ['Lee, Dana M.', { first: 'Dana', middle: 'M.', last: 'Lee' }],
    ['Ana Smith, M.A., CCC-SLP', { first: 'Ana', last: 'Smith' }],
    ['Smith, Ana, M.A., CCC-SLP', { first: 'Ana', last: 'Smith' }],
    ['John Smith, Jr.', { first: 'John', last: 'Smith', suffix: 'Jr' }],
    ['Smith Jr., John', { first: 'John', last: 'Smith', suffix: 'Jr' }],
    ['John Smith III', { first: 'John', last: 'Smith', suffix: 'III' }],
    ['1234 – Lee, Dana', { first: 'Dana', last: 'Lee' }],
    ['#1234 Dana Lee', { first: 'Dana', last: 'Lee' }],
    ['Smith, Ana (Teacher of Record)', { first: 'Ana', last: 'Smith' }],
    ['Ana Smith (Case Manager)', { first: 'Ana', last: 'Smith' }],
    ['Smith, Ma', { first: 'Ma', last: 'Smith' }],
    ['José Núñez, PhD', { first: 'José', last: 'Núñez' }],
  ])('%s', (text, expected) => {
    expect(parseName(text)).toEqual(expected);
  });

  it.each(['', '   ', '1234', '(Teacher)', 'M.A., CCC-SLP'])('%s → null', (text) => {
    expect(parseName(text)).toBeNull();
  });
});

describe('namesMatch', () => {
  it.each([
    ['Lee, Dana', 'Dana Lee'],
    ['Dana Lee', 'DANA LEE'],
    ['Lee, Dana M.', 'Dana Lee'],
    ['D. Lee', 'Dana Lee'],
    ['Ana Smith, M.A., CCC-SLP', 'Smith, Ana'],
    ['Garcia-Lopez, Maria', 'Maria Garcia Lopez'],
    ['Jose Nunez', 'José Núñez'],
    ['1234 – Lee, Dana', 'Dana Lee (Teacher of Record)'],
    ['Lee Dana', 'Lee, Dana'],
  ])('%s ~ %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });

  it.each([
    ['Dana Lee', 'Dan Lee'],
    ['Dana Lee', 'Dana Li'],
    ['Dana Lee', 'Lee'],
    ['Dana Lee', ''],
    ['Lee, Dana', 'Lee, Mark'],
    ['D. Lee', 'M. Lee'],
  ])('%s ≁ %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });
});

describe('findStaff', () => {
  const staff: StaffMember[] = [
    { name: 'Lee, Dana', email: 'dlee@district.org', authorizations: [] },
    { name: 'Smith, Ana', authorizations: [] },
    { name: 'Smith, Andrew', authorizations: [] },
    { name: 'Park, J.', authorizations: [] },
    { name: 'Park, Jin', authorizations: [] },
  ];

  it('finds a unique match whatever the order of writing', () => {
    expect(findStaff(staff, 'Dana Lee')?.name).toBe('Lee, Dana');
    expect(findStaff(staff, 'Ana Smith, M.A.')?.name).toBe('Smith, Ana');
    expect(findStaff(staff, 'dlee@district.org')?.name).toBe('Lee, Dana');
  });

  it('returns undefined when nobody or several people match', () => {
    expect(findStaff(staff, 'Nobody Here')).toBeUndefined();
    expect(findStaff(staff, 'A. Smith')).toBeUndefined();
    expect(findStaff(staff, '')).toBeUndefined();
  });

  it('prefers the one written exactly the same among several', () => {
    expect(findStaff(staff, 'Jin Park')?.name).toBe('Park, Jin');
    expect(findStaff(staff, 'J. Park')?.name).toBe('Park, J.');
  });

  it('treats two identical names as ambiguous', () => {
    const twins: StaffMember[] = [
      { name: 'Lee, Dana', authorizations: [] },
      { name: 'Dana Lee', authorizations: [] },
    ];
    expect(findStaff(twins, 'Dana Lee')).toBeUndefined();
  });
});

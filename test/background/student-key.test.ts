import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => {
  const store: Record<string, unknown> = {};
  return {
    default: {
      storage: {
        local: {
          get: async (key: string) => (key in store ? { [key]: store[key] } : {}),
          set: async (items: Record<string, unknown>) => Object.assign(store, items),
        },
      },
    },
  };
});

const { studentHash, studentIdentity } = await import('../../src/background/student-key');

import type { PageSnapshot } from '../../src/scrape/snapshot';

const page = (student: PageSnapshot['student']): PageSnapshot => ({
  vendor: 'seis',
  iep: 'current',
  student,
  caseManager: null,
  primaryDisability: null,
  secondaryDisability: null,
  alternatePlacement: null,
  placement: {},
  services: [],
  missing: [],
});

describe('student identity and its keyed hash', () => {
  it('prefers the id, then name with birth date, and has none without either', () => {
    expect(studentIdentity(page({ id: '9000001', name: 'A, B' }))).toBe('seis|id|9000001');
    expect(studentIdentity(page({ name: 'Student, Demo A', dateOfBirth: '03/14/2017' }))).toBe(
      'seis|name|student demo a|03/14/2017',
    );
    expect(studentIdentity(page({ grade: '3' }))).toBeNull();
  });

  it('is stable for one browser, differs between students, and does not contain the id', async () => {
    const a = await studentHash('seis|id|9000001');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await studentHash('seis|id|9000001')).toBe(a);
    expect(await studentHash('seis|id|9000002')).not.toBe(a);
    expect(a).not.toContain('9000001');
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BackgroundRequest } from '../../src/messages';
import type { PageSnapshot } from '../../src/scrape/snapshot';

const snapshot: PageSnapshot = {
  vendor: 'seis',
  iep: 'current',
  student: { grade: '3' },
  caseManager: { name: 'Rivera, Jordan' },
  primaryDisability: { code: '320', label: '320 - Autism' },
  secondaryDisability: null,
  alternatePlacement: null,
  placement: {},
  services: [{ code: '330', name: 'Specialized Academic Instruction', minutesPerWeek: 300 }],
  missing: [],
};

describe('message protocol', () => {
  it('accepts a well-formed page check', () => {
    expect(v.is(BackgroundRequest, { type: 'check-page', snapshot })).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'delete-roster' }],
    ['no snapshot', { type: 'check-page' }],
    ['an unknown vendor', { type: 'check-page', snapshot: { ...snapshot, vendor: 'evil' } }],
    [
      'a ballooned field',
      { type: 'check-page', snapshot: { ...snapshot, caseManager: { name: 'x'.repeat(501) } } },
    ],
    [
      'a non-finite number',
      {
        type: 'check-page',
        snapshot: { ...snapshot, services: [{ name: 'SAI', minutesPerWeek: Number.NaN }] },
      },
    ],
    ['a negative tab id', { type: 'tab-status', tabId: -1 }],
    ['a string', 'check-page'],
    ['null', null],
  ])('rejects %s', (_what, message) => {
    expect(v.is(BackgroundRequest, message)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  heldLabel,
  isIsoDate,
  profileProblems,
  profileToSave,
  searchAuthorizations,
} from '../../src/options/profile-model';

describe('profile checks', () => {
  it('accepts a complete profile and saves it trimmed, without empty fields', () => {
    const draft = {
      name: '  Rivera, Jordan ',
      position: ' ',
      authorizations: [
        { key: 'MMSN', issued: '2023-06-01', expires: '2028-07-01' },
        { key: 'ESN' },
      ],
    };
    expect(profileProblems(draft)).toEqual([]);
    expect(profileToSave(draft)).toEqual({
      name: 'Rivera, Jordan',
      authorizations: [
        { key: 'MMSN', issued: '2023-06-01', expires: '2028-07-01' },
        { key: 'ESN' },
      ],
    });
  });

  it('ties each problem to its field', () => {
    expect(
      profileProblems({
        name: ' ',
        position: 'x'.repeat(201),
        authorizations: [
          { key: 'MMSN', issued: '2023-02-30' },
          { key: 'ESN', issued: '2024-01-01', expires: '2023-12-31' },
        ],
      }),
    ).toEqual([
      { field: 'name', key: 'optionsErrorNameMissing' },
      { field: 'position', key: 'optionsErrorTooLong', substitutions: ['200'] },
      { field: 'auth-0-issued', key: 'optionsErrorDate' },
      { field: 'auth-1-expires', key: 'optionsErrorExpiresBeforeIssued' },
    ]);
  });

  it('knows a real calendar date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('07/01/2028')).toBe(false);
  });
});

describe('searchAuthorizations', () => {
  it('finds an authorization by key, CTC code and name, and only authorizations', () => {
    expect(searchAuthorizations('MMSN')[0]?.key).toBe('MMSN');
    expect(searchAuthorizations('r3mn')[0]).toMatchObject({
      key: 'MMSN',
      ctcCodes: expect.arrayContaining(['R3MN']),
    });
    expect(searchAuthorizations('extensive support')[0]?.key).toBe('ESN');
    // "autism" is a disability too: the picker lists only authorizations.
    expect(searchAuthorizations('autism').length).toBeGreaterThan(0);
    expect(searchAuthorizations('autism').every((o) => o.key !== '320')).toBe(true);
    expect(searchAuthorizations('')).toEqual([]);
    expect(searchAuthorizations('zzzz')).toEqual([]);
  });

  it('labels a held authorization by the catalog name, or its own text', () => {
    expect(heldLabel({ key: 'MMSN' })).toBe('Mild to Moderate Support Needs (MMSN)');
    expect(heldLabel({ text: 'Basket Weaving' })).toBe('Basket Weaving');
  });
});

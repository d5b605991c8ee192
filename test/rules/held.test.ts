import { describe, expect, it } from 'vitest';
import { resolveHeld } from '../../src/rules/held';

const AS_OF = '2026-01-15';
const one = (auths: Parameters<typeof resolveHeld>[0], key: string) =>
  resolveHeld(auths, AS_OF).find((h) => h.row?.key === key);

describe('era inference from issue dates (§9.5)', () => {
  it.each([
    ['2010-06-25', 'level', ['MM-L']],
    ['2010-06-26', 'unknown', ['MM-L', 'MM-PC']],
    ['2013-12-31', 'unknown', ['MM-L', 'MM-PC']],
    ['2014-01-01', 'pc', ['MM-PC']],
    [undefined, 'unknown', ['MM-L', 'MM-PC']],
  ])('R3MM issued %s → %s', (issued, era, variants) => {
    const h = one([{ text: 'R3MM', ...(issued ? { issued } : {}) }], 'MM');
    expect(h?.era).toBe(era);
    expect(h?.variants).toEqual(variants);
  });

  it('an explicit era in the spelling wins', () => {
    expect(
      one([{ text: 'Mild/Moderate Level II', issued: '2012-01-01' }], 'MM-L')?.variants,
    ).toEqual(['MM-L']);
  });

  it('DHH takes its era from the issue date', () => {
    expect(one([{ key: 'DHH', issued: '2019-01-01' }], 'DHH')?.era).toBe('pc');
    expect(one([{ key: 'DHH', issued: '2001-01-01' }], 'DHH')?.era).toBe('level');
  });

  it('ECSE by name: 2022 structure from July 1, 2022', () => {
    expect(
      one([{ text: 'Early Childhood Special Education', issued: '2022-07-01' }], 'ECSE-ANY')
        ?.variants,
    ).toEqual(['ECSE']);
    expect(
      one([{ text: 'Early Childhood Special Education', issued: '2015-01-01' }], 'ECSE-ANY')
        ?.variants,
    ).toEqual(['ECSE-OLD']);
  });
});

describe('validity (§6, §9.6, §9.8)', () => {
  it('valid through the expiry date', () => {
    expect(one([{ key: 'MMSN', expires: AS_OF }], 'MMSN')?.validity).toEqual({
      state: 'valid',
      until: AS_OF,
    });
    expect(one([{ key: 'MMSN', expires: '2026-01-14' }], 'MMSN')?.validity.state).toBe('expired');
  });

  it('not yet valid when issued after the check date', () => {
    expect(one([{ key: 'MMSN', issued: '2026-01-16' }], 'MMSN')?.validity.state).toBe('not-yet');
  });

  it('added authorization: no prerequisite → no-prerequisite', () => {
    expect(one([{ key: 'AAAS' }], 'AAAS')?.validity.state).toBe('no-prerequisite');
    // A services credential is not a special education teaching credential.
    expect(one([{ key: 'AAAS' }, { key: 'SLP' }], 'AAAS')?.validity.state).toBe('no-prerequisite');
  });

  it('added authorization: void when every prerequisite expired, ending with the latest', () => {
    const h = one(
      [
        { key: 'AAAS' },
        { key: 'MM-L', expires: '2024-05-01' },
        { key: 'LH', expires: '2023-01-01' },
      ],
      'AAAS',
    );
    expect(h?.validity).toEqual({ state: 'expired', until: '2024-05-01', cause: 'prerequisite' });
  });

  it('added authorization: valid until the earlier of its own end and its best prerequisite', () => {
    const h = one(
      [
        { key: 'AAAS', expires: '2029-01-01' },
        { key: 'MM-L', expires: '2027-01-01' },
        { key: 'ESN', expires: '2028-01-01' },
      ],
      'AAAS',
    );
    expect(h?.validity).toEqual({ state: 'valid', until: '2028-01-01' });
    expect(h?.ages?.from).toBe('TK');
  });

  it('added authorization with a prerequisite of unknown ages: ages not checked', () => {
    expect(one([{ key: 'AAAS' }, { key: 'LH' }], 'AAAS')?.ages).toBeNull();
  });

  it('APE with only a PE credential: valid, but on an unconfirmed prerequisite', () => {
    const h = one([{ key: 'APE' }, { text: 'Single Subject: Physical Education' }], 'APE');
    expect(h?.validity.state).toBe('valid');
    expect(h?.prerequisiteStatus).toBe('unconfirmed');
  });

  it('SEEC is the ECSE added authorization and needs a prerequisite; ECSE alone does not', () => {
    expect(one([{ text: 'SEEC' }], 'ECSE')?.validity.state).toBe('no-prerequisite');
    expect(one([{ key: 'ECSE' }], 'ECSE')?.validity.state).toBe('valid');
  });

  it('unrecognised text is kept, unresolved', () => {
    const [h] = resolveHeld([{ text: 'Basket Weaving' }], AS_OF);
    expect(h?.row).toBeNull();
  });
});

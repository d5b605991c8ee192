import { describe, expect, it } from 'vitest';
import { resolveAuthorizationDetail } from '../../src/rules/authorization-text';
import { AUTHORIZATIONS, REFERENCE_KEYS } from '../../src/rules/data/authorizations';
import { DISABILITIES } from '../../src/rules/data/disabilities';
import { SERVICES } from '../../src/rules/data/services';
import { SOURCES } from '../../src/rules/data/sources';
import { parseDisability, parseServiceCode } from '../../src/rules/normalize';

const REFERENCE_SECTION_3 = [
  'MMSN',
  'ESN',
  'ECSE',
  'ECSE-OLD',
  'DHH',
  'VI',
  'MM-PC',
  'MM-L',
  'MS-PC',
  'MS-L',
  'PHI',
  'LAD',
  'LH',
  'SH',
  'CH',
  'PH',
  'VH',
  'AAAS',
  'AADB',
  'AAED',
  'AAOH',
  'AAOI',
  'AATB',
  'RSAA',
  'APE',
  'SLP',
  'SLP-SCA',
  'AUD',
  'OM',
  'PPS-SP',
  'PPS-SC',
  'PPS-SW',
  'NURSE',
];

describe('authorization table', () => {
  it('has every key of REFERENCE §3a/3b/3c, and only those as reference keys', () => {
    expect([...REFERENCE_KEYS].sort()).toEqual([...REFERENCE_SECTION_3].sort());
  });

  it('every row carries a known source and a status; keys are unique', () => {
    const keys = AUTHORIZATIONS.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of AUTHORIZATIONS) {
      expect(Object.keys(SOURCES)).toContain(a.source);
      expect(['confirmed', 'secondary', 'unconfirmed']).toContain(a.status);
      for (const c of a.covers) {
        expect(['confirmed', 'secondary', 'unconfirmed']).toContain(c.status);
        if (c.source) expect(Object.keys(SOURCES)).toContain(c.source);
      }
    }
  });

  it('a category it does not cover is never also covered, and is a real category', () => {
    const codes = new Set(DISABILITIES.map((d) => d.code));
    for (const a of AUTHORIZATIONS)
      for (const code of a.notCovered ?? []) {
        expect(codes.has(code), `${a.key} ${code}`).toBe(true);
        expect(
          a.covers.some((c) => c.code === code),
          `${a.key} both covers and does not cover ${code}`,
        ).toBe(false);
      }
  });

  it('every name, synonym and CTC code resolves back to its own row', () => {
    for (const a of AUTHORIZATIONS) {
      for (const text of [a.key, a.name, ...a.synonyms, ...a.ctcCodes]) {
        expect(resolveAuthorizationDetail(text)?.key, `${text} → ${a.key}`).toBe(a.key);
      }
    }
  });

  it('covers only CALPADS disability codes (or the U wildcard)', () => {
    const codes = new Set(DISABILITIES.map((d) => d.code));
    for (const a of AUTHORIZATIONS)
      for (const c of a.covers) expect(c.code === '*' || codes.has(c.code)).toBe(true);
  });

  it('wildcard coverage is always unconfirmed, except permits (§6)', () => {
    for (const a of AUTHORIZATIONS) {
      for (const c of a.covers)
        if (c.code === '*' && a.kind !== 'permit') expect(c.status).toBe('unconfirmed');
    }
  });

  it('era-generic rows point at real rows', () => {
    for (const a of AUTHORIZATIONS.filter((r) => r.variants)) {
      for (const v of a.variants ?? [])
        expect(AUTHORIZATIONS.some((r) => r.key === v.key)).toBe(true);
    }
  });

  it('REFERENCE facts that tests elsewhere rely on', () => {
    const row = (k: string) => AUTHORIZATIONS.find((a) => a.key === k);
    expect(row('MM-L')?.covers.map((c) => c.code)).not.toContain('320');
    expect(row('MM-PC')?.covers.map((c) => c.code)).toContain('320');
    expect(row('ECSE')?.covers.find((c) => c.code === '280')?.status).toBe('secondary');
    expect(row('ECSE')?.covers.find((c) => c.code === '270')?.status).toBe('secondary');
    expect(row('ECSE')?.covers.map((c) => c.code)).not.toContain('300');
    expect(row('ECSE-OLD')?.covers.map((c) => c.code)).not.toContain('270');
    expect(row('ECSE-OLD')?.covers.find((c) => c.code === '300')?.status).toBe('unconfirmed');
    expect(row('ESN')?.covers.find((c) => c.code === '290')?.status).toBe('unconfirmed');
    expect(row('MMSN')?.covers.map((c) => c.code)).not.toContain('240');
    expect(row('LAD')?.covers.find((c) => c.code === '320')?.status).toBe('confirmed');
    expect(row('MMSN')?.covers.map((c) => c.code)).not.toContain('300');
    expect(row('ESN')?.covers.map((c) => c.code)).toContain('300');
    expect(row('LH')?.resourceRoom).toBe(false);
  });
});

describe('service table', () => {
  it('the providers a service names hold it in their own rows, both ways', () => {
    for (const s of SERVICES) {
      const holders = AUTHORIZATIONS.filter((a) => a.services.some((x) => x.code === s.code))
        .map((a) => a.key)
        .sort();
      const named = s.requirement.kind === 'authorization' ? [...s.requirement.keys].sort() : [];
      expect(holders, s.code).toEqual(named);
    }
  });

  it('instruction codes are exactly 330, 340, 350', () => {
    expect(SERVICES.filter((s) => s.instruction).map((s) => s.code)).toEqual(['330', '340', '350']);
  });

  it('OT and PT are licensed services with no CTC requirement', () => {
    for (const code of ['450', '460'])
      expect(SERVICES.find((s) => s.code === code)?.requirement).toEqual({
        kind: 'none',
        licensed: true,
      });
  });

  it('names and synonyms parse back to their code', () => {
    for (const s of SERVICES)
      for (const t of [s.code, s.name, ...s.synonyms]) expect(parseServiceCode(t), t).toBe(s.code);
  });

  it('only low-incidence disabilities are "addressed"', () => {
    const low = new Set(DISABILITIES.filter((d) => d.lowIncidence).map((d) => d.code));
    for (const s of SERVICES) for (const c of s.addresses) expect(low.has(c)).toBe(true);
  });
});

describe('disability table', () => {
  it('low incidence is exactly 220, 230, 250, 270, 300 (EC 56026.5)', () => {
    expect(DISABILITIES.filter((d) => d.lowIncidence).map((d) => d.code)).toEqual([
      '220',
      '230',
      '250',
      '270',
      '300',
    ]);
  });

  it('every spelling parses back to its code', () => {
    for (const d of DISABILITIES) {
      for (const t of [
        d.code,
        d.name,
        d.abbreviation,
        ...d.synonyms,
        `${d.code} - ${d.name}`,
        `${d.name} (${d.abbreviation})`,
      ]) {
        expect(parseDisability(t), t).toBe(d.code);
      }
    }
  });
});

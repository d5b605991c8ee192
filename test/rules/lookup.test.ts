import { describe, expect, it } from 'vitest';
import { lookupCredential, lookupDisability, searchCatalog } from '../../src/rules/lookup';

const keys = (r: ReturnType<typeof lookupDisability>) => r?.instruction.map((i) => i.key).sort();
const conditionsOf = (r: ReturnType<typeof lookupDisability>, key: string) =>
  r?.instruction.find((i) => i.key === key)?.conditions.join(' | ') ?? '';

describe('lookupDisability', () => {
  it('lists every authorization that covers autism, with its conditions', () => {
    const r = lookupDisability('320');
    expect(r?.disability).toEqual({ code: '320', name: 'Autism', lowIncidence: false });
    expect(keys(r)).toEqual(
      [
        'AAAS',
        'CH',
        'DHH',
        'ECSE',
        'ECSE-OLD',
        'ESN',
        'LAD',
        'MM-PC',
        'MMSN',
        'MS-L',
        'MS-PC',
        'PHI',
        'SH',
        'SLP-SCA',
        'VI',
      ].sort(),
    );
    // Level I/II Mild/Moderate does not cover autism without AAAS.
    expect(keys(r)).not.toContain('MM-L');
    expect(conditionsOf(r, 'DHH')).toMatch(/also has Deaf, Hard of Hearing or Deaf-Blindness/);
    expect(conditionsOf(r, 'DHH')).toMatch(/Preliminary\/Clear/);
    expect(conditionsOf(r, 'VI')).toMatch(/also has Visual Impairment or Deaf-Blindness/);
    expect(conditionsOf(r, 'PHI')).toMatch(/Preliminary\/Clear/);
    expect(conditionsOf(r, 'MMSN')).toMatch(/support needs are mild to moderate/);
    expect(conditionsOf(r, 'AAAS')).toMatch(/prerequisite/);
    expect(conditionsOf(r, 'LAD')).toMatch(/unconfirmed/);
    expect(conditionsOf(r, 'ECSE')).toMatch(/birth through kindergarten/);
    expect(conditionsOf(r, 'MM-PC')).toMatch(/Preliminary\/Clear/);
    expect(r?.alternatePlacementNote).toBeUndefined();
  });

  it('accepts names and "code - name"', () => {
    expect(lookupDisability('Autism')?.disability.code).toBe('320');
    expect(lookupDisability('290 - Specific Learning Disability')?.disability.code).toBe('290');
    expect(lookupDisability('330')?.disability.name).toBe('Traumatic Brain Injury');
    expect(lookupDisability('nonsense')).toBeNull();
  });

  it('filters by grade, keeping unknown ages annotated', () => {
    const k = lookupDisability('320', { grade: 'K' });
    expect(keys(k)).toContain('ECSE');
    expect(keys(k)).not.toContain('ECSE-OLD');
    expect(keys(k)).toContain('MMSN');
    expect(conditionsOf(k, 'PHI')).toMatch(/ages not confirmed/);
    const ps = lookupDisability('Autism', { grade: 'Preschool' });
    expect(keys(ps)).toEqual(expect.arrayContaining(['ECSE', 'ECSE-OLD', 'DHH', 'VI']));
    expect(keys(ps)).not.toContain('MMSN');
    expect(keys(ps)).not.toContain('ESN');
  });

  it('covers the low-incidence note and the deaf-blind rows', () => {
    const r = lookupDisability('DB');
    expect(r?.disability.lowIncidence).toBe(true);
    expect(keys(r)).toEqual(expect.arrayContaining(['DHH', 'VI', 'ESN', 'MS-PC', 'MS-L', 'AADB']));
    expect(keys(r)).not.toContain('MMSN');
    expect(r?.alternatePlacementNote).toMatch(/alternate placement/);
  });

  it('TBI: MMSN, ESN, PHI, AATB; not Level I/II Mild/Moderate; ECSE only unconfirmed', () => {
    const r = lookupDisability('TBI');
    expect(keys(r)).toEqual(expect.arrayContaining(['MMSN', 'ESN', 'PHI', 'AATB', 'ECSE']));
    expect(keys(r)).not.toContain('MM-L');
    expect(r?.instruction.find((i) => i.key === 'ECSE')?.status).toBe('unconfirmed');
  });

  it('gives the best-practice case manager from the services', () => {
    expect(lookupDisability('240', { services: ['415'] })?.bestPracticeCaseManager).toBe(
      'Speech-Language Pathologist',
    );
    expect(
      lookupDisability('290', { services: ['330', '415'], placement: 'RSP' })
        ?.bestPracticeCaseManager,
    ).toBe('RSP teacher');
    expect(
      lookupDisability('280', { services: ['330', '460'], placement: 'SDC' })
        ?.bestPracticeCaseManager,
    ).toBe('SDC teacher');
    expect(lookupDisability('290', { services: ['330'] })?.bestPracticeCaseManager).toMatch(
      /SDC teacher.*RSP teacher/,
    );
    expect(lookupDisability('290', { services: ['450'] })?.bestPracticeCaseManager).toBeNull();
    expect(lookupDisability('290')?.bestPracticeCaseManager).toBeNull();
  });
});

describe('lookupCredential', () => {
  it('by key, CTC code or name', () => {
    for (const q of ['MMSN', 'R3MN', 'Mild to Moderate Support Needs']) {
      const r = lookupCredential(q);
      expect(r?.key).toBe('MMSN');
      expect(r?.kind).toBe('specialty');
      expect(r?.ctcCodes).toEqual(['R3MN', 'R3BM']);
      expect(r?.disabilities.map((d) => d.code)).toContain('290');
      expect(r?.ages).toMatch(/TK/);
      expect(r?.source).toMatch(/https:\/\//);
    }
    expect(lookupCredential('nothing at all')).toBeNull();
  });

  it('describes an added authorization and its prerequisite', () => {
    const r = lookupCredential('Autism Spectrum Disorders');
    expect(r?.key).toBe('AAAS');
    expect(r?.kind).toBe('added');
    expect(r?.disabilities).toEqual([
      { code: '320', name: 'Autism', status: 'confirmed', conditions: [] },
    ]);
    expect(r?.prerequisites.join(' ')).toMatch(/special education teaching credential/);
  });

  it('describes services credentials', () => {
    const slp = lookupCredential('Speech-Language Pathology');
    expect(slp?.services.map((s) => s.code)).toEqual(['415']);
    expect(slp?.disabilities).toEqual([]);
    expect(lookupCredential('PPS-SP')?.services.map((s) => s.code)).toEqual(['530', '510', '515']);
    expect(lookupCredential('APE')?.prerequisites.join(' ')).toMatch(
      /Physical Education.*unconfirmed/,
    );
  });

  it('an era-generic code says which era covers what', () => {
    const r = lookupCredential('R3MM');
    expect(r?.key).toBe('MM');
    expect(r?.variants).toEqual(['MM-L', 'MM-PC']);
    const aut = r?.disabilities.find((d) => d.code === '320');
    expect(aut?.conditions.join(' ')).toMatch(/Preliminary\/Clear.*2014-01-01 or later/);
    const sld = r?.disabilities.find((d) => d.code === '290');
    expect(sld?.conditions).toEqual([]);
  });
});

describe('searchCatalog', () => {
  it('finds codes, keys, abbreviations and names, best first', () => {
    expect(searchCatalog('320')[0]).toMatchObject({ kind: 'disability', id: '320' });
    expect(searchCatalog('aut')[0]).toMatchObject({ kind: 'disability', id: '320' });
    expect(searchCatalog('MMSN')[0]).toMatchObject({ kind: 'authorization', id: 'MMSN' });
    expect(searchCatalog('R3MM')[0]).toMatchObject({ kind: 'authorization', id: 'MM' });
    expect(searchCatalog('mild').map((h) => h.id)).toEqual(expect.arrayContaining(['MMSN', 'MM']));
    expect(searchCatalog('speech').map((h) => h.id)).toEqual(
      expect.arrayContaining(['240', 'SLP', '415']),
    );
    expect(searchCatalog('330').map((h) => `${h.kind}:${h.id}`)).toEqual(
      expect.arrayContaining(['disability:330', 'service:330']),
    );
  });

  it('is empty for an empty query and respects the limit', () => {
    expect(searchCatalog('  ')).toEqual([]);
    expect(searchCatalog('e', 3)).toHaveLength(3);
  });
});

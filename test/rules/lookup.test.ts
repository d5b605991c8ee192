import { describe, expect, it } from 'vitest';
import { DISABILITIES } from '../../src/rules/data/disabilities';
import {
  describeCredential,
  describeDisability,
  lookupCredential,
  lookupDisability,
  searchCatalog,
  searchKind,
} from '../../src/rules/lookup';

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
    // LAD's autism coverage is confirmed (CTC, adding a full specialty area), with its ages.
    expect(r?.instruction.find((i) => i.key === 'LAD')?.status).toBe('confirmed');
    expect(conditionsOf(r, 'LAD')).toMatch(/preschool, K–12 and adults to age 22/);
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

  it('TBI: MMSN, ESN, PHI, AATB; not Level I/II Mild/Moderate; ECSE from a secondary source', () => {
    const r = lookupDisability('TBI');
    expect(keys(r)).toEqual(expect.arrayContaining(['MMSN', 'ESN', 'PHI', 'AATB', 'ECSE']));
    expect(keys(r)).not.toContain('MM-L');
    expect(r?.instruction.find((i) => i.key === 'ECSE')?.status).toBe('secondary');
    expect(r?.instruction.find((i) => i.key === 'ECSE-OLD')?.status).toBe('secondary');
  });

  it('SLI: only SLP with the Special Class Authorization is confirmed; LAD and ECSE need review', () => {
    const r = lookupDisability('240');
    const status = (k: string) => r?.instruction.find((i) => i.key === k)?.status;
    expect(status('SLP-SCA')).toBe('confirmed');
    expect(status('LAD')).toBe('unconfirmed');
    expect(status('ECSE')).toBe('unconfirmed');
    for (const k of ['MMSN', 'ESN', 'MM-PC', 'MM-L', 'MS-PC', 'MS-L', 'PHI', 'DHH', 'VI']) {
      expect(keys(r), k).not.toContain(k);
    }
  });

  it('ESN: orthopedic, other health and learning disabilities are not confirmed', () => {
    for (const code of ['270', '280', '290']) {
      const esn = lookupDisability(code)?.instruction.find((i) => i.key === 'ESN');
      expect(esn?.status, code).toBe('unconfirmed');
      expect(esn?.conditions.join(' '), code).toMatch(/unconfirmed/);
    }
    expect(lookupDisability('320')?.instruction.find((i) => i.key === 'ESN')?.status).toBe(
      'confirmed',
    );
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

describe('searchKind', () => {
  const ids = (kind: Parameters<typeof searchKind>[0], q: string, limit?: number) =>
    searchKind(kind, q, limit).map((h) => h.id);

  it('finds a disability by code, abbreviation, name or synonym', () => {
    for (const q of ['320', 'AUT', 'aut', 'autism', 'Autism Spectrum Disorder', 'ASD']) {
      expect(ids('disability', q)[0], q).toBe('320');
    }
    expect(ids('disability', 'deaf')).toEqual(['230', '300']);
    expect(ids('disability', 'hearing')).toEqual(['220']);
    expect(ids('disability', 'DB')[0]).toBe('300');
    expect(searchKind('disability', 'aut').every((h) => h.kind === 'disability')).toBe(true);
  });

  it('applies the limit to its own kind, where searchCatalog shares it across kinds', () => {
    // "speech" names a disability, authorizations and a service: the mixed search may crowd
    // out services, the popup's service picker must not be.
    expect(ids('service', 'speech')).toEqual(['415']);
    expect(ids('authorization', 'speech', 2)).toHaveLength(2);
    expect(ids('disability', 'i', 3)).toHaveLength(3);
  });

  it('ranks exact keys and CTC codes first, and the current structure before older ones', () => {
    expect(ids('authorization', 'MMSN')[0]).toBe('MMSN');
    expect(ids('authorization', 'R3MN')[0]).toBe('MMSN');
    expect(ids('authorization', 'R3MM')[0]).toBe('MM');
    expect(ids('authorization', 'Mild to Moderate Support Needs')[0]).toBe('MMSN');
    // Equal scores keep REFERENCE order: 2022 first, then Preliminary/Clear, then Level I/II.
    expect(ids('authorization', 'mild')).toEqual(['MMSN', 'MM-PC', 'MM-L', 'MM']);
    expect(ids('authorization', 'moderate/severe').slice(0, 3)).toEqual(['MS', 'MS-PC', 'MS-L']);
  });

  it('lists the general credentials too, which the mixed search leaves out', () => {
    expect(ids('authorization', 'multiple subject')).toContain('MULTIPLE-SUBJECT');
    expect(searchCatalog('multiple subject').map((h) => h.id)).not.toContain('MULTIPLE-SUBJECT');
  });

  it('lists the whole table, in order, for an empty query', () => {
    expect(ids('disability', '', 100)).toEqual(DISABILITIES.map((d) => d.code));
    expect(ids('service', ' ', 3)).toEqual(['330', '340', '350']);
  });

  it('offers only authorizations the credential lookup resolves to the same key', () => {
    for (const hit of searchKind('authorization', '', 500)) {
      expect(lookupCredential(hit.id)?.key, hit.id).toBe(hit.id);
    }
  });

  it('leaves searchCatalog as it was', () => {
    expect(searchCatalog('mild').map((h) => h.id)).toEqual(['MM', 'MM-L', 'MM-PC', 'MMSN']);
    expect(searchCatalog('')).toEqual([]);
  });
});

describe('describeDisability', () => {
  it('is lookupDisability with each authorization’s kind, in the same order', () => {
    for (const d of DISABILITIES) {
      const opts = { grade: '3', services: ['330', '415'], placement: 'RSP' };
      const base = lookupDisability(d.code, opts);
      const detail = describeDisability(d.code, opts);
      expect(detail?.instruction.map(({ kind: _, ...entry }) => entry)).toEqual(base?.instruction);
      expect(detail?.alternatePlacementNote).toBe(base?.alternatePlacementNote);
      expect(detail?.bestPracticeCaseManager).toBe(base?.bestPracticeCaseManager);
    }
    const aut = describeDisability('320');
    expect(aut?.instruction.find((i) => i.key === 'AAAS')?.kind).toBe('added');
    expect(aut?.instruction.find((i) => i.key === 'SH')?.kind).toBe('ryan');
    expect(aut?.instruction.find((i) => i.key === 'MMSN')?.kind).toBe('specialty');
    expect(describeDisability('nonsense')).toBeNull();
  });

  it('names the services it was given as the engine reads them, and the CTC source', () => {
    const r = describeDisability('240', { services: ['415', 'Speech', 'nonsense', '330'] });
    expect(r?.services).toEqual([
      { code: '415', name: 'Language and Speech' },
      { code: '330', name: 'Specialized Academic Instruction' },
    ]);
    expect(r?.source).toMatch(/Case Management.*https:\/\/www\.ctc\.ca\.gov/);
    expect(r?.coordinatorNote).toMatch(/only coordinates/);
  });

  it('gives the best-practice case manager the engine’s rule recommends', () => {
    expect(describeDisability('240', { services: ['415'] })?.bestPracticeCaseManager).toBe(
      'Speech-Language Pathologist',
    );
    expect(
      describeDisability('280', { services: ['460', '330'], placement: 'SDC' })
        ?.bestPracticeCaseManager,
    ).toBe('SDC teacher');
    expect(describeDisability('290', { services: ['450'] })?.bestPracticeCaseManager).toBeNull();
  });

  it('notes the alternate placement for low-incidence disabilities only', () => {
    for (const code of ['220', '230', '250', '270', '300']) {
      expect(describeDisability(code)?.alternatePlacementNote, code).toMatch(
        /secondary disability/,
      );
    }
    expect(describeDisability('230')?.alternatePlacementNote).toMatch(/Audiological Services/);
    expect(describeDisability('320')?.alternatePlacementNote).toBeUndefined();
  });
});

describe('describeCredential', () => {
  it('is lookupCredential with the era', () => {
    const r = describeCredential('MMSN');
    const { era, eraVariants, ...base } = r ?? { era: null, eraVariants: [] };
    expect(base).toEqual(lookupCredential('MMSN'));
    expect(era).toBe('2022');
    expect(eraVariants).toEqual([]);
    expect(describeCredential('MM-L')?.era).toBe('level');
    expect(describeCredential('MS-PC')?.era).toBe('pc');
    expect(describeCredential('LH')?.era).toBe('ryan');
    expect(describeCredential('DHH')?.era).toBe('by-issue-date');
    expect(describeCredential('AAAS')?.era).toBeNull();
    expect(describeCredential('nothing at all')).toBeNull();
  });

  it('says which row an era-generic code is, by issue date', () => {
    expect(describeCredential('R3MM')?.eraVariants).toEqual([
      { key: 'MM-L', name: 'Mild/Moderate Disabilities (Level I/II)', issuedBefore: '2010-06-26' },
      {
        key: 'MM-PC',
        name: 'Mild/Moderate Disabilities (Preliminary/Clear)',
        issuedOnOrAfter: '2014-01-01',
      },
    ]);
  });
});

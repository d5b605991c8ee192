import { describe, expect, it } from 'vitest';
import { interpretService, serviceValue } from '../../src/scrape/interpret';
import type { SnapshotService } from '../../src/scrape/snapshot';
import {
  dateRange,
  disabilityValue,
  isAgency,
  isoDate,
  isPlaceholder,
  personName,
  providerText,
  serviceText,
  textValue,
  tidyService,
  yesNo,
} from '../../src/scrape/values';

describe('disabilityValue (330 = TBI in this field)', () => {
  it.each([
    ['290', '290'],
    ['SLD', '290'],
    ['Specific Learning Disability', '290'],
    ['290 - SLD', '290'],
    ['290 – Specific Learning Disability', '290'],
    ['Specific Learning Disability (SLD)', '290'],
    ['290 Specific Learning Disability', '290'],
    ['Autism (AUT)', '320'],
    ['330', '330'],
    ['Traumatic Brain Injury', '330'],
    ['  Other\u00a0Health  Impairment ', '280'],
  ])('%s → %s', (text, code) => {
    expect(disabilityValue(text)?.code).toBe(code);
  });

  it('keeps the value as shown for the label, collapsed', () => {
    expect(disabilityValue(' 290  -  SLD ')).toEqual({ code: '290', label: '290 - SLD' });
  });

  it('gives an empty code when it cannot tell, and null for nothing', () => {
    expect(disabilityValue('290 - Autism')).toEqual({ code: '', label: '290 - Autism' });
    expect(disabilityValue('Eligible')).toEqual({ code: '', label: 'Eligible' });
    expect(disabilityValue('')).toBeNull();
    expect(disabilityValue('-- Select --')).toBeNull();
    expect(disabilityValue('N/A')).toBeNull();
  });
});

describe('personName', () => {
  it.each([
    ['1234 – Lee, Dana', 'Lee, Dana'],
    ['#1234 Lee, Dana', 'Lee, Dana'],
    ['1234 - Dana Lee', 'Dana Lee'],
    ['Lee, Dana - 1234', 'Lee, Dana'],
    ['Smith, Ana (Teacher of Record)', 'Smith, Ana'],
    ['Smith, Ana [SLP]', 'Smith, Ana'],
    ['Lee, Dana <dlee@example.org>', 'Lee, Dana'],
    ['Dana Lee', 'Dana Lee'],
    ['  Lee,\u00a0Dana ', 'Lee, Dana'],
    ['García-López, María José', 'García-López, María José'],
  ])('%s → %s', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  it.each([
    '',
    'Not Assigned',
    'Unassigned',
    '-- Select --',
    'TBD',
    'N/A',
    'Yes',
    'Lee',
    '08/15/2025',
    '100 District of Service',
    '400 – ABC Therapy Inc',
    'the teacher who writes and manages the IEP of the student',
    '{{student.caseManager}}',
  ])('%j is not a name', (text) => {
    expect(personName(text)).toBeNull();
  });
});

describe('providers', () => {
  it('keeps an agency as shown, code included; a person without staff number', () => {
    expect(isAgency('400 – ABC Therapy Inc')).toBe(true);
    expect(isAgency('100 District of Service')).toBe(true);
    expect(isAgency('Lee, Dana')).toBe(false);
    expect(isAgency('Lee, Dana (Speech Therapy)')).toBe(false);
    expect(providerText('400 – ABC Therapy Inc')).toBe('400 – ABC Therapy Inc');
    expect(providerText('1234 – Lee, Dana')).toBe('Lee, Dana');
    expect(providerText('Speech-Language Pathologist')).toBe('Speech-Language Pathologist');
    expect(providerText('SLP')).toBe('SLP');
    expect(providerText(' -- ')).toBeUndefined();
  });
});

describe('serviceValue (330 = SAI in this field)', () => {
  it.each([
    [
      '330 - Specialized Academic Instruction',
      '',
      { code: '330', name: 'Specialized Academic Instruction' },
    ],
    [
      '#1 330 Specialized Academic Instruction',
      '',
      { code: '330', name: 'Specialized Academic Instruction' },
    ],
    ['330', '', { code: '330', name: 'Specialized Academic Instruction' }],
    ['Language and Speech (415)', '', { code: '415', name: 'Language and Speech' }],
    ['Occupational Therapy', '', { code: '450', name: 'Occupational Therapy' }],
    ['', '510', { code: '510', name: 'Individual Counseling' }],
    ['Counseling', '510', { code: '510', name: 'Counseling' }],
    ['Resource Specialist Program', '', { name: 'Resource Specialist Program' }],
  ])('%j + code %j', (text, code, expected) => {
    expect(serviceValue(text, code)).toEqual(expected);
  });

  it('gives null for no service', () => {
    expect(serviceValue('')).toBeNull();
    expect(serviceValue('No records found')?.name).toBe('No records found');
    expect(serviceValue('--', '')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['08/15/2025', '2025-08-15'],
    ['8/5/25', '2025-08-05'],
    ['2025-08-15', '2025-08-15'],
    ['2025-08-15T00:00:00', '2025-08-15'],
    ['Ongoing', 'Ongoing'],
    ['02/30/2025', '02/30/2025'],
  ])('isoDate(%j) → %j', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it.each([
    ['02/06/2025 - 02/05/2026', { start: '2025-02-06', end: '2026-02-05' }],
    ['02/06/2025 – 02/05/2026', { start: '2025-02-06', end: '2026-02-05' }],
    ['2/6/25-2/5/26', { start: '2025-02-06', end: '2026-02-05' }],
    ['2025-02-06 to 2026-02-05', { start: '2025-02-06', end: '2026-02-05' }],
    ['2025-02-06–2026-02-05', { start: '2025-02-06', end: '2026-02-05' }],
    ['08/15/2025 - ', { start: '2025-08-15' }],
    ['08/15/2025 - Present', { start: '2025-08-15', end: 'Present' }],
  ])('dateRange(%j)', (text, range) => {
    expect(dateRange(text)).toEqual(range);
  });

  it('gives null for a text that is not a range of dates', () => {
    expect(dateRange('Resource - Room')).toBeNull();
    expect(dateRange('08/15/2025')).toBeNull();
  });
});

describe('other values', () => {
  it('reads yes/no', () => {
    expect(yesNo('Yes')).toBe(true);
    expect(yesNo('Y')).toBe(true);
    expect(yesNo('Yes - documented')).toBe(true);
    expect(yesNo('No')).toBe(false);
    expect(yesNo('none')).toBe(false);
    expect(yesNo('Maybe')).toBeNull();
  });

  it('tells placeholders', () => {
    for (const t of ['', ' ', '-', '—', 'N/A', '-- Select --', 'Select One', '{{x}}', '...']) {
      expect(isPlaceholder(t), t).toBe(true);
    }
    for (const t of ['RSP', 'Lee, Dana', '5', 'Selected Services']) {
      expect(isPlaceholder(t), t).toBe(false);
    }
  });

  it('bounds text at the message limit', () => {
    expect(textValue('x'.repeat(2000))).toHaveLength(500);
  });

  it('reads a service as shown in the page, naming it only outside', () => {
    expect(serviceText('  #1 330   Specialized Academic Instruction ', ' 330 ')).toEqual({
      code: '330',
      name: '#1 330 Specialized Academic Instruction',
    });
    expect(serviceText('-- Select --', '')).toBeNull();
    expect(serviceText('', '415')).toEqual({ code: '415', name: '' });
    expect(tidyService({ name: '415 - Language and Speech', minutesPerWeek: 60 })).toEqual({
      name: '415 - Language and Speech',
      minutesPerWeek: 60,
    });
  });

  it('keeps a three-digit code the list does not know, and drops other unknown codes', () => {
    expect(interpretService({ name: 'Mystery service', code: '999' })).toEqual({
      code: '999',
      name: 'Mystery service',
    });
    expect(interpretService({ name: 'Mystery service', code: 'ABC' })).toEqual({
      name: 'Mystery service',
    });
  });

  it('normalises an adapter service, keeping fields it does not know', () => {
    const normaliseService = (s: SnapshotService) => {
      const shown = tidyService(s);
      return shown && interpretService(shown);
    };
    const service: SnapshotService = {
      name: '415 - Language and Speech',
      start: '9/2/2025',
      minutesPerWeek: 1e9,
      status: 'active',
    };
    expect(normaliseService(service)).toEqual({
      code: '415',
      name: 'Language and Speech',
      start: '2025-09-02',
      status: 'active',
    });
    expect(normaliseService({ name: '' })).toBeNull();
    expect(normaliseService({ name: 'OT', status: 'bogus' as 'active' })).toEqual({
      code: '450',
      name: 'OT',
    });
  });
});

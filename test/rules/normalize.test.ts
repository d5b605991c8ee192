import { describe, expect, it } from 'vitest';
import {
  resolveAuthorization,
  resolveAuthorizationDetail,
} from '../../src/rules/authorization-text';
import {
  normalizeGrade,
  parseDate,
  parseDisability,
  parseServiceCode,
} from '../../src/rules/normalize';

describe('parseDisability', () => {
  it.each([
    ['290', '290'],
    ['SLD', '290'],
    ['sld', '290'],
    ['Specific Learning Disability', '290'],
    ['290 - Specific Learning Disability', '290'],
    ['290 – Specific Learning Disability', '290'],
    ['Specific Learning Disability (SLD)', '290'],
    ['290 SLD', '290'],
    ['290-SLD', '290'],
    ['SLD (290)', '290'],
    ['AUT - Autism', '320'],
    ['Autism', '320'],
    ['330', '330'],
    ['330 - Traumatic Brain Injury', '330'],
    ['TBI', '330'],
    ['Mental Retardation', '210'],
    ['MR', '210'],
    ['Hearing Impairment', '220'],
    ['Serious Emotional Disturbance', '260'],
    ['Multiple Disability', '310'],
    ['Deaf-Blindness', '300'],
    ['Deaf Blindness (DB)', '300'],
    ['Deaf', '230'],
    ['Speech/Language Impairment', '240'],
    ['Speech or Language Impairment', '240'],
    ['Established Medical Disability', '281'],
    ['  Visual Impairment  ', '250'],
  ])('%s → %s', (text, code) => {
    expect(parseDisability(text)).toBe(code);
  });

  it.each([
    '',
    '   ',
    '999',
    '290 - Autism',
    'Specific Learning Disability (AUT)',
    'Speech',
    'Something else',
    '415',
  ])('%s → null', (text) => {
    expect(parseDisability(text)).toBeNull();
  });
});

describe('parseServiceCode', () => {
  it.each([
    ['330 - Specialized Academic Instruction', '330'],
    ['330', '330'],
    ['415', '415'],
    ['Language and Speech', '415'],
    ['Speech', '415'],
    ['415 - Language and Speech', '415'],
    ['SAI', '330'],
    ['Specialized Academic Instruction (SAI)', '330'],
    ['Adapted Physical Education', '425'],
    ['Occupational Therapy', '450'],
    ['PT', '460'],
    ['Psychological Services', '530'],
    ['Orientation and Mobility', '730'],
    ['O&M', '730'],
    ['Specialized Vision Services', '725'],
    ['710 - Specialized Deaf and Hard of Hearing', '710'],
    ['Health and Nursing - Specialized Physical Health Care', '435'],
  ])('%s → %s', (text, code) => {
    expect(parseServiceCode(text)).toBe(code);
  });

  it.each([
    'RSP',
    'SDC',
    'Health and Nursing',
    'Counseling',
    '290',
    '',
    '330 - Language and Speech',
  ])('%s → null (ambiguous or not a service)', (text) => {
    expect(parseServiceCode(text)).toBeNull();
  });
});

describe('resolveAuthorization', () => {
  it.each([
    ['MMSN', 'MMSN'],
    ['mmsn', 'MMSN'],
    ['R3MN', 'MMSN'],
    ['R3BM', 'MMSN'],
    ['Mild to Moderate Support Needs', 'MMSN'],
    ['Education Specialist: Mild to Moderate Support Needs', 'MMSN'],
    ['Clear Education Specialist Instruction Credential: Mild to Moderate Support Needs', 'MMSN'],
    ['R3EN', 'ESN'],
    ['Extensive Support Needs', 'ESN'],
    ['R3MM', 'MM'],
    ['Mild/Moderate', 'MM'],
    ['Education Specialist: Mild/Moderate Disabilities', 'MM'],
    ['Mild/Moderate Disabilities, Level II', 'MM-L'],
    ['Professional Clear Level II: Mild/Moderate', 'MM-L'],
    ['Mild/Moderate (Preliminary/Clear)', 'MM-PC'],
    ['MM-L', 'MM-L'],
    ['R3MS', 'MS'],
    ['Moderate/Severe', 'MS'],
    ['Moderate/Severe Level I', 'MS-L'],
    ['Learning Handicapped', 'LH'],
    ['Severely Handicapped', 'SH'],
    ['Speech-Language Pathology', 'SLP'],
    ['Language, Speech and Hearing', 'SLP'],
    ['School Psychology', 'PPS-SP'],
    ['Pupil Personnel Services: School Counseling', 'PPS-SC'],
    ['SEEC', 'ECSE'],
    ['R3ER', 'ECSE'],
    ['R3EC', 'ECSE-OLD'],
    ['Early Childhood Special Education', 'ECSE-ANY'],
    ['Resource Specialist Certificate of Competence', 'RSAA'],
    ['Resource Specialist', 'RSAA'],
    ['AAAS', 'AAAS'],
    ['Autism Spectrum Disorders Added Authorization', 'AAAS'],
    ['Deaf and Hard of Hearing', 'DHH'],
    ['R3DH', 'DHH'],
    ['R3HD', 'DHH'],
    ['R3VI', 'VI'],
    ['Visual Impairments', 'VI'],
    ['Physical and Health Impairments', 'PHI'],
    ['Language and Academic Development', 'LAD'],
    ['Adapted Physical Education', 'APE'],
    ['APEA', 'APE'],
    ['School Nurse Services Credential', 'NURSE'],
    ['Orientation and Mobility', 'OM'],
    ['Audiology', 'AUD'],
    ['Special Class Authorization', 'SLP-SCA'],
    ['PIP', 'PIP'],
    ['Provisional Internship Permit', 'PIP'],
    ['SELAP', 'SELAP'],
    ['Intern: Mild to Moderate Support Needs', 'MMSN'],
    ['Multiple Subject', 'MULTIPLE-SUBJECT'],
    ['CLAD', 'EL'],
  ])('%s → %s', (text, key) => {
    expect(resolveAuthorization(text)).toBe(key);
  });

  it.each([
    '',
    'Teacher',
    'PPS',
    'Mild/Moderate Disabilities with Autism Spectrum Disorders',
    'Intern: Basket weaving',
  ])('%s → null', (text) => {
    expect(resolveAuthorization(text)).toBeNull();
  });

  it('keeps the permit and the added flag', () => {
    expect(resolveAuthorizationDetail('Intern: Mild to Moderate Support Needs')).toEqual({
      key: 'MMSN',
      added: false,
      permit: 'intern',
    });
    expect(resolveAuthorizationDetail('SEEC')).toEqual({ key: 'ECSE', added: true });
    expect(resolveAuthorizationDetail('ECSE')).toEqual({ key: 'ECSE', added: false });
    expect(resolveAuthorizationDetail('AAAS')?.added).toBe(true);
    expect(resolveAuthorizationDetail('Short-term waiver')?.permit).toBe('waiver');
    expect(resolveAuthorizationDetail('Deaf and Hard of Hearing Level II')?.eraHint).toBe('level');
  });
});

describe('normalizeGrade', () => {
  it.each([
    ['PS', 'PS'],
    ['Preschool', 'PS'],
    ['Pre-K', 'PS'],
    ['IN', 'PS'],
    ['TK', 'TK'],
    ['Transitional Kindergarten', 'TK'],
    ['K', 'K'],
    ['KN', 'K'],
    ['Kindergarten', 'K'],
    ['00', 'K'],
    ['01', '1'],
    ['1', '1'],
    ['Grade 3', '3'],
    ['3rd', '3'],
    ['3rd Grade', '3'],
    ['Gr. 7', '7'],
    ['12', '12'],
    ['twelfth', '12'],
    ['AD', 'AD'],
    ['Adult', 'AD'],
    ['UE', 'UG'],
    ['US', 'UG'],
    ['UU', 'UG'],
  ])('%s → %s', (text, grade) => {
    expect(normalizeGrade(text)).toBe(grade);
  });

  it.each(['', '13', 'Grade 15', 'sophomore', 'x'])('%s → null', (text) => {
    expect(normalizeGrade(text)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['2025-3-4', '2025-03-04'],
    ['03/04/2025', '2025-03-04'],
    ['3/4/25', '2025-03-04'],
    ['3/4/69', '2069-03-04'],
    ['3/4/70', '1970-03-04'],
    ['12-31-2024', '2024-12-31'],
    ['2025-03-04T23:30:00Z', '2025-03-04'],
    ['2025-03-04 08:00', '2025-03-04'],
    ['2024/02/29', '2024-02-29'],
    ['Jan 5, 2025', '2025-01-05'],
    ['5 January 2025', '2025-01-05'],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each(['02/30/2025', '2025-02-29', '13/01/2025', '2025-13-01', '', 'soon', '2025-00-10'])(
    '%s → null',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

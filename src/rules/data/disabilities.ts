/**
 * CALPADS disability categories (REFERENCE.md §2). Code-to-name pairs are S except 281 (C);
 * the low-incidence set is C (EC 56026.5, CALPADS report 16.18).
 */
import type { FactStatus } from '../types';
import type { SourceId } from './sources';

export interface DisabilityRow {
  code: string;
  name: string;
  abbreviation: string;
  /** Other spellings vendors use, legacy names included. Matched case-insensitively. */
  synonyms: readonly string[];
  lowIncidence: boolean;
  status: FactStatus;
  source: SourceId;
  note?: string;
}

export const DISABILITIES: readonly DisabilityRow[] = [
  {
    code: '210',
    name: 'Intellectual Disability',
    abbreviation: 'ID',
    synonyms: ['Mental Retardation', 'MR', 'Intellectual Disabilities', 'Intellectually Disabled'],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '220',
    name: 'Hard of Hearing',
    abbreviation: 'HH',
    synonyms: ['Hearing Impairment', 'Hearing Impaired', 'HI', 'HOH'],
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '230',
    name: 'Deaf',
    abbreviation: 'DEAF',
    synonyms: ['Deafness'],
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '240',
    name: 'Speech or Language Impairment',
    abbreviation: 'SLI',
    synonyms: [
      'Speech and Language Impairment',
      'Speech/Language Impairment',
      'Speech Language Impairment',
      'Speech or Language Impaired',
      'SL',
    ],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '250',
    name: 'Visual Impairment',
    abbreviation: 'VI',
    synonyms: ['Visual Impairments', 'Visually Impaired', 'Blindness', 'Blind'],
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '260',
    name: 'Emotional Disturbance',
    abbreviation: 'ED',
    synonyms: ['Serious Emotional Disturbance', 'SED', 'Emotionally Disturbed'],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '270',
    name: 'Orthopedic Impairment',
    abbreviation: 'OI',
    synonyms: ['Orthopedically Impaired', 'Orthopedic Impairments'],
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '280',
    name: 'Other Health Impairment',
    abbreviation: 'OHI',
    synonyms: ['Other Health Impaired', 'Other Health Impairments'],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '281',
    name: 'Established Medical Disability',
    abbreviation: 'EMD',
    synonyms: [],
    lowIncidence: false,
    status: 'confirmed',
    source: 'calpads',
    note: 'Used for children about 3 to 5 years old only.',
  },
  {
    code: '290',
    name: 'Specific Learning Disability',
    abbreviation: 'SLD',
    synonyms: ['Specific Learning Disabilities', 'Learning Disability', 'LD'],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '300',
    name: 'Deaf-Blindness',
    abbreviation: 'DB',
    synonyms: ['Deaf Blindness', 'Deafblindness', 'Deaf-Blind', 'Deaf Blind'],
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '310',
    name: 'Multiple Disabilities',
    abbreviation: 'MD',
    synonyms: ['Multiple Disability', 'Multiply Disabled'],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
    note: 'Not low incidence by itself.',
  },
  {
    code: '320',
    name: 'Autism',
    abbreviation: 'AUT',
    synonyms: ['Autism Spectrum Disorder', 'Autism Spectrum Disorders', 'ASD', 'Autistic'],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  {
    code: '330',
    name: 'Traumatic Brain Injury',
    abbreviation: 'TBI',
    synonyms: [],
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
    note: 'In a service field, 330 is Specialized Academic Instruction.',
  },
];

const BY_CODE = new Map(DISABILITIES.map((d) => [d.code, d]));

export function disabilityByCode(code: string | null | undefined): DisabilityRow | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** "Autism (320)": how a message names a disability; the raw code when it is not in the table. */
export function disabilityLabel(code: string): string {
  const row = BY_CODE.get(code);
  return row ? `${row.name} (${row.code})` : `disability code ${code}`;
}

export function isLowIncidence(code: string | null | undefined): boolean {
  return disabilityByCode(code)?.lowIncidence ?? false;
}

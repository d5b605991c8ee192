/**
 * How pages and exports name each CALPADS disability category (REFERENCE.md §2): what the
 * content script needs to read a disability, apart from the facts about it (./disabilities.ts),
 * so the script that loads on every vendor page carries no more than the names.
 */

export interface DisabilityName {
  code: string;
  name: string;
  abbreviation: string;
  /** Other spellings vendors use, legacy names included. Matched case-insensitively. */
  synonyms: readonly string[];
}

export const DISABILITY_NAMES: readonly DisabilityName[] = [
  {
    code: '210',
    name: 'Intellectual Disability',
    abbreviation: 'ID',
    synonyms: ['Mental Retardation', 'MR', 'Intellectual Disabilities', 'Intellectually Disabled'],
  },
  {
    code: '220',
    name: 'Hard of Hearing',
    abbreviation: 'HH',
    synonyms: ['Hearing Impairment', 'Hearing Impaired', 'HI', 'HOH'],
  },
  {
    code: '230',
    name: 'Deaf',
    abbreviation: 'DEAF',
    synonyms: ['Deafness'],
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
  },
  {
    code: '250',
    name: 'Visual Impairment',
    abbreviation: 'VI',
    synonyms: ['Visual Impairments', 'Visually Impaired', 'Blindness', 'Blind'],
  },
  {
    code: '260',
    name: 'Emotional Disturbance',
    abbreviation: 'ED',
    synonyms: ['Serious Emotional Disturbance', 'SED', 'Emotionally Disturbed'],
  },
  {
    code: '270',
    name: 'Orthopedic Impairment',
    abbreviation: 'OI',
    synonyms: ['Orthopedically Impaired', 'Orthopedic Impairments'],
  },
  {
    code: '280',
    name: 'Other Health Impairment',
    abbreviation: 'OHI',
    synonyms: ['Other Health Impaired', 'Other Health Impairments'],
  },
  {
    code: '281',
    name: 'Established Medical Disability',
    abbreviation: 'EMD',
    synonyms: [],
  },
  {
    code: '290',
    name: 'Specific Learning Disability',
    abbreviation: 'SLD',
    synonyms: ['Specific Learning Disabilities', 'Learning Disability', 'LD'],
  },
  {
    code: '300',
    name: 'Deaf-Blindness',
    abbreviation: 'DB',
    synonyms: ['Deaf Blindness', 'Deafblindness', 'Deaf-Blind', 'Deaf Blind'],
  },
  {
    code: '310',
    name: 'Multiple Disabilities',
    abbreviation: 'MD',
    synonyms: ['Multiple Disability', 'Multiply Disabled'],
  },
  {
    code: '320',
    name: 'Autism',
    abbreviation: 'AUT',
    synonyms: ['Autism Spectrum Disorder', 'Autism Spectrum Disorders', 'ASD', 'Autistic'],
  },
  {
    code: '330',
    name: 'Traumatic Brain Injury',
    abbreviation: 'TBI',
    synonyms: [],
  },
];

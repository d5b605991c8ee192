/**
 * Every authorization of REFERENCE.md §3a/3b/3c, across eras, plus the era-generic entries a
 * roster produces when it names a credential without its era (CTC code R3MM, "Mild/Moderate")
 * and the permits of §6. Data only: the rules read it through ../coverage.ts.
 *
 * Each row and each coverage fact carries its status; a U fact never yields an error (§9.4).
 */
import type { GradeSpan } from '../grades';
import type { FactStatus } from '../types';
import type { SourceId } from './sources';

/**
 * - specialty: an Education Specialist specialty area (no prerequisite);
 * - added: needs a valid prerequisite credential (§3b, §9.6);
 * - service: a services credential (SLP, PPS, nurse…);
 * - ryan: pre-1997 credentials, no longer issued (need RSAA for resource rooms, §1.8);
 * - general: recognised but authorizes no special education assignment (Multiple Subject…);
 * - permit: intern, PIP, STSP, SELAP, waiver: authorize with conditions and an end date (§6).
 */
export type AuthorizationKind = 'specialty' | 'added' | 'service' | 'ryan' | 'general' | 'permit';

/** ryan: before 1997 · level: Level I/II · pc: Preliminary/Clear (2010+) · 2022: 2022 structure. */
export type Era = 'ryan' | 'level' | 'pc' | '2022';

export type CoverageCondition =
  /** MMSN / ESN authorize by the student's support level, which the IEP does not record (§3a). */
  | { kind: 'support-level'; level: string }
  /** M/M and LH cover intellectual disability only in the mild(/moderate) range (§9.7). */
  | { kind: 'severity'; level: string }
  /** DHH/VI cover autism only when the student also has one of these disabilities (§9.5). */
  | { kind: 'with-disability'; codes: readonly string[] }
  /** The coverage exists only for credentials of these eras (§9.5). */
  | { kind: 'era'; eras: readonly Era[] };

export interface Coverage {
  /** CALPADS disability code, or '*' for "any category" (LAD, CH: unknown scope, always U). */
  code: string;
  status: FactStatus;
  conditions?: readonly CoverageCondition[];
  /** Where this one fact comes from, when not from the row's own source. */
  source?: SourceId;
}

export interface ServiceAuthorization {
  code: string;
  status: FactStatus;
}

/** Any one entry satisfies the prerequisite. 'sped-teaching' = any Education Specialist or Ryan credential. */
export interface Prerequisite {
  keys: 'sped-teaching' | readonly string[];
  status: FactStatus;
}

/**
 * How the era of a held row is known. 'fixed' rows name their era; 'by-issue-date' rows
 * (DHH, VI, PHI and the generics) take it from the issue date (§9.5).
 */
export type EraRule = { kind: 'fixed'; era: Era | null } | { kind: 'by-issue-date' };

/** A concrete row an era-generic row stands for, chosen by issue date (§9.5). */
export interface EraVariant {
  key: string;
  issuedBefore?: string;
  issuedOnOrAfter?: string;
}

export interface AuthorizationRow {
  key: string;
  name: string;
  ctcCodes: readonly string[];
  /** Roster spellings, matched after normalisation (see ../normalize.ts). */
  synonyms: readonly string[];
  kind: AuthorizationKind;
  era: EraRule;
  /** Set on era-generic rows only: the rows they may be. */
  variants?: readonly EraVariant[];
  covers: readonly Coverage[];
  /**
   * Categories the sources say it does not cover, for the lookups to say so plainly (the
   * engine needs no list: a code absent from `covers` is not covered).
   */
  notCovered?: readonly string[];
  /** null: ages unknown (U) → not checked (§9.7). 'prerequisite': the prerequisite's (§9.6). */
  ages: GradeSpan | 'prerequisite' | null;
  services: readonly ServiceAuthorization[];
  settings: readonly string[];
  /** May serve in resource rooms (RSP) on its own (§1.8). */
  resourceRoom: boolean;
  prerequisites?: readonly Prerequisite[];
  source: SourceId;
  status: FactStatus;
  note?: string;
}

const TK_22: GradeSpan = { from: 'TK', to: 'AD', label: 'TK, K–12 and adults to age 22' };
// §9.7: TK is a kindergarten-program year, so "K–12" includes it.
const K_22: GradeSpan = { from: 'TK', to: 'AD', label: 'K–12 and adults to age 22' };
const BIRTH_K: GradeSpan = { from: 'PS', to: 'K', label: 'birth through kindergarten' };
const BIRTH_PREK: GradeSpan = {
  from: 'PS',
  to: 'PS',
  label: 'birth through pre-kindergarten (not TK or kindergarten)',
};
const BIRTH_22: GradeSpan = { from: 'PS', to: 'AD', label: 'birth to age 22' };
const PS_22: GradeSpan = { from: 'PS', to: 'AD', label: 'preschool, K–12 and adults to age 22' };

const CONTINUUM = ['SDC', 'resource (RSP)', 'push-in', 'pull-out', 'home/hospital', 'NPS'];
const SPECIAL_CLASS = ['SDC'];

const SPED_TEACHING: Prerequisite = { keys: 'sped-teaching', status: 'confirmed' };

const MMSN_LEVEL: CoverageCondition = { kind: 'support-level', level: 'mild to moderate' };
const ESN_LEVEL: CoverageCondition = { kind: 'support-level', level: 'extensive' };
const ID_MM: CoverageCondition = { kind: 'severity', level: 'mild to moderate' };
const MODERN: CoverageCondition = { kind: 'era', eras: ['pc', '2022'] };

function cov(
  codes: string,
  status: FactStatus,
  conditions?: readonly CoverageCondition[],
  source?: SourceId,
): Coverage[] {
  return codes.split(' ').map((code) => {
    const c: Coverage = conditions ? { code, status, conditions } : { code, status };
    return source ? { ...c, source } : c;
  });
}

// REFERENCE §3a as revised: MMSN's categories are confirmed (CTC quick facts; 5 CCR 80047(a),
// 80047.3(a), 80047.4(a)); ESN's OI, OHI and SLD are not (sources disagree), so an ESN holder
// teaching those students is needs-review, never authorized.
const MMSN_COVERS: Coverage[] = cov('210 260 270 280 290 310 320 330', 'confirmed', [MMSN_LEVEL]);
const ESN_COVERS: Coverage[] = [
  ...cov('320', 'confirmed', [ESN_LEVEL], 'ccr80047'),
  ...cov('310', 'confirmed', [ESN_LEVEL], 'ccr80047'),
  ...cov('300', 'confirmed', [ESN_LEVEL], 'calsaasSped'),
  ...cov('210 260 330', 'secondary', [ESN_LEVEL]),
  ...cov('270 280 290', 'unconfirmed', [ESN_LEVEL]),
];
// ECSE (2022) does not cover deaf-blindness: the CTC's deaf-blindness row omits it. SLI, DEAF,
// HH and VI rest on one university catalog only.
const ECSE_COVERS: Coverage[] = [
  ...cov('210 260 281 290 310 320', 'confirmed'),
  ...cov('280 270 330', 'secondary'),
  ...cov('240 230 220 250', 'unconfirmed'),
];
// The older ECSE does not cover OI (the chart lets its holders add OI); DB: the CTC's chart
// and an older copy of it disagree.
const ECSE_OLD_COVERS: Coverage[] = [
  ...cov('210 260 281 290 310 320', 'confirmed'),
  ...cov('280 330', 'secondary'),
  ...cov('300', 'unconfirmed', undefined, 'addedAuthChart'),
];
const MM_L_COVERS: Coverage[] = [
  ...cov('290 280 260', 'secondary'),
  ...cov('210', 'secondary', [ID_MM]),
];
const MS_COVERS_PC: Coverage[] = [
  ...cov('260 300 320', 'confirmed'),
  ...cov('210 310', 'secondary'),
];

export const AUTHORIZATIONS: readonly AuthorizationRow[] = [
  // §3a — 2022 structure
  {
    key: 'MMSN',
    name: 'Mild to Moderate Support Needs',
    ctcCodes: ['R3MN', 'R3BM'],
    synonyms: [
      'Mild to Moderate Support Needs',
      'Mild-to-Moderate Support Needs',
      'Mild/Moderate Support Needs',
      'Education Specialist: Mild to Moderate Support Needs',
      'Bridge Authorization: Mild to Moderate Support Needs',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: '2022' },
    covers: MMSN_COVERS,
    notCovered: ['240', '281', '300', '230', '220', '250'],
    ages: TK_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'esQuickFacts',
    status: 'confirmed',
    note: 'R3BM is the bridge authorization (CL-914).',
  },
  {
    key: 'ESN',
    name: 'Extensive Support Needs',
    ctcCodes: ['R3EN', 'R3BE'],
    synonyms: [
      'Extensive Support Needs',
      'Education Specialist: Extensive Support Needs',
      'Bridge Authorization: Extensive Support Needs',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: '2022' },
    covers: ESN_COVERS,
    notCovered: ['240', '281'],
    ages: TK_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'esQuickFacts',
    status: 'confirmed',
    note: 'R3BE is the bridge authorization (CL-914). Coverage of orthopedic impairment, other health impairment and specific learning disability is not confirmed: the sources disagree.',
  },
  {
    key: 'ECSE',
    name: 'Early Childhood Special Education (2022)',
    ctcCodes: ['R3ER', 'R3BC'],
    synonyms: [
      'Early Childhood Special Education (2022)',
      'Education Specialist: Early Childhood Special Education (2022)',
      'Bridge Authorization: Early Childhood Special Education',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: '2022' },
    covers: ECSE_COVERS,
    notCovered: ['300'],
    ages: BIRTH_K,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'spedCredentials',
    status: 'confirmed',
    note: 'The text "SEEC" names the ECSE added authorization, which needs a prerequisite (§9.6). Does not cover deaf-blindness (the CTC chart\'s deaf-blindness row omits it).',
  },
  {
    key: 'ECSE-OLD',
    name: 'Early Childhood Special Education (before 2022)',
    ctcCodes: ['R3EC'],
    synonyms: [
      'Early Childhood Special Education (older)',
      'Early Childhood Special Education (old)',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: null },
    covers: ECSE_OLD_COVERS,
    notCovered: ['270', '240', '230', '220', '250'],
    ages: BIRTH_PREK,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'spedCredentials',
    status: 'confirmed',
    note: 'Does not cover orthopedic impairment (the CTC chart lets its holders add it).',
  },
  {
    key: 'DHH',
    name: 'Deaf and Hard of Hearing',
    ctcCodes: ['R3HD', 'R3DH'],
    synonyms: [
      'Deaf and Hard of Hearing',
      'Deaf/Hard of Hearing',
      'Deaf & Hard of Hearing',
      'Education Specialist: Deaf and Hard of Hearing',
    ],
    kind: 'specialty',
    era: { kind: 'by-issue-date' },
    covers: [
      ...cov('230 220 300', 'confirmed'),
      ...cov('320', 'confirmed', [
        { kind: 'with-disability', codes: ['230', '220', '300'] },
        MODERN,
      ]),
    ],
    notCovered: ['240'],
    ages: BIRTH_22,
    services: [{ code: '710', status: 'secondary' }],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'calsaasSped',
    status: 'confirmed',
  },
  {
    key: 'VI',
    name: 'Visual Impairments',
    ctcCodes: ['R3VB', 'R3VI'],
    synonyms: [
      'Visual Impairments',
      'Visual Impairment',
      'Visually Impaired',
      'Education Specialist: Visual Impairments',
    ],
    kind: 'specialty',
    era: { kind: 'by-issue-date' },
    covers: [
      ...cov('250 300', 'confirmed'),
      ...cov('320', 'confirmed', [{ kind: 'with-disability', codes: ['250', '300'] }, MODERN]),
    ],
    notCovered: ['240'],
    ages: BIRTH_22,
    services: [{ code: '725', status: 'secondary' }],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'calsaasSped',
    status: 'confirmed',
  },
  // §3a — Preliminary/Clear (2010+) and Level I/II (1997–2010)
  {
    key: 'MM-PC',
    name: 'Mild/Moderate Disabilities (Preliminary/Clear)',
    ctcCodes: [],
    synonyms: [
      'Mild/Moderate (Preliminary/Clear)',
      'Mild/Moderate Disabilities (Preliminary/Clear)',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: 'pc' },
    covers: [...MM_L_COVERS, ...cov('320', 'secondary')],
    notCovered: ['310', '270', '330', '240'],
    ages: K_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'addedAuthChart',
    status: 'secondary',
  },
  {
    key: 'MM-L',
    name: 'Mild/Moderate Disabilities (Level I/II)',
    ctcCodes: [],
    synonyms: ['Mild/Moderate (Level I/II)', 'Mild/Moderate Disabilities (Level I/II)'],
    kind: 'specialty',
    era: { kind: 'fixed', era: 'level' },
    covers: MM_L_COVERS,
    notCovered: ['320', '270', '330', '310', '240'],
    ages: K_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'addedAuthChart',
    status: 'secondary',
    note: 'Does not cover autism without the Autism Spectrum Disorders added authorization, nor OI, TBI or MD.',
  },
  {
    key: 'MS-PC',
    name: 'Moderate/Severe Disabilities (Preliminary/Clear)',
    ctcCodes: [],
    synonyms: [
      'Moderate/Severe (Preliminary/Clear)',
      'Moderate/Severe Disabilities (Preliminary/Clear)',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: 'pc' },
    covers: MS_COVERS_PC,
    notCovered: ['240'],
    ages: K_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'calsaasSped',
    status: 'confirmed',
  },
  {
    key: 'MS-L',
    name: 'Moderate/Severe Disabilities (Level I/II)',
    ctcCodes: [],
    synonyms: ['Moderate/Severe (Level I/II)', 'Moderate/Severe Disabilities (Level I/II)'],
    kind: 'specialty',
    era: { kind: 'fixed', era: 'level' },
    covers: cov('210 310 320 260 300', 'secondary'),
    notCovered: ['240'],
    ages: K_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'addedAuthChart',
    status: 'secondary',
  },
  {
    key: 'PHI',
    name: 'Physical and Health Impairments',
    ctcCodes: ['R3PI'],
    synonyms: [
      'Physical and Health Impairments',
      'Physical and Health Impairment',
      'Physical & Health Impairments',
      'Education Specialist: Physical and Health Impairments',
    ],
    kind: 'specialty',
    era: { kind: 'by-issue-date' },
    covers: [...cov('270 280 330 310 281', 'secondary'), ...cov('320', 'secondary', [MODERN])],
    notCovered: ['240'],
    ages: null,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'cl808ca',
    status: 'secondary',
    note: 'CTC code R3PI is unconfirmed; ages are unconfirmed, so not checked.',
  },
  {
    key: 'LAD',
    name: 'Language and Academic Development',
    ctcCodes: ['R3LD'],
    synonyms: [
      'Language and Academic Development',
      'Education Specialist: Language and Academic Development',
    ],
    kind: 'specialty',
    era: { kind: 'fixed', era: null },
    // Autism is confirmed; every other category only for "academic communication and language
    // needs" (5 CCR 80047(j)), a condition the IEP does not record: needs review.
    covers: [
      { code: '320', status: 'confirmed', source: 'addingFullSpecialty' },
      { code: '*', status: 'unconfirmed', source: 'ccr80047' },
    ],
    ages: PS_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'addingFullSpecialty',
    status: 'confirmed',
    note: 'Covers autism. Other categories only for "academic communication and language needs" (5 CCR 80047(j)), which the IEP does not record: needs review. CTC code R3LD is secondary.',
  },
  // §3a — Ryan era (before 1997): resource rooms need RSAA (§1.8, §9.10)
  {
    key: 'LH',
    name: 'Learning Handicapped',
    ctcCodes: [],
    synonyms: ['Learning Handicapped', 'Specialist Instruction Credential: Learning Handicapped'],
    kind: 'ryan',
    era: { kind: 'fixed', era: 'ryan' },
    covers: [
      ...cov('290', 'confirmed'),
      ...cov('210', 'confirmed', [{ kind: 'severity', level: 'mild' }]),
    ],
    ages: null,
    services: [],
    settings: SPECIAL_CLASS,
    resourceRoom: false,
    source: 'ccr80047',
    status: 'confirmed',
  },
  {
    key: 'SH',
    name: 'Severely Handicapped',
    ctcCodes: [],
    synonyms: ['Severely Handicapped', 'Specialist Instruction Credential: Severely Handicapped'],
    kind: 'ryan',
    era: { kind: 'fixed', era: 'ryan' },
    covers: cov('210 310 320 260', 'secondary'),
    ages: null,
    services: [],
    settings: SPECIAL_CLASS,
    resourceRoom: false,
    source: 'ccr80047',
    status: 'secondary',
  },
  {
    key: 'CH',
    name: 'Communication Handicapped',
    ctcCodes: [],
    synonyms: [
      'Communication Handicapped',
      'Specialist Instruction Credential: Communication Handicapped',
    ],
    kind: 'ryan',
    era: { kind: 'fixed', era: 'ryan' },
    covers: [{ code: '*', status: 'unconfirmed' }],
    ages: null,
    services: [],
    settings: SPECIAL_CLASS,
    resourceRoom: false,
    source: 'ccr80047',
    status: 'unconfirmed',
  },
  {
    key: 'PH',
    name: 'Physically Handicapped',
    ctcCodes: [],
    synonyms: [
      'Physically Handicapped',
      'Specialist Instruction Credential: Physically Handicapped',
    ],
    kind: 'ryan',
    era: { kind: 'fixed', era: 'ryan' },
    covers: cov('270 280', 'unconfirmed'),
    ages: null,
    services: [],
    settings: SPECIAL_CLASS,
    resourceRoom: false,
    source: 'ccr80047',
    status: 'unconfirmed',
  },
  {
    key: 'VH',
    name: 'Visually Handicapped',
    ctcCodes: [],
    synonyms: ['Visually Handicapped', 'Specialist Instruction Credential: Visually Handicapped'],
    kind: 'ryan',
    era: { kind: 'fixed', era: 'ryan' },
    covers: cov('250', 'unconfirmed'),
    ages: null,
    services: [],
    settings: SPECIAL_CLASS,
    resourceRoom: false,
    source: 'ccr80047',
    status: 'unconfirmed',
  },
  // §3b — added authorizations (§9.6: need a valid prerequisite; ages of the prerequisite)
  added('AAAS', 'Autism Spectrum Disorders', '320', 'confirmed', [
    'Autism Spectrum Disorders',
    'Autism Spectrum Disorder',
    'Autism Spectrum Disorders Added Authorization',
    'Added Authorization: Autism Spectrum Disorders',
    'Autism Added Authorization',
    'ASD Added Authorization',
    'Autism',
  ]),
  added('AADB', 'Deaf-Blind', '300', 'confirmed', [
    'Deaf-Blind',
    'Deaf Blind',
    'Deaf-Blind Added Authorization',
    'Added Authorization: Deaf-Blind',
    'Deaf-Blindness',
  ]),
  added('AAED', 'Emotional Disturbance', '260', 'confirmed', [
    'Emotional Disturbance',
    'Emotional Disturbance Added Authorization',
    'Added Authorization: Emotional Disturbance',
  ]),
  added('AAOH', 'Other Health Impairment', '280', 'confirmed', [
    'Other Health Impairment',
    'Other Health Impairment Added Authorization',
    'Added Authorization: Other Health Impairment',
  ]),
  added('AAOI', 'Orthopedic Impairment', '270', 'secondary', [
    'Orthopedic Impairment',
    'Orthopedic Impairment Added Authorization',
    'Added Authorization: Orthopedic Impairment',
  ]),
  added('AATB', 'Traumatic Brain Injury', '330', 'secondary', [
    'Traumatic Brain Injury',
    'Traumatic Brain Injury Added Authorization',
    'Added Authorization: Traumatic Brain Injury',
  ]),
  {
    key: 'RSAA',
    name: 'Resource Specialist added authorization',
    ctcCodes: ['RSAA'],
    synonyms: [
      'Resource Specialist',
      'Resource Specialist Added Authorization',
      'Resource Specialist Authorization',
      'Added Authorization: Resource Specialist',
      'Resource Specialist Certificate of Competence',
      'Resource Specialist Certificate',
      'RSP Certificate of Competence',
    ],
    kind: 'added',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: 'prerequisite',
    services: [],
    settings: ['resource (RSP)'],
    resourceRoom: true,
    prerequisites: [SPED_TEACHING],
    source: 'spedCredentials',
    status: 'confirmed',
    note: 'Lets an older (Ryan-era) credential serve in resource rooms (§1.8).',
  },
  {
    key: 'APE',
    name: 'Adapted Physical Education added authorization',
    ctcCodes: ['APEA'],
    synonyms: [
      'Adapted Physical Education',
      'Adapted Physical Education Added Authorization',
      'Added Authorization: Adapted Physical Education',
      'Adapted PE',
    ],
    kind: 'added',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: 'prerequisite',
    services: [{ code: '425', status: 'confirmed' }],
    settings: [],
    resourceRoom: false,
    // §9.6: a physical education credential alone is U.
    prerequisites: [SPED_TEACHING, { keys: ['PE'], status: 'unconfirmed' }],
    source: 'ccr80046_1',
    status: 'confirmed',
    note: 'CTC code APEA is secondary.',
  },
  // §3c — service credentials
  {
    key: 'SLP',
    name: 'Speech-Language Pathology Services Credential',
    ctcCodes: [],
    synonyms: [
      'Speech-Language Pathology',
      'Speech Language Pathology',
      'Speech-Language Pathology Services',
      'Speech-Language Pathology Services Credential',
      'Language, Speech and Hearing',
      'Language Speech and Hearing',
      'Clinical or Rehabilitative Services: Language, Speech and Hearing',
      'Speech-Language Pathologist',
      'Speech Language Pathologist',
      'LSH',
    ],
    kind: 'service',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: BIRTH_22,
    services: [{ code: '415', status: 'confirmed' }],
    settings: [],
    resourceRoom: false,
    source: 'slp',
    status: 'confirmed',
  },
  {
    key: 'SLP-SCA',
    name: 'Speech-Language Pathology with Special Class Authorization',
    ctcCodes: [],
    synonyms: [
      'Special Class Authorization',
      'SLP Special Class Authorization',
      'Speech-Language Pathology with Special Class Authorization',
      'Speech-Language Pathology Special Class Authorization',
      'SCA',
    ],
    kind: 'added',
    era: { kind: 'fixed', era: null },
    covers: cov('240 320', 'confirmed'),
    ages: BIRTH_22,
    services: [{ code: '415', status: 'confirmed' }],
    settings: ['special class (SDC) for SLI and autism'],
    resourceRoom: false,
    prerequisites: [{ keys: ['SLP'], status: 'confirmed' }],
    source: 'slp',
    status: 'confirmed',
  },
  service(
    'AUD',
    'Audiology',
    ['Audiology', 'Clinical or Rehabilitative Services: Audiology'],
    '720',
    'cl610',
  ),
  service(
    'OM',
    'Orientation and Mobility',
    [
      'Orientation and Mobility',
      'Orientation & Mobility',
      'O&M',
      'Clinical or Rehabilitative Services: Orientation and Mobility',
    ],
    '730',
    'cl610',
  ),
  {
    key: 'PPS-SP',
    name: 'Pupil Personnel Services: School Psychology',
    ctcCodes: [],
    synonyms: [
      'School Psychology',
      'PPS School Psychology',
      'Pupil Personnel Services: School Psychology',
      'Pupil Personnel Services School Psychology',
      'PPS: School Psychology',
    ],
    kind: 'service',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: null,
    services: [
      { code: '530', status: 'confirmed' },
      { code: '510', status: 'secondary' },
      { code: '515', status: 'secondary' },
    ],
    settings: [],
    resourceRoom: false,
    source: 'cl606c',
    status: 'confirmed',
  },
  {
    key: 'PPS-SC',
    name: 'Pupil Personnel Services: School Counseling',
    ctcCodes: [],
    synonyms: [
      'School Counseling',
      'PPS School Counseling',
      'Pupil Personnel Services: School Counseling',
      'Pupil Personnel Services School Counseling',
      'PPS: School Counseling',
    ],
    kind: 'service',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: null,
    services: [
      { code: '510', status: 'secondary' },
      { code: '515', status: 'secondary' },
    ],
    settings: [],
    resourceRoom: false,
    source: 'cl606c',
    status: 'secondary',
  },
  {
    key: 'PPS-SW',
    name: 'Pupil Personnel Services: School Social Work',
    ctcCodes: [],
    synonyms: [
      'School Social Work',
      'PPS School Social Work',
      'Pupil Personnel Services: School Social Work',
      'Pupil Personnel Services School Social Work',
      'PPS: School Social Work',
    ],
    kind: 'service',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: null,
    services: [
      { code: '525', status: 'secondary' },
      { code: '510', status: 'secondary' },
      { code: '515', status: 'secondary' },
    ],
    settings: [],
    resourceRoom: false,
    source: 'cl606c',
    status: 'secondary',
  },
  {
    key: 'NURSE',
    name: 'School Nurse Services Credential',
    ctcCodes: [],
    synonyms: [
      'School Nurse Services',
      'School Nurse Services Credential',
      'School Nurse',
      'Health Services: School Nurse',
    ],
    kind: 'service',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: null,
    services: [
      { code: '435', status: 'confirmed' },
      { code: '436', status: 'confirmed' },
    ],
    settings: [],
    resourceRoom: false,
    source: 'schoolNurse',
    status: 'confirmed',
    note: 'An RN or LVN licence alone is not enough.',
  },
  // Era-generic rows (§9.5): a CTC code or name without its era. Resolved per issue date.
  {
    key: 'MM',
    name: 'Mild/Moderate Disabilities (era from issue date)',
    ctcCodes: ['R3MM'],
    synonyms: [
      'Mild/Moderate',
      'Mild/Moderate Disabilities',
      'Mild to Moderate',
      'Mild to Moderate Disabilities',
      'Mild-Moderate',
      'M/M',
      'Education Specialist: Mild/Moderate Disabilities',
      'Education Specialist Instruction: Mild/Moderate',
      'Education Specialist Instruction: Mild/Moderate Disabilities',
    ],
    kind: 'specialty',
    era: { kind: 'by-issue-date' },
    variants: [
      { key: 'MM-L', issuedBefore: '2010-06-26' },
      { key: 'MM-PC', issuedOnOrAfter: '2014-01-01' },
    ],
    covers: [],
    ages: K_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'addedAuthChart',
    status: 'secondary',
  },
  {
    key: 'MS',
    name: 'Moderate/Severe Disabilities (era from issue date)',
    ctcCodes: ['R3MS'],
    synonyms: [
      'Moderate/Severe',
      'Moderate/Severe Disabilities',
      'Moderate to Severe',
      'Moderate to Severe Disabilities',
      'Moderate-Severe',
      'M/S',
      'Education Specialist: Moderate/Severe Disabilities',
      'Education Specialist Instruction: Moderate/Severe',
      'Education Specialist Instruction: Moderate/Severe Disabilities',
    ],
    kind: 'specialty',
    era: { kind: 'by-issue-date' },
    variants: [
      { key: 'MS-L', issuedBefore: '2010-06-26' },
      { key: 'MS-PC', issuedOnOrAfter: '2014-01-01' },
    ],
    covers: [],
    ages: K_22,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'calsaasSped',
    status: 'secondary',
  },
  {
    key: 'ECSE-ANY',
    name: 'Early Childhood Special Education (era from issue date)',
    ctcCodes: [],
    synonyms: [
      'Early Childhood Special Education',
      'Education Specialist: Early Childhood Special Education',
      'ECSE Added Authorization',
      'Early Childhood Special Education Added Authorization',
    ],
    kind: 'specialty',
    era: { kind: 'by-issue-date' },
    // The 2022 structure took effect July 1, 2022 (§3a).
    variants: [
      { key: 'ECSE-OLD', issuedBefore: '2022-07-01' },
      { key: 'ECSE', issuedOnOrAfter: '2022-07-01' },
    ],
    covers: [],
    ages: BIRTH_K,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'spedCredentials',
    status: 'confirmed',
  },
  // Recognised so that they are not "unrecognised"; they authorize no special education work.
  general('PE', 'Single Subject: Physical Education', [
    'Physical Education',
    'Single Subject Physical Education',
    'Single Subject: Physical Education',
  ]),
  general('MULTIPLE-SUBJECT', 'Multiple Subject Teaching Credential', [
    'Multiple Subject',
    'Multiple Subject Teaching Credential',
    'Multiple Subjects',
  ]),
  general('SINGLE-SUBJECT', 'Single Subject Teaching Credential', [
    'Single Subject',
    'Single Subject Teaching Credential',
  ]),
  general('EL', 'English Learner Authorization', [
    'English Learner Authorization',
    'CLAD',
    'BCLAD',
    'CLAD Certificate',
    'EL Authorization',
    'ELA',
  ]),
  general('ADMIN', 'Administrative Services Credential', [
    'Administrative Services',
    'Administrative Services Credential',
    'Preliminary Administrative Services',
    'Clear Administrative Services',
  ]),
  // §3c: a nursing licence is not the School Nurse Services Credential.
  general('NURSE-LICENSE', 'Nursing licence (RN or LVN), not a CTC credential', [
    'RN',
    'Registered Nurse',
    'RN License',
    'LVN',
    'Licensed Vocational Nurse',
  ]),
  // §6 — permits, interns, waivers named without a specialty area.
  permit('INTERN', 'Intern credential', ['Intern', 'University Intern', 'District Intern']),
  permit('PIP', 'Provisional Internship Permit', ['PIP', 'Provisional Internship Permit']),
  permit('STSP', 'Short-Term Staff Permit', [
    'STSP',
    'Short-Term Staff Permit',
    'Short Term Staff Permit',
  ]),
  permit('SELAP', 'Special Education Limited Assignment Permit', [
    'SELAP',
    'Special Education Limited Assignment Permit',
    'Limited Assignment Permit',
  ]),
  permit('WAIVER', 'Short-term waiver', [
    'Waiver',
    'Short-Term Waiver',
    'Short Term Waiver',
    'Variable Term Waiver',
    'Emergency Waiver',
  ]),
];

function added(
  key: string,
  name: string,
  disability: string,
  status: FactStatus,
  synonyms: string[],
): AuthorizationRow {
  return {
    key,
    name: `${name} added authorization`,
    ctcCodes: [key],
    synonyms,
    kind: 'added',
    era: { kind: 'fixed', era: null },
    covers: [{ code: disability, status }],
    ages: 'prerequisite',
    services: [],
    settings: CONTINUUM,
    resourceRoom: false,
    prerequisites: [SPED_TEACHING],
    source: 'addedAuthChart',
    status,
  };
}

function service(
  key: string,
  name: string,
  synonyms: string[],
  code: string,
  source: SourceId,
): AuthorizationRow {
  return {
    key,
    name: `Clinical or Rehabilitative Services: ${name}`,
    ctcCodes: [],
    synonyms,
    kind: 'service',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: null,
    services: [{ code, status: 'confirmed' }],
    settings: [],
    resourceRoom: false,
    source,
    status: 'confirmed',
  };
}

function general(key: string, name: string, synonyms: string[]): AuthorizationRow {
  return {
    key,
    name,
    ctcCodes: [],
    synonyms,
    kind: 'general',
    era: { kind: 'fixed', era: null },
    covers: [],
    ages: null,
    services: [],
    settings: [],
    resourceRoom: false,
    source: 'spedCredentials',
    status: 'secondary',
  };
}

/**
 * A permit named without its specialty area. §6: permits authorize with conditions and an end
 * date, but the permit itself names the assignment, which a roster seldom shows. Which
 * disabilities it covers is therefore unknown here: coverage is unconfirmed, so the verdict is
 * needs-review (a person reads the permit), never a silent "authorized" (§9.4).
 */
function permit(key: string, name: string, synonyms: string[]): AuthorizationRow {
  return {
    key,
    name,
    ctcCodes: [],
    synonyms,
    kind: 'permit',
    era: { kind: 'fixed', era: null },
    covers: [{ code: '*', status: 'unconfirmed' }],
    ages: null,
    services: [],
    settings: CONTINUUM,
    resourceRoom: true,
    source: 'esAssignmentOptions',
    status: 'secondary',
  };
}

const BY_KEY = new Map(AUTHORIZATIONS.map((a) => [a.key, a]));

export function authorizationByKey(key: string | null | undefined): AuthorizationRow | undefined {
  return key ? BY_KEY.get(key) : undefined;
}

/** Keys of the rows of REFERENCE §3 (no generic, general or permit rows). */
export const REFERENCE_KEYS: readonly string[] = AUTHORIZATIONS.filter(
  (a) => !a.variants && a.kind !== 'general' && a.kind !== 'permit',
).map((a) => a.key);

/** A special education teaching credential: the prerequisite of added authorizations (§9.6). */
export function isSpedTeaching(row: AuthorizationRow): boolean {
  return row.kind === 'specialty' || row.kind === 'ryan';
}

/** "Mild to Moderate Support Needs (MMSN)". */
export function authorizationLabel(key: string): string {
  const row = BY_KEY.get(key);
  return row ? `${row.name} (${row.key})` : key;
}

/**
 * CALPADS service codes and the CTC authorization a provider needs (REFERENCE.md §4, §3c).
 * Codes absent from REFERENCE §4 are listed for recognition only: no CTC rule is known for
 * them, so the engine says nothing about who provides them (§9.11).
 */
import type { FactStatus } from '../types';
import type { SourceId } from './sources';

/**
 * What a provider of the service needs:
 * - instruction: an Education Specialist covering the primary disability (330/340/350);
 * - authorization: one of `keys`;
 * - unconfirmed: a requirement exists but is U → needs-review, never an error;
 * - none: no CTC requirement (licensed services such as OT/PT, or none known).
 */
export type ProviderRequirement =
  | { kind: 'instruction'; status: FactStatus }
  | { kind: 'authorization'; keys: readonly string[]; status: FactStatus }
  | { kind: 'unconfirmed'; plausibleKeys: readonly string[] }
  | { kind: 'none'; licensed?: boolean };

export interface ServiceRow {
  code: string;
  name: string;
  /** Only unambiguous spellings: "RSP" and "SDC" are programs, not services, so absent. */
  synonyms: readonly string[];
  requirement: ProviderRequirement;
  /** True for 330/340/350: providing one makes the case manager an instructor (§9.2). */
  instruction: boolean;
  /** Low-incidence disability codes whose needs this service addresses (§4, §9.9). */
  addresses: readonly string[];
  status: FactStatus;
  source: SourceId;
}

const LOW_INCIDENCE = ['220', '230', '250', '270', '300'];
const PPS = ['PPS-SP', 'PPS-SC', 'PPS-SW'];

function row(
  code: string,
  name: string,
  synonyms: string[],
  requirement: ProviderRequirement,
  extra: Partial<Pick<ServiceRow, 'addresses' | 'status' | 'source'>> = {},
): ServiceRow {
  return {
    code,
    name,
    synonyms,
    requirement,
    instruction: requirement.kind === 'instruction',
    addresses: extra.addresses ?? [],
    status: extra.status ?? 'secondary',
    source: extra.source ?? 'calpads',
  };
}

export const SERVICES: readonly ServiceRow[] = [
  row(
    '330',
    'Specialized Academic Instruction',
    ['SAI', 'Specialized Academic Instruction (SAI)'],
    { kind: 'instruction', status: 'confirmed' },
    { status: 'confirmed', source: 'caseManagement' },
  ),
  row('340', 'Intensive Individual Instruction', [], { kind: 'instruction', status: 'secondary' }),
  row('350', 'Individual and Small Group Instruction', [], {
    kind: 'instruction',
    status: 'secondary',
  }),
  row(
    '415',
    'Language and Speech',
    [
      'Speech',
      'Speech and Language',
      'Speech/Language',
      'Speech-Language',
      'Speech Therapy',
      'Speech and Language Therapy',
      'Speech/Language Therapy',
      'Speech-Language Therapy',
      'Language and Speech Services',
      'Speech and Language Services',
      'LAS',
    ],
    { kind: 'authorization', keys: ['SLP', 'SLP-SCA'], status: 'confirmed' },
    { status: 'confirmed', source: 'slp' },
  ),
  row(
    '425',
    'Adapted Physical Education',
    ['APE', 'Adapted PE', 'Adaptive Physical Education', 'Adaptive PE'],
    { kind: 'authorization', keys: ['APE'], status: 'confirmed' },
    { status: 'confirmed', source: 'ccr80046_1' },
  ),
  row(
    '435',
    'Health and Nursing: Specialized Physical Health Care',
    ['Specialized Physical Health Care', 'Health and Nursing - Specialized Physical Health Care'],
    { kind: 'authorization', keys: ['NURSE'], status: 'confirmed' },
    { status: 'confirmed', source: 'schoolNurse' },
  ),
  row(
    '436',
    'Health and Nursing: Other Services',
    ['Health and Nursing - Other Services', 'Health and Nursing Other Services'],
    { kind: 'authorization', keys: ['NURSE'], status: 'confirmed' },
    { status: 'confirmed', source: 'schoolNurse' },
  ),
  row('445', 'Assistive Technology', ['Assistive Technology Services', 'AT Services'], {
    kind: 'none',
  }),
  row(
    '450',
    'Occupational Therapy',
    ['OT', 'Occupational Therapy Services'],
    { kind: 'none', licensed: true },
    { addresses: ['270'], status: 'confirmed', source: 'otherHealth' },
  ),
  row(
    '460',
    'Physical Therapy',
    ['PT', 'Physical Therapy Services'],
    { kind: 'none', licensed: true },
    { addresses: ['270'], status: 'confirmed', source: 'otherHealth' },
  ),
  row('510', 'Individual Counseling', [], {
    kind: 'authorization',
    keys: PPS,
    status: 'secondary',
  }),
  row('515', 'Counseling and Guidance', [], {
    kind: 'authorization',
    keys: PPS,
    status: 'secondary',
  }),
  row('520', 'Parent Counseling', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row('525', 'Social Work', ['Social Work Services'], {
    kind: 'authorization',
    keys: ['PPS-SW'],
    status: 'secondary',
  }),
  row(
    '530',
    'Psychological Services',
    ['Psychological Services', 'School Psychological Services'],
    { kind: 'authorization', keys: ['PPS-SP'], status: 'confirmed' },
    { source: 'cl606c' },
  ),
  row('535', 'Behavior Intervention Services', ['Behavior Intervention'], { kind: 'none' }),
  row('540', 'Day Treatment Services', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row('545', 'Residential Treatment Services', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row(
    '610',
    'Specialized Services for Low Incidence Disabilities',
    ['Specialized Services for Low Incidence'],
    { kind: 'unconfirmed', plausibleKeys: ['DHH', 'VI', 'PHI', 'AADB', 'AAOI', 'OM'] },
    { addresses: LOW_INCIDENCE, status: 'unconfirmed' },
  ),
  row(
    '710',
    'Specialized Deaf and Hard of Hearing',
    ['Specialized Deaf and Hard of Hearing Services', 'DHH Services', 'Deaf and Hard of Hearing'],
    { kind: 'authorization', keys: ['DHH'], status: 'secondary' },
    { addresses: ['220', '230', '300'] },
  ),
  row(
    '715',
    'Interpreter Services',
    ['Interpreter', 'Interpreting'],
    { kind: 'none' },
    { addresses: ['220', '230', '300'] },
  ),
  row(
    '720',
    'Audiological Services',
    ['Audiology', 'Audiological'],
    { kind: 'authorization', keys: ['AUD'], status: 'confirmed' },
    { addresses: ['220', '230', '300'], status: 'confirmed', source: 'cl610' },
  ),
  row(
    '725',
    'Specialized Vision Services',
    ['Specialized Vision', 'Vision Services'],
    { kind: 'authorization', keys: ['VI'], status: 'secondary' },
    { addresses: ['250', '300'] },
  ),
  row(
    '730',
    'Orientation and Mobility',
    ['O&M', 'O and M', 'Orientation & Mobility'],
    { kind: 'authorization', keys: ['OM'], status: 'confirmed' },
    { addresses: ['250', '300'], status: 'confirmed', source: 'cl610' },
  ),
  row('735', 'Braille Transcription', ['Braille'], { kind: 'none' }, { addresses: ['250', '300'] }),
  row(
    '740',
    'Specialized Orthopedic Services',
    ['Specialized Orthopedic'],
    { kind: 'unconfirmed', plausibleKeys: ['PHI', 'AAOI'] },
    { addresses: ['270'], status: 'unconfirmed' },
  ),
  row('745', 'Reader Services', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row('750', 'Note Taking Services', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row('755', 'Transcription Services', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row('760', 'Recreation Services', [], { kind: 'none' }, { status: 'unconfirmed' }),
  row('820', 'College Awareness Preparation', [], { kind: 'none' }),
  row('830', 'Vocational Assessment, Counseling, Guidance, and Career Assessment', [], {
    kind: 'none',
  }),
  row('840', 'Career Awareness', [], { kind: 'none' }),
  row('850', 'Work Experience Education', [], { kind: 'none' }),
  row('855', 'Job Coaching', [], { kind: 'none' }),
  row('860', 'Mentoring', [], { kind: 'none' }),
  row('865', 'Agency Linkages', [], { kind: 'none' }),
  row('870', 'Travel Training', [], { kind: 'none' }),
  row('890', 'Other Transition Services', [], { kind: 'none' }),
  row('900', 'Other Special Education/Related Services', ['Other'], { kind: 'none' }),
];

const BY_CODE = new Map(SERVICES.map((s) => [s.code, s]));

export function serviceByCode(code: string | null | undefined): ServiceRow | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

export const INSTRUCTION_CODES: ReadonlySet<string> = new Set(
  SERVICES.filter((s) => s.instruction).map((s) => s.code),
);

export function isInstructionCode(code: string): boolean {
  return INSTRUCTION_CODES.has(code);
}

/** "Language and Speech (415)". */
export function serviceLabel(code: string): string {
  const s = BY_CODE.get(code);
  return s ? `${s.name} (${s.code})` : `service ${code}`;
}

/** Services addressing a low-incidence primary disability (§4): 610 addresses all of them. */
export function servicesAddressing(disability: string): string[] {
  return SERVICES.filter((s) => s.addresses.includes(disability)).map((s) => s.code);
}

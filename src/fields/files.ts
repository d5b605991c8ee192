/**
 * Column header synonyms, per input file (CONTRACT.md §3; VENDORS.md §1.3 and §12(b)).
 * Pure data: the matching logic is in src/csv/headers.ts. Spellings are compared after
 * normaliseHeader() (lower case, NBSP/`:`/`*`/`#` stripped, spaces collapsed), so write them in
 * plain lower case here. Within one field, earlier synonyms win: a file with both
 * `Disability 1 Code` and `Disability 1` reads the code first and the name only when the code
 * cell is empty.
 */

export interface FieldSpec {
  /** Header spellings, most preferred first. */
  synonyms: readonly string[];
  /** Shown in messages ("a student id column"). */
  label: string;
}

export type FieldTable<F extends string> = Readonly<Record<F, FieldSpec>>;

/** Student ids, by kind. The vendor's own id is preferred as the student's id in reports. */
const VENDOR_ID = ['seis id', 'seisid', 'vendor id', 'iep id'];
const LOCAL_ID = [
  'student id',
  'studentid',
  'student_id',
  'district id',
  'local student id',
  'local id',
  'localid',
  'perm id',
  'permanent id',
  'student number',
  'student no',
  'id',
];
const STATE_ID = [
  'ssid',
  'student ssid',
  'state student id',
  'statewide student identifier',
  'state id',
  'stateprovidenceid',
  'calpads ssid',
];

const STUDENT_NAME = ['student name', 'name', 'student', 'student legal name', 'student full name'];
const LAST_NAME = ['last name', 'lastname', 'student last name', 'last'];
const FIRST_NAME = ['first name', 'firstname', 'student first name', 'first'];

export type StudentField =
  | 'vendorId'
  | 'localId'
  | 'stateId'
  | 'studentName'
  | 'lastName'
  | 'firstName'
  | 'grade'
  | 'dateOfBirth'
  | 'caseManager'
  | 'primaryDisability'
  | 'secondaryDisability'
  | 'alternatePlacement'
  | 'program'
  | 'setting'
  | 'percentInRegularClass';

export const STUDENT_FIELDS: FieldTable<StudentField> = {
  vendorId: { label: 'SEIS ID', synonyms: VENDOR_ID },
  localId: { label: 'Student ID', synonyms: LOCAL_ID },
  stateId: { label: 'SSID', synonyms: STATE_ID },
  studentName: { label: 'Name', synonyms: STUDENT_NAME },
  lastName: { label: 'Last Name', synonyms: LAST_NAME },
  firstName: { label: 'First Name', synonyms: FIRST_NAME },
  grade: {
    label: 'Grade',
    synonyms: ['grade', 'grade level', 'grade code', 'current grade', 'gr', 'grd'],
  },
  dateOfBirth: {
    label: 'Date of Birth',
    synonyms: ['date of birth', 'dob', 'birthdate', 'birth date', 'student birthdate'],
  },
  caseManager: {
    label: 'Case Manager',
    synonyms: [
      'case manager',
      'case manager name',
      'case mgr',
      'cm',
      'caseload manager',
      'case carrier',
      'iep case manager',
      'primary case manager',
      'teacher of record',
      'tor',
      'responsible teacher',
      'iep manager',
    ],
  },
  primaryDisability: {
    label: 'Disability 1',
    synonyms: [
      'disability 1 code',
      'primary disability code',
      'disability code 1',
      'disability code',
      'disability 1',
      'primary disability',
      'primary eligibility',
      'disability',
      'eligibility',
      'eligibility category',
      'primary handicapping condition',
      'handicap',
      'primary designation',
      'reporting disability',
      'primary exceptionality',
      'qualifying disability',
    ],
  },
  secondaryDisability: {
    label: 'Disability 2',
    synonyms: [
      'disability 2 code',
      'secondary disability code',
      'disability code 2',
      'disability 2',
      'secondary disability',
      'secondary eligibility',
      'other disability',
      'additional disability',
      'secondary designation',
    ],
  },
  alternatePlacement: {
    label: 'Alternate Placement',
    synonyms: ['alternate placement', 'alternative placement', 'alt placement'],
  },
  program: {
    label: 'Program',
    synonyms: [
      'program',
      'placement',
      'special education program',
      'sped program',
      'special ed program',
    ],
  },
  setting: {
    label: 'Program Setting',
    synonyms: [
      'program setting',
      'program setting (tk/kgn or greater, ages 5-22)',
      'preschool program setting (3-5 year-old preschool and 4 year-old tk/kgn)',
      'educational setting',
      'special education setting',
      'special ed setting',
      'setting',
      'lre',
    ],
  },
  percentInRegularClass: {
    label: 'Percent IN Regular Class',
    synonyms: [
      'percent in regular class',
      '% in regular class',
      'percent of time in general education',
    ],
  },
};

export type ServiceField =
  | 'vendorId'
  | 'localId'
  | 'stateId'
  | 'studentName'
  | 'lastName'
  | 'firstName'
  | 'code'
  | 'service'
  | 'provider'
  | 'providerPosition'
  | 'location'
  | 'delivery'
  | 'start'
  | 'end'
  | 'dates'
  | 'frequency';

export const SERVICE_FIELDS: FieldTable<ServiceField> = {
  vendorId: { label: 'SEIS ID', synonyms: VENDOR_ID },
  localId: { label: 'Student ID', synonyms: LOCAL_ID },
  stateId: { label: 'SSID', synonyms: STATE_ID },
  studentName: { label: 'Name', synonyms: STUDENT_NAME },
  lastName: { label: 'Last Name', synonyms: LAST_NAME },
  firstName: { label: 'First Name', synonyms: FIRST_NAME },
  code: {
    label: 'Service Code',
    synonyms: ['service code', 'education service code', 'service type code'],
  },
  service: {
    label: 'Service',
    synonyms: [
      'service',
      'service type',
      'services',
      'special education service',
      'related service',
      'program/service',
      'service name',
    ],
  },
  provider: {
    label: 'Provider',
    synonyms: [
      'provider',
      'provider name',
      'service provider',
      'provided by',
      'staff',
      'responsible staff',
    ],
  },
  providerPosition: {
    label: 'Provider Position',
    synonyms: ['provider position', 'provider type', 'position responsible', 'provider role'],
  },
  location: {
    label: 'Location',
    synonyms: [
      'location',
      'setting',
      'service location',
      'location of service',
      'service setting',
      'where',
    ],
  },
  delivery: {
    label: 'Delivery',
    synonyms: [
      'delivery',
      'delivery setting',
      'group/individual',
      'individual/group',
      'service model',
      'individual / group / consult',
      'push in / pull out',
      'direct / indirect',
    ],
  },
  start: {
    label: 'Start Date',
    synonyms: ['start date', 'start', 'begin date', 'begin', 'service start', 'initiation date'],
  },
  end: {
    label: 'End Date',
    synonyms: ['end date', 'end', 'ending date', 'service end', 'through'],
  },
  dates: { label: 'Dates', synonyms: ['dates', 'service dates', 'date range'] },
  frequency: {
    label: 'Sessions / Frequency',
    synonyms: [
      'sessions / frequency',
      'sessions/frequency',
      'frequency',
      'sessions',
      'freq',
      'service frequency',
      'how often',
    ],
  },
};

export type RosterField =
  | 'name'
  | 'lastName'
  | 'firstName'
  | 'email'
  | 'position'
  | 'authorization'
  | 'issued'
  | 'expires';

export const ROSTER_FIELDS: FieldTable<RosterField> = {
  name: {
    label: 'Name',
    synonyms: ['name', 'staff name', 'employee name', 'full name', 'teacher', 'staff'],
  },
  lastName: { label: 'Last Name', synonyms: ['last name', 'lastname', 'last'] },
  firstName: { label: 'First Name', synonyms: ['first name', 'firstname', 'first'] },
  email: { label: 'Email', synonyms: ['email', 'e-mail', 'email address', 'work email'] },
  position: {
    label: 'Position',
    synonyms: ['position', 'title', 'job title', 'role', 'assignment'],
  },
  authorization: {
    label: 'Authorization',
    synonyms: [
      'authorization',
      'authorization code',
      'credential',
      'credential code',
      'ctc code',
      'credential authorization',
      'document',
      'authorization name',
    ],
  },
  issued: {
    label: 'Issued',
    synonyms: ['issued', 'issue date', 'issued date', 'date issued', 'valid from', 'effective'],
  },
  expires: {
    label: 'Expires',
    synonyms: [
      'expires',
      'expiration',
      'expiration date',
      'expiry',
      'expiry date',
      'expire date',
      'valid through',
      'valid until',
    ],
  },
};

/**
 * The columns of each input file (CONTRACT.md §3; VENDORS.md §1.3 and §12(b)): for each field,
 * its header spellings, most preferred first, and its name in messages. A field a page shows
 * too takes the page's spellings (spellings.ts), so a header and a label mean the same field on
 * both surfaces; the few spellings only a header may be are added here, and the page's that a
 * header must not be are left out here, each with its reason (test/fields/spellings.test.ts
 * holds the list of both). Fields no page shows (the student's last and first name, the roster)
 * are spelled here only.
 *
 * Pure data: the matching logic is in src/csv/headers.ts. Spellings are compared after
 * normaliseHeader() (lower case, NBSP/`:`/`*`/`#`/`_` as spaces, "/" tight, spaces collapsed),
 * so write them in that form. Within one field, earlier synonyms win: a file with both
 * `Disability 1 Code` and `Disability 1` reads the code first and the name only when the code
 * cell is empty.
 */

import {
  FIELD_LABELS,
  type FieldName,
  SERVICE_COLUMNS,
  type ServiceColumnKind,
  WEAK_FIELD_LABELS,
} from './spellings';

export interface FieldSpec {
  /** Header spellings, most preferred first. */
  synonyms: readonly string[];
  /** Shown in messages ("a student id column"). */
  label: string;
}

export type FieldTable<F extends string> = Readonly<Record<F, FieldSpec>>;

/** A field's header spellings: the page's, less those in `not`, then those in `also`. */
function spec(
  label: string,
  spellings: readonly string[],
  also: readonly string[] = [],
  not: readonly string[] = [],
): FieldSpec {
  return { label, synonyms: [...spellings.filter((s) => !not.includes(s)), ...also] };
}

// ---------------------------------------------------------------------------------------------
// The student: in the students file, and naming the student in the services file

/**
 * A page has one student id; a file keeps the vendor's, the district's and the state's apart
 * (src/csv/ids.ts), the vendor's preferred as the student's id in reports. Of the page's, a SEIS
 * id is the vendor's and every other the district's.
 */
const isVendorId = (spelling: string) => spelling.startsWith('seis');

/**
 * "Vendor ID", "IEP ID" and a bare "ID" are a student id only as a column of a file of students:
 * on a page they may name an agency, the IEP document or a member of staff.
 */
const VENDOR_ID = spec('SEIS ID', FIELD_LABELS.studentId.filter(isVendorId), [
  'vendor id',
  'iep id',
]);
const LOCAL_ID = spec(
  'Student ID',
  FIELD_LABELS.studentId.filter((s) => !isVendorId(s)),
  ['id'],
);
const STATE_ID = spec('SSID', FIELD_LABELS.stateId);
const STUDENT_NAME = spec('Name', FIELD_LABELS.studentName);

/**
 * The student's last and first name in columns of their own. A page shows the student's name
 * whole: there a bare "Last Name" is a part of the case manager's name, in a case manager's
 * section (src/scrape/label-match.ts namePart).
 */
const LAST_NAME = spec('Last Name', ['last name', 'lastname', 'student last name', 'last']);
const FIRST_NAME = spec('First Name', ['first name', 'firstname', 'student first name', 'first']);

/**
 * The columns that name the student, in either file: an id of each kind, the name whole or in
 * parts.
 */
type StudentColumn = 'vendorId' | 'localId' | 'stateId' | 'studentName' | 'lastName' | 'firstName';

const STUDENT_COLUMNS: FieldTable<StudentColumn> = {
  vendorId: VENDOR_ID,
  localId: LOCAL_ID,
  stateId: STATE_ID,
  studentName: STUDENT_NAME,
  lastName: LAST_NAME,
  firstName: FIRST_NAME,
};

/** The students file's fields: a page's (FieldName), with the student's id of each kind. */
export type StudentField = StudentColumn | Exclude<FieldName, 'studentId'>;

export const STUDENT_FIELDS: FieldTable<StudentField> = {
  ...STUDENT_COLUMNS,
  grade: spec('Grade', FIELD_LABELS.grade),
  dateOfBirth: spec('Date of Birth', FIELD_LABELS.dateOfBirth),
  // Not "Special Education Teacher" (a page's weak label): a column has no value to try first,
  // and in a file of students it may be any teacher of the student.
  caseManager: spec('Case Manager', FIELD_LABELS.caseManager),
  // The labels a page reads only when the value parses ("Disability", "Eligibility") come last:
  // a file's generic column is read only where no specific one has a value ("Eligibility" may
  // hold "Eligible").
  primaryDisability: spec(
    'Disability 1',
    FIELD_LABELS.primaryDisability,
    WEAK_FIELD_LABELS.primaryDisability,
  ),
  secondaryDisability: spec('Disability 2', FIELD_LABELS.secondaryDisability),
  alternatePlacement: spec('Alternate Placement', FIELD_LABELS.alternatePlacement),
  program: spec('Program', FIELD_LABELS.program),
  // SEIS's export names its setting columns by age (VENDORS.md §12); a bare "Setting" is the
  // program's setting only in a file of students: on a page it may be a service's (a services
  // grid's location column, SERVICE_COLUMNS.location).
  setting: spec('Program Setting', FIELD_LABELS.setting, [
    'program setting (tk/kgn or greater, ages 5-22)',
    'preschool program setting (3-5 year-old preschool and 4 year-old tk/kgn)',
    'setting',
  ]),
  percentInRegularClass: spec('Percent IN Regular Class', FIELD_LABELS.percentInRegularClass),
};

// ---------------------------------------------------------------------------------------------
// Services

export type ServiceField =
  | StudentColumn
  | Extract<
      ServiceColumnKind,
      | 'code'
      | 'service'
      | 'provider'
      | 'providerPosition'
      | 'location'
      | 'delivery'
      | 'start'
      | 'end'
      | 'dates'
      | 'frequency'
    >;

/**
 * A services file's columns, by the kinds of a page's services grid. A file has no status
 * column, and its time is one "Sessions / Frequency" cell read whole (frequency.ts
 * minutesPerWeek): a page's split time columns (period, sessions, duration, minutes or hours a
 * week) are read only on a page, where they are combined.
 */
export const SERVICE_FIELDS: FieldTable<ServiceField> = {
  ...STUDENT_COLUMNS,
  code: spec('Service Code', SERVICE_COLUMNS.code),
  // Not the plural "Related Services" or "Special Education Services", nor "DIS": in a file
  // they head a student's list of services or a yes/no, and the audit page would take a
  // students file with such a column for a services file (src/audit/file-kind.ts).
  service: spec(
    'Service',
    SERVICE_COLUMNS.service,
    [],
    ['special education services', 'related services', 'dis'],
  ),
  // Not an agency or a provider's code: the file's provider is looked up by name on the roster,
  // and nothing in a file tells an agency's name from a person's (on a page, scrape/values.ts
  // isAgency does).
  provider: spec(
    'Provider',
    SERVICE_COLUMNS.provider,
    [],
    ['agency', 'provider code', 'special education service provider code'],
  ),
  providerPosition: spec('Provider Position', SERVICE_COLUMNS.providerPosition),
  location: spec('Location', SERVICE_COLUMNS.location),
  delivery: spec('Delivery', SERVICE_COLUMNS.delivery),
  // Not a bare "From" or "To": a file's date cell that is not a date refuses its row, and in a
  // file these may head anything; on a page a value that is not a date is kept as shown.
  start: spec('Start Date', SERVICE_COLUMNS.start, [], ['from']),
  end: spec('End Date', SERVICE_COLUMNS.end, [], ['to']),
  dates: spec('Dates', SERVICE_COLUMNS.dates),
  // A file's one time column may be headed "Sessions" (on a page, a count, SERVICE_COLUMNS
  // .sessions); not "Times" or a frequency code, which alone say nothing of minutes.
  frequency: spec(
    'Sessions / Frequency',
    SERVICE_COLUMNS.frequency,
    ['sessions'],
    ['times', 'service frequency code'],
  ),
};

// ---------------------------------------------------------------------------------------------
// The staff roster (no page shows one)

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

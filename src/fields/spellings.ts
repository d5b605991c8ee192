/**
 * The one vocabulary of the fields we read: for each field, how vendors spell it, as the label in
 * front of its value on a page and as the column header of an export (../shared/vendors/VENDORS.md
 * §12(b)). Both readers take these lists: the page reader (src/scrape/label-match.ts compares a
 * page's label text with them) and the CSV reader (files.ts makes each file's headers of them,
 * with the few spellings only a header may be, and those it must not be, each said why there).
 *
 * Each list is in a file's order of preference: a file with two columns for one field reads the
 * first one listed, and the next only where that cell is empty (a code before a name). On a page
 * the order does not matter.
 *
 * The content script carries these lists (bench/budgets.js): a spelling only a file's header
 * needs goes in files.ts, not here.
 */

export type FieldName =
  | 'studentName'
  | 'studentId'
  | 'stateId'
  | 'dateOfBirth'
  | 'grade'
  | 'caseManager'
  | 'primaryDisability'
  | 'secondaryDisability'
  | 'alternatePlacement'
  | 'program'
  | 'setting'
  | 'percentInRegularClass';

/**
 * Labels that name the field whatever the page. "Person Responsible", "Provider" and "Team
 * Member" are deliberately absent from caseManager: they name someone else (§12(b)).
 */
export const FIELD_LABELS: Record<FieldName, readonly string[]> = {
  studentName: ['student name', 'name', 'student', 'student legal name', 'student full name'],
  // Not "ID", "IEP ID" or "Vendor ID", which a file's header may be (files.ts): on a page they
  // may name the IEP document, an agency or a member of staff.
  studentId: [
    'seis id',
    'seisid',
    'student id',
    'studentid',
    'district id',
    'local student id',
    'local id',
    'localid',
    'perm id',
    'permanent id',
    'student number',
    'student no',
  ],
  stateId: [
    'ssid',
    'student ssid',
    'state student id',
    'statewide student identifier',
    'state id',
    'stateprovidenceid',
    'calpads ssid',
  ],
  dateOfBirth: ['date of birth', 'dob', 'birthdate', 'birth date', 'student birthdate'],
  grade: ['grade', 'grade level', 'grade code', 'current grade', 'gr', 'grd'],
  caseManager: [
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
  primaryDisability: [
    'disability 1 code',
    'primary disability code',
    'disability code 1',
    'disability 1',
    'primary disability',
    'primary eligibility',
    'eligibility category',
    'primary handicapping condition',
    'primary designation',
    'reporting disability',
    'primary exceptionality',
    'qualifying disability',
  ],
  secondaryDisability: [
    'disability 2 code',
    'secondary disability code',
    'disability code 2',
    'disability 2',
    'secondary disability',
    'secondary eligibility',
    'other disability',
    'other disabilities',
    'additional disability',
    'secondary designation',
  ],
  alternatePlacement: ['alternate placement', 'alternative placement', 'alt placement'],
  program: [
    'program',
    'placement',
    'special education program',
    'sped program',
    'special ed program',
  ],
  // Not a bare "Setting", which a students file's header may be (files.ts): on a page it may be a
  // service's (SERVICE_COLUMNS.location).
  setting: [
    'program setting',
    'program setting code',
    'federal setting',
    'educational setting',
    'special education setting',
    'special ed setting',
    'least restrictive environment',
    'lre',
  ],
  percentInRegularClass: [
    'percent in regular class',
    '% in regular class',
    'percent of time in general education',
  ],
};

/**
 * Labels that may name the field but also name other things ("Eligibility: Eligible", a team
 * list's "Special Education Teacher"). A value read under one counts only if it parses as the
 * field's kind of value, and any reading under a FIELD_LABELS label wins over it.
 */
export const WEAK_FIELD_LABELS: Partial<Record<FieldName, readonly string[]>> = {
  caseManager: ['special education teacher'],
  primaryDisability: ['disability code', 'disability', 'eligibility', 'handicap'],
};

/** A part of a person's name given in a field of its own (issue 14, class 4). */
export type NamePart = 'last' | 'first' | 'middle';

/** What a services grid's column holds (§12(b) "Services grid / table columns"). */
export type ServiceColumnKind =
  | 'service'
  | 'code'
  | 'provider'
  | 'providerPosition'
  | 'location'
  | 'frequency'
  | 'period'
  | 'sessions'
  | 'duration'
  | 'weeklyMinutes'
  | 'weeklyHours'
  | 'start'
  | 'end'
  | 'dates'
  | 'delivery'
  | 'status';

/** Column headers, compared by headerKey(): lower case, "/" tight, brackets as spaces. */
export const SERVICE_COLUMNS: Record<ServiceColumnKind, readonly string[]> = {
  service: [
    'service',
    'service type',
    'services',
    'special education service',
    'special education services',
    'related service',
    'related services',
    'dis',
    'program/service',
    'service name',
    'service description',
  ],
  code: ['service code', 'education service code', 'service type code'],
  provider: [
    'provider',
    'provider name',
    'service provider',
    'provided by',
    'staff',
    'staff name',
    'responsible staff',
    'person responsible',
    'agency',
    'provider code',
    'special education service provider code',
  ],
  providerPosition: [
    'provider position',
    'provider type',
    'provider title',
    'position responsible',
    'position',
    'provider role',
  ],
  location: [
    'location',
    'setting',
    'service location',
    'location of service',
    'service setting',
    'where',
    'service location code',
    'room',
  ],
  frequency: [
    'sessions/frequency',
    'frequency',
    'freq',
    'service frequency',
    'how often',
    'times',
    'service frequency code',
  ],
  period: ['frequency period', 'period', 'per'],
  sessions: ['sessions', 'number of sessions', 'times per week', 'sessions per week'],
  duration: [
    'duration',
    'duration min',
    'duration minutes',
    'minutes',
    'min',
    'min/session',
    'minutes/session',
    'minutes per session',
    'session length',
    'service duration',
    'length',
  ],
  weeklyMinutes: [
    'minutes per week',
    'min/week',
    'min/wk',
    'minutes/week',
    'total minutes per week',
    'weekly minutes',
  ],
  weeklyHours: ['hours per week', 'hours/week'],
  start: [
    'start date',
    'start',
    'begin date',
    'begin',
    'service start',
    'service start date',
    'initiation date',
    'from',
  ],
  end: ['end date', 'end', 'ending date', 'service end', 'service end date', 'through', 'to'],
  dates: ['dates', 'service dates', 'date range', 'start/end', 'start/end date', 'start/end dates'],
  delivery: [
    'delivery',
    'delivery setting',
    'delivery model',
    'group/individual',
    'individual/group',
    'group size',
    'service model',
    'individual/group/consult',
    'push in/pull out',
    'direct/indirect',
    'grp/ind',
  ],
  status: ['status', 'service status', 'record status'],
};

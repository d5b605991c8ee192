/**
 * The labels vendors put in front of the fields we read, and the column headers of services
 * grids (../shared/vendors/VENDORS.md §12(b)). Data only: the readers compare normalised label
 * text against these lists.
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
  studentName: ['name', 'student', 'student name', 'student legal name'],
  studentId: [
    'seis id',
    'student id',
    'district id',
    'local student id',
    'localid',
    'local id',
    'perm id',
    'student number',
  ],
  stateId: [
    'ssid',
    'student ssid',
    'state student id',
    'statewide student identifier',
    'state id',
    'calpads ssid',
    'stateprovidenceid',
  ],
  dateOfBirth: ['dob', 'date of birth', 'birthdate', 'birth date', 'student birthdate'],
  grade: ['grade', 'grade level', 'grade code', 'current grade', 'gr'],
  caseManager: [
    'case manager',
    'case mgr',
    'cm',
    'caseload manager',
    'case carrier',
    'iep case manager',
    'primary case manager',
    'case manager name',
    'teacher of record',
    'tor',
    'responsible teacher',
    'iep manager',
  ],
  primaryDisability: [
    'primary disability',
    'primary eligibility',
    'primary disability code',
    'disability 1',
    'disability 1 code',
    'disability code 1',
    'eligibility category',
    'primary handicapping condition',
    'primary designation',
    'reporting disability',
    'primary exceptionality',
    'qualifying disability',
  ],
  secondaryDisability: [
    'secondary disability',
    'secondary eligibility',
    'disability 2',
    'disability 2 code',
    'other disability',
    'other disabilities',
    'additional disability',
    'secondary designation',
  ],
  alternatePlacement: ['alternate placement', 'alternative placement'],
  program: ['program', 'placement', 'special education program'],
  setting: [
    'program setting',
    'program setting code',
    'federal setting',
    'educational setting',
    'special ed setting',
    'special education setting',
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
  primaryDisability: ['disability', 'disability code', 'eligibility', 'handicap'],
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
    'services',
    'service type',
    'service name',
    'service description',
    'special education service',
    'special education services',
    'related service',
    'related services',
    'dis',
    'program/service',
  ],
  code: ['service code', 'education service code', 'service type code'],
  provider: [
    'provider',
    'service provider',
    'provider name',
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
  ],
  location: [
    'location',
    'service location',
    'location of service',
    'setting',
    'service setting',
    'where',
    'service location code',
    'room',
  ],
  frequency: [
    'frequency',
    'sessions/frequency',
    'freq',
    'times',
    'how often',
    'service frequency',
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
    'start',
    'start date',
    'begin',
    'begin date',
    'service start',
    'service start date',
    'initiation date',
    'from',
  ],
  end: ['end', 'end date', 'ending date', 'service end', 'service end date', 'through', 'to'],
  dates: ['dates', 'date range', 'service dates', 'start/end', 'start/end date', 'start/end dates'],
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

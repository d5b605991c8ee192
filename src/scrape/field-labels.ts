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

/**
 * Lower case, no NBSP, no ':' '*' '#', no trailing '.', single spaces: how labels are compared.
 * "*Primary Disability:", "CASE MGR.", "Grade\u00a0#" → "primary disability", "case mgr", "grade".
 */
export function normaliseLabel(text: string): string {
  // One replace for the marks and the whitespace together: this runs on most text of a page.
  const spaced = text.replace(/[\u00a0\u200b-\u200d\u2060\ufeff*:#\s]+/g, ' ').trim();
  return (spaced.endsWith('.') ? spaced.slice(0, -1).trimEnd() : spaced).toLowerCase();
}

/** A header as SERVICE_COLUMNS spells it: "Minutes / Session" → "minutes/session". */
export function headerKey(text: string): string {
  return normaliseLabel(text)
    .replace(/[^a-z0-9/%]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

export interface LabelMatch {
  field: FieldName;
  /** From WEAK_FIELD_LABELS: the value must parse before it counts. */
  weak: boolean;
  /** A label of one part of the case manager's name: "Case Manager Last Name", "CM First". */
  part?: NamePart;
  /**
   * A part's label that names no one ("Last Name"): the case manager's only inside a fieldset,
   * table or section headed by a case manager label (label-reader.ts inManagerScope).
   */
  scoped?: boolean;
}

function labelEntries(
  lists: Partial<Record<FieldName, readonly string[]>>,
  weak: boolean,
): [string, LabelMatch][] {
  return (Object.entries(lists) as [FieldName, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label): [string, LabelMatch] => [label, { field, weak }]),
  );
}

/** Strong labels last, so they win if a list ever repeats a weak one. */
const LABEL_INDEX: ReadonlyMap<string, LabelMatch> = new Map([
  ...labelEntries(WEAK_FIELD_LABELS, true),
  ...labelEntries(FIELD_LABELS, false),
]);

const COLUMN_INDEX: ReadonlyMap<string, ServiceColumnKind> = new Map(
  (Object.entries(SERVICE_COLUMNS) as [ServiceColumnKind, readonly string[]][]).flatMap(
    ([kind, headers]) => headers.map((header) => [header, kind] as const),
  ),
);

/**
 * Text that may begin with a label: one of the labels' first words at its start (a part of a
 * name's too: "Last Name"). Text starting with any other word is no label: one precompiled
 * test, no match object, so most text of a page is passed over at its first word.
 */
export const LABEL_START = new RegExp(
  `^[\\s\u200b-\u200d\u2060*#:]*(?:${[
    ...new Set([...LABEL_INDEX.keys()].map((label) => label.split(' ')[0])),
  ].join('|')}|last|first|middle|mi|surname|given|family)(?![^\\s\u200b-\u200d\u2060*#:.])`,
  'i',
);

/** Text that normaliseLabel would change. */
const NEEDS_NORMALISING = /[\u00a0\u200b-\u200d\u2060\ufeff*:#.]|\s\s|^\s|\s$|[\t\n\r\f]/;

/** Labels are short; skipping long text keeps the page walk cheap. */
const MAX_LABEL = 60;

/** The field a label names, strong or weak; undefined if none. */
export function matchLabel(text: string): LabelMatch | undefined {
  if (text.length > MAX_LABEL) return undefined;
  // The page walk calls this for every short text node: most fail on their first word, before
  // any normalising.
  if (!LABEL_START.test(text)) return undefined;
  const lower = text.toLowerCase();
  const direct =
    LABEL_INDEX.get(lower) ??
    (NEEDS_NORMALISING.test(lower) ? LABEL_INDEX.get(normaliseLabel(text)) : undefined);
  if (direct) return direct;
  // One part of the case manager's name: "Case Manager Last Name", "CM First", "Case Mgr MI",
  // or a bare "Last Name" (scoped: the case manager's only in a case manager's section).
  const [lead, part] = namePart(text) ?? [];
  const named = lead ? matchLabel(lead) : undefined;
  return part && (!lead || (named?.field === 'caseManager' && !named.weak && !named.part))
    ? { field: 'caseManager', weak: false, part, scoped: !lead }
    : undefined;
}

/** A label of one part of a name, after its lead if any: "Case Manager | Last Name", "MI". */
const PART_LABEL =
  /^(.*?) ?\b(?:(last(?: name)?|surname|family name)|(first(?: name)?|given name)|middle(?: name| initial)?|mi)$/;

/** A name part's label → its lead ("provider", "case manager", '') and the part. */
export function namePart(label: string): [lead: string, part: NamePart] | undefined {
  const m = label.length > MAX_LABEL ? null : PART_LABEL.exec(normaliseLabel(label));
  return m ? [m[1] ?? '', m[2] ? 'last' : m[3] ? 'first' : 'middle'] : undefined;
}

/** The field a label names (FIELD_LABELS only, a whole field: no part of a name). */
export function fieldForLabel(text: string): FieldName | undefined {
  const match = matchLabel(text);
  return match && !match.weak && !match.part ? match.field : undefined;
}

/** The services column a header names; undefined if none. */
export function serviceColumnFor(header: string): ServiceColumnKind | undefined {
  if (header.length > MAX_LABEL) return undefined;
  return COLUMN_INDEX.get(headerKey(header));
}

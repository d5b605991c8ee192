/**
 * The data the hostile-value tests feed the fixture pages: the SEIS fixture's form JSON
 * (test/fixtures/seis/page.html renders it) and the generic page's case JSON
 * (test/fixtures/hostile/generic.html). Two shapes:
 *
 * - `all`: the value in every field the page shows, and in every column of its service rows;
 * - `core`: a real case manager, disability and services (so the verdict, the role question
 *   and a note on a service row are drawn), with the value in every other field and in a
 *   service row of its own.
 */

import {
  FIELD_LABELS,
  type FieldName,
  SERVICE_COLUMNS,
  type ServiceColumnKind,
} from '../../src/fields/spellings';

export type Mode = 'all' | 'core';

/** Every field the SEIS fixture renders (the adapter reads all but school and IEP date). */
export const SEIS_FIELDS = [
  'name',
  'seisId',
  'dob',
  'grade',
  'school',
  'caseManager',
  'iepDate',
  'primary',
  'secondary',
] as const;

/** Every line of a SEIS service card. */
export const SEIS_SERVICE_FIELDS = [
  'code',
  'name',
  'start',
  'end',
  'duration',
  'provider',
  'staff',
  'location',
  'delivery',
] as const;

type SeisService = Record<(typeof SEIS_SERVICE_FIELDS)[number], string>;

/** The SEIS form 1005 (test/fixtures/seis): Chen gives speech without a speech credential. */
const SEIS_CORE = {
  caseManager: 'Chen, Morgan',
  primary: '290 - Specific Learning Disability',
};
const seisService = (code: string, name: string): SeisService => ({
  code,
  name,
  start: '10/20/2025',
  end: '10/19/2030',
  duration: '30 min x 2 sessions = 60 min Weekly',
  provider: 'Chen, Morgan',
  staff: 'Chen, Morgan',
  location: 'Resource Specialist Program',
  delivery: 'Group',
});

const everyColumn = <K extends string>(keys: readonly K[], value: string) =>
  Object.fromEntries(keys.map((k) => [k, value])) as Record<K, string>;

export function seisForm(value: string, mode: Mode): Record<string, unknown> {
  const hostileRow = (code: string) => ({ ...everyColumn(SEIS_SERVICE_FIELDS, value), code });
  if (mode === 'all') {
    return {
      ...everyColumn(SEIS_FIELDS, value),
      // A card is read only when its heading starts with a service code: one row with the
      // value as its code, and rows with real codes and the value in every other line.
      services: [hostileRow(value), hostileRow('330'), hostileRow('415')],
    };
  }
  return {
    ...everyColumn(SEIS_FIELDS, value),
    ...SEIS_CORE,
    services: [
      seisService('330', 'Specialized Academic Instruction'),
      seisService('415', 'Language and Speech'),
      hostileRow('330'),
    ],
  };
}

/**
 * Every field the label reader knows and every column kind the grid reader knows: the generic
 * page (test/fixtures/hostile/generic.html) draws each of them (hostile-values.test.ts checks
 * that it draws no fewer).
 */
export const GENERIC_FIELDS = Object.keys(FIELD_LABELS) as FieldName[];
export const GENERIC_COLUMNS = Object.keys(SERVICE_COLUMNS) as ServiceColumnKind[];

const genericService = (service: string) => ({
  service,
  provider: 'Chen, Morgan',
  location: 'Resource Room',
  frequency: '2',
  period: 'Weekly',
  duration: '30',
  start: '10/20/2025',
  end: '10/19/2030',
  delivery: 'Group',
  status: 'Active',
});

export function genericCase(value: string, mode: Mode): Record<string, unknown> {
  const fields = everyColumn(GENERIC_FIELDS, value);
  const hostileRow = (service: string) => ({ ...everyColumn(GENERIC_COLUMNS, value), service });
  if (mode === 'all') {
    return { fields, services: [hostileRow(value), hostileRow('415 - Language and Speech')] };
  }
  return {
    fields: { ...fields, caseManager: 'Chen, Morgan', primaryDisability: '290 - SLD' },
    services: [
      genericService('330 - Specialized Academic Instruction'),
      genericService('415 - Language and Speech'),
      hostileRow('330 - Specialized Academic Instruction'),
    ],
  };
}

/**
 * The case manager the `core` cases name, holding the values as authorization names the
 * checker does not know, as a district's roster file could have them: the findings then quote
 * them (roster text, not page text), so hostile text is drawn in the extension's UI. Cut to the
 * roster schema's 200 characters and 100 authorizations, so the roster is stored and read as
 * valid.
 */
export function staffWithTexts(values: readonly string[]) {
  const texts = values
    .map((text) => text.slice(0, 200))
    .filter((text) => text.trim() !== '')
    .slice(0, 100);
  return {
    name: 'Chen, Morgan',
    position: 'RSP Teacher',
    authorizations: texts.map((text) => ({ text })),
  };
}

/** The SEIS fixture page as a careless vendor would write it: values put in as markup. */
export function carelessSeisPage(html: string): string {
  const careful = /const escape = \(s\) => String\(s\)\.replace\([^\n]*\n/;
  if (!careful.test(html)) throw new Error('The SEIS fixture no longer escapes as expected.');
  return html.replace(careful, 'const escape = (s) => String(s);\n');
}

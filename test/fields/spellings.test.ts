/**
 * One vocabulary: a page's label for a field is a CSV header for the same field, and a CSV header
 * a page label, but for the exceptions listed here, each deliberate (its reason is in
 * src/fields/files.ts). Read through the readers' own matching (matchHeaders, matchLabel,
 * serviceColumnFor), so a spelling one reader's normalising would never match counts as missing.
 * A new spelling on one side only fails here until it is shared or listed.
 */
import { describe, expect, it } from 'vitest';
import { matchHeaders, normaliseHeader } from '../../src/csv/headers';
import {
  type FieldSpec,
  type FieldTable,
  ROSTER_FIELDS,
  SERVICE_FIELDS,
  STUDENT_FIELDS,
  type StudentField,
} from '../../src/fields/files';
import {
  FIELD_LABELS,
  type FieldName,
  SERVICE_COLUMNS,
  type ServiceColumnKind,
  WEAK_FIELD_LABELS,
} from '../../src/fields/spellings';
import {
  headerKey,
  matchLabel,
  normaliseLabel,
  serviceColumnFor,
} from '../../src/scrape/label-match';

/** The CSV fields a header names (matchHeaders gives one a column for each). */
function headerFields<F extends string>(spelling: string, table: FieldTable<F>): string[] {
  return Object.keys(matchHeaders([spelling], table).columns);
}

/** Spellings, by field, for which `differs` holds: what the test compares with the exceptions. */
function differing(
  lists: Record<string, readonly string[] | undefined>,
  differs: (field: string, spelling: string) => boolean,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, spellings] of Object.entries(lists)) {
    const odd = (spellings ?? []).filter((s) => differs(field, s));
    if (odd.length > 0) out[field] = odd;
  }
  return out;
}

/** A file's header spellings, by field. */
const synonymsOf = (table: Readonly<Record<string, FieldSpec>>) =>
  Object.fromEntries(Object.entries(table).map(([f, s]) => [f, s.synonyms]));

/** The page field of a students-file field; undefined for those no page shows. */
const PAGE_FIELD: Partial<Record<StudentField, FieldName>> = {
  vendorId: 'studentId',
  localId: 'studentId',
  stateId: 'stateId',
  studentName: 'studentName',
};

/** A services-grid kind a services file reads (the file has no status or split time columns). */
const FILE_KINDS = new Set<string>(Object.keys(SERVICE_FIELDS));

describe('one vocabulary for pages and files', () => {
  it('accepts every page label as a students-file header for the same field, but these', () => {
    const notHeaders = differing({ ...FIELD_LABELS }, (field, spelling) => {
      const want = field === 'studentId' ? ['vendorId', 'localId'] : [field];
      const got = headerFields(spelling, STUDENT_FIELDS);
      return got.length !== 1 || !want.includes(got[0] ?? '');
    });
    expect(notHeaders).toEqual({});
    const weakNotHeaders = differing({ ...WEAK_FIELD_LABELS }, (field, spelling) => {
      const got = headerFields(spelling, STUDENT_FIELDS);
      return got.length !== 1 || got[0] !== field;
    });
    expect(weakNotHeaders).toEqual({ caseManager: ['special education teacher'] });
  });

  it('accepts every students-file header as a page label for the same field, but these', () => {
    const notLabels = differing(synonymsOf(STUDENT_FIELDS), (field, spelling) => {
      const match = matchLabel(spelling);
      const want = PAGE_FIELD[field as StudentField] ?? field;
      return !match || match.part !== undefined || match.field !== want;
    });
    expect(notLabels).toEqual({
      vendorId: ['vendor id', 'iep id'],
      localId: ['id'],
      // No page shows the student's name in parts (a bare "Last Name" is the case manager's).
      lastName: ['last name', 'lastname', 'student last name', 'last'],
      firstName: ['first name', 'firstname', 'student first name', 'first'],
      setting: [
        'program setting (tk/kgn or greater, ages 5-22)',
        'preschool program setting (3-5 year-old preschool and 4 year-old tk/kgn)',
        'setting',
      ],
    });
  });

  it('accepts every services-grid header as a services-file header for the same kind, but these', () => {
    const notHeaders = differing({ ...SERVICE_COLUMNS }, (kind, spelling) => {
      const got = headerFields(spelling, SERVICE_FIELDS);
      return got.length !== 1 || got[0] !== kind;
    });
    // Kinds a file does not read: every spelling of theirs is left out (but "sessions", which a
    // file reads as its one time column).
    for (const kind of Object.keys(SERVICE_COLUMNS).filter((k) => !FILE_KINDS.has(k))) {
      expect(notHeaders[kind], kind).toEqual(SERVICE_COLUMNS[kind as ServiceColumnKind]);
      delete notHeaders[kind];
    }
    expect(notHeaders).toEqual({
      service: ['special education services', 'related services', 'dis'],
      provider: ['agency', 'provider code', 'special education service provider code'],
      frequency: ['times', 'service frequency code'],
      start: ['from'],
      end: ['to'],
    });
    expect(headerFields('sessions', SERVICE_FIELDS)).toEqual(['frequency']);
  });

  it('accepts every services-file header as a services-grid header for the same kind, but these', () => {
    const { vendorId, localId, stateId, studentName, lastName, firstName, ...services } =
      SERVICE_FIELDS;
    // The student's columns are the students file's own.
    expect({ vendorId, localId, stateId, studentName, lastName, firstName }).toEqual({
      vendorId: STUDENT_FIELDS.vendorId,
      localId: STUDENT_FIELDS.localId,
      stateId: STUDENT_FIELDS.stateId,
      studentName: STUDENT_FIELDS.studentName,
      lastName: STUDENT_FIELDS.lastName,
      firstName: STUDENT_FIELDS.firstName,
    });
    const notColumns = differing(
      synonymsOf(services),
      (kind, spelling) => serviceColumnFor(spelling) !== kind,
    );
    expect(notColumns).toEqual({ frequency: ['sessions'] });
  });

  it("never takes a provider's column or label for the case manager's", () => {
    for (const spelling of ['provider', 'person responsible', 'team member']) {
      expect(headerFields(spelling, STUDENT_FIELDS), spelling).not.toContain('caseManager');
      expect(matchLabel(spelling)?.field, spelling).not.toBe('caseManager');
    }
  });
});

describe('every spelling can match', () => {
  it('is written as its reader compares it', () => {
    for (const table of [STUDENT_FIELDS, SERVICE_FIELDS, ROSTER_FIELDS]) {
      for (const s of Object.values(synonymsOf(table)).flat()) {
        expect(normaliseHeader(s), s).toBe(s);
      }
    }
    for (const s of [...Object.values(FIELD_LABELS), ...Object.values(WEAK_FIELD_LABELS)].flat()) {
      expect(normaliseLabel(s ?? ''), s).toBe(s);
    }
    for (const s of Object.values(SERVICE_COLUMNS).flat()) expect(headerKey(s), s).toBe(s);
  });

  it('names one field in each list', () => {
    const once = (lists: readonly (readonly string[] | undefined)[]) => {
      const all = lists.flatMap((l) => l ?? []);
      expect(all.filter((s, i) => all.indexOf(s) !== i)).toEqual([]);
    };
    once([...Object.values(FIELD_LABELS), ...Object.values(WEAK_FIELD_LABELS)]);
    once(Object.values(SERVICE_COLUMNS));
    for (const table of [STUDENT_FIELDS, SERVICE_FIELDS, ROSTER_FIELDS]) {
      once(Object.values(synonymsOf(table)));
    }
  });

  it('reads a code before a name, and a generic disability column last', () => {
    const primary = STUDENT_FIELDS.primaryDisability.synonyms;
    expect(primary.indexOf('disability 1 code')).toBeLessThan(primary.indexOf('disability 1'));
    expect(primary.indexOf('eligibility category')).toBeLessThan(primary.indexOf('eligibility'));
    const secondary = STUDENT_FIELDS.secondaryDisability.synonyms;
    expect(secondary.indexOf('disability 2 code')).toBeLessThan(secondary.indexOf('disability 2'));
    const frequency = SERVICE_FIELDS.frequency.synonyms;
    expect(frequency.indexOf('sessions/frequency')).toBeLessThan(frequency.indexOf('frequency'));
  });
});

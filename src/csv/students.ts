/**
 * The students file (SEIS "IEP Dates", SEIS student export and the like; CONTRACT.md §3).
 * Required columns (fatal when missing): a student id or name, "Case Manager", "Disability 1"
 * (or a synonym). Everything else is optional.
 */

import { STUDENT_FIELDS, type StudentField } from '../fields/files';
import { isBlank } from '../fields/values';
import { ID_KINDS, type IdKind, joinName, type StudentIds } from './ids';
import { type CsvProblem, quote, type ReadResult, type ReadSummary, unreadable } from './problems';
import {
  columnsOf,
  forEachDataRow,
  type Input,
  noRowsProblem,
  openTable,
  type ReadOptions,
} from './table';
import { valueParsers } from './values';

export interface StudentRecord {
  /** 1-based physical line of the row. */
  line: number;
  /** The export's own student id as written (SEIS ID, else Student ID, else SSID). */
  id?: string;
  /** Every id the row carries, by kind, for joining services. */
  ids: StudentIds;
  /** As written ("Last, First" when the file has separate name columns). */
  name?: string;
  /** Normalised: PS, TK, K, 1–12… */
  grade?: string;
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  /** The case manager's name as written; null when the cell is empty. */
  caseManager: string | null;
  /** CALPADS disability codes; null when the cell is empty. */
  primary: string | null;
  secondary: string | null;
  /** null when the file does not say. */
  alternatePlacement: boolean | null;
  /** Placement text from Program / Placement / Program Setting / Percent in Regular Class. */
  placement?: string;
}

const NAME_FIELDS: StudentField[] = [
  'vendorId',
  'localId',
  'stateId',
  'studentName',
  'lastName',
  'firstName',
];
const PLACEMENT_FIELDS: StudentField[] = ['program', 'setting', 'percentInRegularClass'];
/** Each disability field and the record's key for it. */
const DISABILITY_FIELDS = [
  ['primaryDisability', 'primary'],
  ['secondaryDisability', 'secondary'],
] as const;

export function readStudents(input: Input, options: ReadOptions = {}): ReadResult<StudentRecord> {
  const records: StudentRecord[] = [];
  const summary = eachStudent(input, (s) => records.push(s), options);
  return { records, ...summary };
}

/**
 * readStudents with each record handed to `visit` as it is read, in file order, instead of
 * kept: a large audit keeps only what it needs of each row (see batch/audit.ts).
 */
export function eachStudent(
  input: Input,
  visit: (record: StudentRecord) => void,
  options: ReadOptions = {},
): ReadSummary {
  const opened = openTable(
    input,
    STUDENT_FIELDS,
    [
      {
        any: NAME_FIELDS,
        what: 'a student id or name ("SEIS ID", "Student ID", "SSID", "Name" or "Last Name"/"First Name")',
      },
      { any: ['caseManager'], what: '"Case Manager"' },
      {
        any: ['primaryDisability'],
        what: '"Disability 1" (or "Primary Disability", "Disability 1 Code")',
      },
    ],
    options,
  );
  if (!opened.ok) return unreadable(opened);
  const { table } = opened;
  const errors: CsvProblem[] = [...opened.errors];
  const warnings: CsvProblem[] = [];
  const parse = valueParsers();
  const seenIds = new Map<string, number>();
  const idColumns = ID_KINDS.map((kind) => table.columnsOf(kind));
  const col = columnsOf(table, [
    'studentName',
    'lastName',
    'firstName',
    'grade',
    'dateOfBirth',
    'caseManager',
    'primaryDisability',
    'secondaryDisability',
    'alternatePlacement',
  ]);
  const placementColumns = PLACEMENT_FIELDS.map((f) => table.columnsOf(f));

  const fail = (row: readonly string[], r: number, field: StudentField, message: string) => {
    errors.push(table.problem(r, table.columnOf(row, field), message));
  };

  const rowCount = forEachDataRow(table, errors, (row, r) => {
    // The row is left out when it has an error (each one is pushed to `errors`).
    const errorsBefore = errors.length;

    const ids: StudentIds = {};
    let id: string | undefined;
    let idKind: StudentField | undefined;
    for (let k = 0; k < ID_KINDS.length; k++) {
      const v = table.valueIn(row, idColumns[k]);
      if (v !== undefined) {
        const kind = ID_KINDS[k] as IdKind;
        ids[kind] = v;
        if (id === undefined) {
          id = v;
          idKind = kind;
        }
      }
    }
    const name =
      table.valueIn(row, col.studentName) ??
      joinName(table.valueIn(row, col.lastName), table.valueIn(row, col.firstName));
    if (id === undefined && name === undefined) {
      const col = NAME_FIELDS.map((f) => table.firstColumn(f)).find((c) => c !== undefined) ?? 0;
      errors.push(table.problem(r, col, 'the row has no student id and no student name'));
    }

    const rec: StudentRecord = {
      line: table.lineOf(r),
      ids,
      caseManager: null,
      primary: null,
      secondary: null,
      alternatePlacement: null,
    };
    if (id !== undefined) rec.id = id;
    if (name !== undefined) rec.name = name;

    const grade = table.valueIn(row, col.grade);
    if (grade !== undefined && !isBlank(grade)) {
      const g = parse.grade(grade);
      if (g !== null) rec.grade = g;
      else {
        fail(
          row,
          r,
          'grade',
          `${quote(grade)} is not a grade (expected PS, TK, K, 1–12, or a CALPADS code such as KN or 01)`,
        );
      }
    }

    const dob = table.valueIn(row, col.dateOfBirth);
    if (dob !== undefined && !isBlank(dob)) {
      const d = parse.date(dob);
      if (d !== null) rec.dateOfBirth = d;
      else
        fail(
          row,
          r,
          'dateOfBirth',
          `${quote(dob)} is not a date (expected YYYY-MM-DD or MM/DD/YYYY)`,
        );
    }

    const cm = table.valueIn(row, col.caseManager);
    if (cm !== undefined && !isBlank(cm)) rec.caseManager = cm;

    for (const [field, key] of DISABILITY_FIELDS) {
      const v = table.valueIn(row, col[field]);
      if (v === undefined || isBlank(v)) continue;
      const code = parse.disability(v);
      if (code !== null) rec[key] = code;
      else fail(row, r, field, `${quote(v)} is not a disability code or name`);
    }

    const alt = table.valueIn(row, col.alternatePlacement);
    if (alt !== undefined) {
      const v = parse.yesNo(alt);
      if (v !== null) rec.alternatePlacement = v;
      else fail(row, r, 'alternatePlacement', `${quote(alt)} is not Y or N`);
    }

    let placement: string | undefined;
    for (const cols of placementColumns) {
      const v = table.valueIn(row, cols);
      if (v === undefined || isBlank(v)) continue;
      placement = placement === undefined ? v : `${placement}; ${v}`;
    }
    if (placement !== undefined) rec.placement = placement;

    if (errors.length > errorsBefore) return;
    if (id !== undefined && idKind !== undefined) {
      const before = seenIds.get(id);
      if (before !== undefined) {
        warnings.push(
          table.problem(
            r,
            table.columnOf(row, idKind),
            `student id ${quote(id)} also appears on line ${before}; both rows are checked`,
          ),
        );
      } else {
        seenIds.set(id, rec.line);
      }
    }
    visit(rec);
  });

  if (rowCount === 0)
    return {
      errors: [noRowsProblem(table, 'students')],
      warnings,
      fatal: true,
      encoding: table.encoding,
    };
  return { errors, warnings, fatal: false, encoding: table.encoding };
}

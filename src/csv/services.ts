/**
 * The services file (SEIS "Deliveries" and the like; CONTRACT.md §3).
 * Required columns (fatal when missing): a student id or name, and "Service" (or
 * "Service Code"). Everything else is optional.
 */

import { SERVICE_FIELDS, type ServiceField } from '../fields/files';
import { minutesPerWeek } from '../fields/frequency';
import { isBlank, labelOf } from '../fields/values';
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
import { cached, valueParsers } from './values';

export interface ServiceRecord {
  /** 1-based physical line of the row. */
  line: number;
  /** 1-based column of the cell naming the student (for messages about the join). */
  studentColumn: number;
  /** The student's ids, by kind, as written. */
  studentIds: StudentIds;
  /** The student's name as written ("Last, First" from separate columns). */
  studentName?: string;
  /** CALPADS service code (330, 415…). */
  code: string;
  /** The service's label ("Specialized Academic Instruction"). */
  name?: string;
  providerName?: string;
  providerPosition?: string;
  /** The Location / Setting cell. */
  location?: string;
  delivery?: string;
  /** YYYY-MM-DD */
  start?: string;
  end?: string;
  /** From "Sessions / Frequency" (see frequency.ts for the factors). */
  minutesPerWeek?: number;
  /** The frequency cell as written. */
  frequency?: string;
}

const DATE_FIELDS = ['start', 'end'] as const;
const STUDENT_FIELDS_ANY: ServiceField[] = [
  'vendorId',
  'localId',
  'stateId',
  'studentName',
  'lastName',
  'firstName',
];

export function readServices(input: Input, options: ReadOptions = {}): ReadResult<ServiceRecord> {
  const records: ServiceRecord[] = [];
  const summary = eachService(input, (s) => records.push(s), options);
  return { records, ...summary };
}

/** readServices with each record handed to `visit` as it is read, in file order, instead of kept. */
export function eachService(
  input: Input,
  visit: (record: ServiceRecord) => void,
  options: ReadOptions = {},
): ReadSummary {
  const opened = openTable(
    input,
    SERVICE_FIELDS,
    [
      {
        any: STUDENT_FIELDS_ANY,
        what: 'a student id or name ("SEIS ID", "Student ID", "SSID" or "Name")',
      },
      { any: ['service', 'code'], what: '"Service" (or "Service Code")' },
    ],
    options,
  );
  if (!opened.ok) return unreadable(opened);
  const { table } = opened;
  const errors: CsvProblem[] = [...opened.errors];
  const warnings: CsvProblem[] = [];
  const parse = valueParsers();
  const minutes = cached(minutesPerWeek);
  // A service cell gives its code and its label, read together: one lookup per cell.
  const service = cached((text: string) => ({
    code: parse.service(text),
    label: labelOf(text),
  }));
  const unreadFrequencies = new Set<string>();
  const idColumns = ID_KINDS.map((kind) => table.columnsOf(kind));
  const col = columnsOf(table, [
    'studentName',
    'lastName',
    'firstName',
    'code',
    'service',
    'provider',
    'providerPosition',
    'location',
    'delivery',
    'start',
    'end',
    'dates',
    'frequency',
  ]);

  const fail = (row: readonly string[], r: number, field: ServiceField, message: string) => {
    errors.push(table.problem(r, table.columnOf(row, field), message));
  };

  const rowCount = forEachDataRow(table, errors, (row, r) => {
    // The row is left out when it has an error (each one is pushed to `errors`).
    const errorsBefore = errors.length;

    const studentIds: StudentIds = {};
    let studentField: ServiceField | undefined;
    for (let k = 0; k < ID_KINDS.length; k++) {
      const v = table.valueIn(row, idColumns[k]);
      if (v !== undefined) {
        const kind = ID_KINDS[k] as IdKind;
        studentIds[kind] = v;
        studentField ??= kind;
      }
    }
    const fullName = table.valueIn(row, col.studentName);
    const studentName =
      fullName ?? joinName(table.valueIn(row, col.lastName), table.valueIn(row, col.firstName));
    if (studentField === undefined && studentName !== undefined) {
      studentField = fullName !== undefined ? 'studentName' : 'lastName';
    }
    if (studentField === undefined) {
      const col =
        STUDENT_FIELDS_ANY.map((f) => table.firstColumn(f)).find((c) => c !== undefined) ?? 0;
      errors.push(table.problem(r, col, 'the row has no student id and no student name'));
    }

    const codeText = table.valueIn(row, col.code);
    const serviceText = table.valueIn(row, col.service);
    let code: string | null = null;
    let name: string | undefined;
    if (codeText !== undefined) {
      code = parse.service(codeText);
      if (code === null) fail(row, r, 'code', `${quote(codeText)} is not a service code`);
      if (serviceText !== undefined) name = service(serviceText).label;
    } else if (serviceText !== undefined) {
      const read = service(serviceText);
      code = read.code;
      if (code === null)
        fail(row, r, 'service', `${quote(serviceText)} is not a service code or name`);
      name = read.label;
    } else {
      fail(row, r, table.has('service') ? 'service' : 'code', 'the row has no service');
    }

    const rec: ServiceRecord = {
      line: table.lineOf(r),
      studentColumn: studentField === undefined ? 1 : table.columnOf(row, studentField) + 1,
      studentIds,
      code: code ?? '',
    };
    if (studentName !== undefined) rec.studentName = studentName;
    if (name !== undefined) rec.name = name;

    const provider = table.valueIn(row, col.provider);
    if (provider !== undefined && !isBlank(provider)) rec.providerName = provider;
    const position = table.valueIn(row, col.providerPosition);
    if (position !== undefined && !isBlank(position)) rec.providerPosition = position;
    const location = table.valueIn(row, col.location);
    if (location !== undefined && !isBlank(location)) rec.location = location;
    const delivery = table.valueIn(row, col.delivery);
    if (delivery !== undefined && !isBlank(delivery)) rec.delivery = delivery;

    for (const field of DATE_FIELDS) {
      const v = table.valueIn(row, col[field]);
      if (v === undefined || isBlank(v)) continue;
      const d = parse.date(v);
      if (d !== null) rec[field] = d;
      else fail(row, r, field, `${quote(v)} is not a date (expected YYYY-MM-DD or MM/DD/YYYY)`);
    }
    const dates = table.valueIn(row, col.dates);
    if (
      dates !== undefined &&
      !isBlank(dates) &&
      (rec.start === undefined || rec.end === undefined)
    ) {
      const range = parse.dateRange(dates);
      if (range === null) {
        fail(
          row,
          r,
          'dates',
          `${quote(dates)} is not a date range (expected "MM/DD/YYYY - MM/DD/YYYY")`,
        );
      } else {
        rec.start ??= range[0];
        rec.end ??= range[1];
      }
    }

    const freq = table.valueIn(row, col.frequency);
    if (freq !== undefined && !isBlank(freq)) {
      rec.frequency = freq;
      const m = minutes(freq);
      if (m !== null) rec.minutesPerWeek = m;
      else if (!unreadFrequencies.has(freq)) {
        // Warn once per distinct value: an export repeats its spellings thousands of times.
        unreadFrequencies.add(freq);
        warnings.push(
          table.problem(
            r,
            table.columnOf(row, 'frequency'),
            `${quote(freq)} could not be read as minutes per week (first of its kind); the service is still checked`,
          ),
        );
      }
    }

    if (errors.length === errorsBefore) visit(rec);
  });

  if (rowCount === 0)
    return {
      errors: [noRowsProblem(table, 'services')],
      warnings,
      fatal: true,
      encoding: table.encoding,
    };
  return { errors, warnings, fatal: false, encoding: table.encoding };
}

/**
 * The services file (SEIS "Deliveries" and the like; CONTRACT.md §3).
 * Required columns (fatal when missing): a student id or name, and "Service" (or
 * "Service Code"). Everything else is optional.
 */

import { minutesPerWeek } from './frequency';
import { ID_KINDS, joinName, type StudentIds } from './ids';
import { type CsvProblem, quote, type ReadResult, type ReadSummary, unreadable } from './problems';
import { SERVICE_FIELDS, type ServiceField } from './synonyms';
import { forEachDataRow, openTable, type ReadOptions } from './table';
import { cached, isBlank, labelOf, valueParsers } from './values';

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
  'name',
  'lastName',
  'firstName',
];

export function readServices(
  input: Uint8Array | string,
  options: ReadOptions = {},
): ReadResult<ServiceRecord> {
  const records: ServiceRecord[] = [];
  const summary = eachService(input, (s) => records.push(s), options);
  return { records, ...summary };
}

/** readServices with each record handed to `visit` as it is read, in file order, instead of kept. */
export function eachService(
  input: Uint8Array | string,
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
      { any: ['service', 'serviceCode'], what: '"Service" (or "Service Code")' },
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

  forEachDataRow(table, errors, (row, r) => {
    let bad = false;
    const fail = (field: ServiceField, message: string) => {
      errors.push(table.problem(r, table.columnOf(row, field), message));
      bad = true;
    };

    const studentIds: StudentIds = {};
    let studentField: ServiceField | undefined;
    for (const kind of ID_KINDS) {
      const v = table.value(row, kind);
      if (v !== undefined) {
        studentIds[kind] = v;
        studentField ??= kind;
      }
    }
    const fullName = table.value(row, 'name');
    const studentName =
      fullName ?? joinName(table.value(row, 'lastName'), table.value(row, 'firstName'));
    if (studentField === undefined && studentName !== undefined) {
      studentField = fullName !== undefined ? 'name' : 'lastName';
    }
    if (studentField === undefined) {
      const col =
        STUDENT_FIELDS_ANY.map((f) => table.firstColumn(f)).find((c) => c !== undefined) ?? 0;
      errors.push(table.problem(r, col, 'the row has no student id and no student name'));
      bad = true;
    }

    const codeText = table.value(row, 'serviceCode');
    const serviceText = table.value(row, 'service');
    let code: string | null = null;
    let name: string | undefined;
    if (codeText !== undefined) {
      code = parse.service(codeText);
      if (code === null) fail('serviceCode', `${quote(codeText)} is not a service code`);
      if (serviceText !== undefined) name = service(serviceText).label;
    } else if (serviceText !== undefined) {
      const read = service(serviceText);
      code = read.code;
      if (code === null) fail('service', `${quote(serviceText)} is not a service code or name`);
      name = read.label;
    } else {
      fail(table.has('service') ? 'service' : 'serviceCode', 'the row has no service');
    }

    const rec: ServiceRecord = {
      line: table.lineOf(r),
      studentColumn: studentField === undefined ? 1 : table.columnOf(row, studentField) + 1,
      studentIds,
      code: code ?? '',
    };
    if (studentName !== undefined) rec.studentName = studentName;
    if (name !== undefined) rec.name = name;

    const provider = table.value(row, 'provider');
    if (provider !== undefined && !isBlank(provider)) rec.providerName = provider;
    const position = table.value(row, 'providerPosition');
    if (position !== undefined && !isBlank(position)) rec.providerPosition = position;
    const location = table.value(row, 'location');
    if (location !== undefined && !isBlank(location)) rec.location = location;
    const delivery = table.value(row, 'delivery');
    if (delivery !== undefined && !isBlank(delivery)) rec.delivery = delivery;

    for (const field of DATE_FIELDS) {
      const v = table.value(row, field);
      if (v === undefined || isBlank(v)) continue;
      const d = parse.date(v);
      if (d !== null) rec[field] = d;
      else fail(field, `${quote(v)} is not a date (expected YYYY-MM-DD or MM/DD/YYYY)`);
    }
    const dates = table.value(row, 'dates');
    if (
      dates !== undefined &&
      !isBlank(dates) &&
      (rec.start === undefined || rec.end === undefined)
    ) {
      const range = parse.dateRange(dates);
      if (range === null) {
        fail('dates', `${quote(dates)} is not a date range (expected "MM/DD/YYYY - MM/DD/YYYY")`);
      } else {
        rec.start ??= range[0];
        rec.end ??= range[1];
      }
    }

    const freq = table.value(row, 'frequency');
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

    if (!bad) visit(rec);
  });

  return { errors, warnings, fatal: false, encoding: table.encoding };
}

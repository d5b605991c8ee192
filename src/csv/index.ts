/** Input readers for vendor exports and rosters. Pure: no fs, usable in Node and the browser. */

export { type DecodedText, type DecodeOptions, decodeText, normaliseLineEnds } from './decode';
export { matchHeaders, normaliseHeader } from './headers';
export { ID_KINDS, type IdKind, nameKey, type StudentIds } from './ids';
export { type CsvProblem, formatProblem, type ReadResult } from './problems';
export { type RosterMember, readRoster } from './roster';
export { readServices, type ServiceRecord } from './services';
export { readStudents, type StudentRecord } from './students';
export {
  type FieldSpec,
  ROSTER_FIELDS,
  type RosterField,
  SERVICE_FIELDS,
  type ServiceField,
  STUDENT_FIELDS,
  type StudentField,
} from './synonyms';
export type { ReadOptions } from './table';

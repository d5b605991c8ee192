/**
 * Input readers for vendor exports and rosters. Pure: no fs, usable in Node and the browser. The
 * files' fields and their header spellings are src/fields/files.ts.
 */

export { type DecodedText, type DecodeOptions, decodeText, normaliseLineEnds } from './decode';
export { matchHeaders, normaliseHeader } from './headers';
export { ID_KINDS, type IdKind, nameKey, type StudentIds } from './ids';
export { type CsvProblem, formatProblem, type ReadResult } from './problems';
export { type RosterMember, readRoster } from './roster';
export { readServices, type ServiceRecord } from './services';
export { readStudents, type StudentRecord } from './students';
export type { ReadOptions } from './table';

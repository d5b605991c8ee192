/**
 * Which file a dropped CSV is, from its header row, by the readers' own header names: a roster
 * names authorizations, a services export names services; anything else is taken as the
 * students export (its reader then says plainly which column it lacks). So files can be
 * dropped together, in any order.
 */
import { normaliseHeader } from '../csv/headers';
import { ROSTER_FIELDS, SERVICE_FIELDS } from '../fields/files';

export type FileKind = 'students' | 'services' | 'roster';

const ROSTER_HEADERS = new Set(ROSTER_FIELDS.authorization.synonyms);
const SERVICE_HEADERS = new Set([
  ...SERVICE_FIELDS.service.synonyms,
  ...SERVICE_FIELDS.code.synonyms,
]);

export function fileKindOf(headerLine: string): FileKind {
  const cells = headerLine.split(/[,;\t]/).map((c) => normaliseHeader(c.replace(/"/g, '')));
  if (cells.some((c) => ROSTER_HEADERS.has(c))) return 'roster';
  if (cells.some((c) => SERVICE_HEADERS.has(c))) return 'services';
  return 'students';
}

/** The first line of a file's bytes, enough to tell its kind (Latin-1 reads ASCII headers). */
export function headerLineOf(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return text.split(/\r?\n/, 1)[0] ?? '';
}

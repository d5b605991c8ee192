/**
 * A page's label text → the field it names; a services grid's column header → what the column
 * holds. The labels and headers themselves are data, shared with the CSV reader
 * (src/fields/spellings.ts); this module is how a page's text is compared with them.
 */

import {
  FIELD_LABELS,
  type FieldName,
  type NamePart,
  SERVICE_COLUMNS,
  type ServiceColumnKind,
  WEAK_FIELD_LABELS,
} from '../fields/spellings';

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

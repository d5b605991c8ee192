/**
 * What a vendor adapter reads from a page: ../shared/CONTRACT.md §4.
 * Serializable, so it can cross from the content script to the background and be saved by
 * the CLI. Add fields, never rename them.
 */

export const VENDORS = [
  'seis',
  'frontline',
  'siras',
  'welligent',
  'powerschool',
  'aeries',
  'generic',
] as const;
export type Vendor = (typeof VENDORS)[number];

export type IepView = 'current' | 'future' | 'unknown';

export interface CodedValue {
  code: string;
  label: string;
}

export interface SnapshotService {
  code?: string;
  name: string;
  provider?: string;
  providerPosition?: string;
  location?: string;
  delivery?: string;
  minutesPerWeek?: number;
  start?: string;
  end?: string;
  /** Where the page marks it: an inactive service record is not in force, whatever its dates. */
  status?: 'active' | 'inactive';
  /** Set only when this service was read by a guess (headers borrowed from another table). */
  readBy?: ReadBy;
  /**
   * The row's time cells as the page shows them, sent by the content script and turned into
   * minutesPerWeek outside the page (scrape/interpret.ts); never in a finished snapshot.
   */
  time?: TimeCells;
}

/** A services row's cells about time, as shown. */
export interface TimeCells {
  frequency?: string;
  period?: string;
  sessions?: string;
  duration?: string;
  weeklyMinutes?: string;
  weeklyHours?: string;
}

/**
 * How a field was read: `selector`, by the vendor's own markup or data (an adapter's selector,
 * its API); `label`, after a label or under a column header that names the field; `heuristic`,
 * by a guess (a label that also names other things, a name taken from the only filled cell of a
 * ticked row). A verdict that rests on a heuristic reading is a review (issue 14).
 */
export type ReadBy = 'selector' | 'label' | 'heuristic';

/** Fields whose reading is recorded: those of the label reader, and the services. */
export const READ_FIELDS = [
  'studentName',
  'studentId',
  'stateId',
  'dateOfBirth',
  'grade',
  'caseManager',
  'primaryDisability',
  'secondaryDisability',
  'alternatePlacement',
  'program',
  'setting',
  'percentInRegularClass',
  'services',
] as const;
export type ReadField = (typeof READ_FIELDS)[number];

export interface PageSnapshot {
  vendor: Vendor;
  iep: IepView;
  student: { id?: string; name?: string; grade?: string; dateOfBirth?: string };
  caseManager: { name: string } | null;
  primaryDisability: CodedValue | null;
  secondaryDisability: CodedValue | null;
  alternatePlacement: boolean | null;
  placement: { program?: string; setting?: string; percentInRegularClass?: string };
  services: SnapshotService[];
  /** Field names the adapter looked for and did not find. */
  missing: string[];
  /** How each field the snapshot gives was read (added by issue 14: CONTRACT §4 adds only). */
  readBy?: Partial<Record<ReadField, ReadBy>>;
  /**
   * Fields left out because the value shown after their label read as another label ("Email:
   * …" after "Case Manager") or an agency: a reading in doubt is not used.
   */
  doubtful?: ReadField[];
}

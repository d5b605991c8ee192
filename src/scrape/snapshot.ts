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
}

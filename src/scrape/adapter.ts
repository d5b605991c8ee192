import type { FieldName } from '../fields/spellings';
import type { PageSnapshot, ShownSnapshot, Vendor } from './snapshot';

/**
 * What an adapter gives back: the serializable snapshot, and where on the page to draw. The
 * snapshot as shown (adapter.read), or as CONTRACT.md §4 gives it once interpreted (extract).
 */
export interface Extraction<Snapshot extends ShownSnapshot | PageSnapshot = ShownSnapshot> {
  snapshot: Snapshot;
  /**
   * Where findings are drawn, right after it: the element showing the case manager's name,
   * else the primary disability's (a missing case manager is itself a finding).
   */
  anchor: Element | null;
  /** Where each service of the snapshot is shown (same order), for notes on its row. */
  serviceAnchors: (Element | null)[];
  /**
   * Where each field was read (its element), for the outline of what was read (issue 16).
   * Stays in the page with the content script: never part of the snapshot, never sent.
   */
  fieldAt?: (field: FieldName) => { element: Element } | undefined;
}

export interface VendorAdapter {
  vendor: Vendor;
  /** Cheap test on the address alone: runs on every navigation. */
  matchesUrl(url: URL): boolean;
  /**
   * What the page shows, services as shown (the content script sends this). `extract` below
   * gives the snapshot of CONTRACT.md §4, services named by their CALPADS codes.
   */
  read(root: ParentNode): Extraction;
}

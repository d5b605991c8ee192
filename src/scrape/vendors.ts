/**
 * The vendors a snapshot can name (CONTRACT.md §4 `vendor`). A module of its own so that the
 * content script, which needs the list at run time (content/reply-guard.ts), does not import
 * snapshot.ts: that module's schemas would come with it, past the script's size budget.
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

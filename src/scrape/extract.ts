/**
 * An adapter's reading of a page as CONTRACT.md §4 gives it: read, then interpreted. The CLI
 * and the tests use this; the content script sends the plain reading and the background
 * interprets it (interpret.ts says why).
 */
import type { Extraction, VendorAdapter } from './adapter';
import { interpretExtraction } from './interpret';
import type { PageSnapshot } from './snapshot';

export function extract(adapter: VendorAdapter, root: ParentNode): Extraction<PageSnapshot> {
  return interpretExtraction(adapter.read(root));
}

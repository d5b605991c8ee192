/**
 * Any page we were allowed onto but do not know: district-hosted instances and layouts no
 * vendor adapter claims. Reads by label (label-reader.ts) and services by grid headers
 * (table-reader.ts) only.
 */
import type { VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';

export const generic: VendorAdapter = {
  vendor: 'generic',
  matchesUrl: () => true,
  read: (root) => buildSnapshot(root, { vendor: 'generic', iep: 'unknown', services: null }),
};

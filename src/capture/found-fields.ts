/**
 * What the readers find in a capture, read back as the command line's `scrape` would: the
 * adapter for the capture's address, on the capture parsed without running anything. Shown on
 * the capture page so the user sees, before saving, that the copy still says where things are.
 */
import { adapterFor } from '../scrape/adapters/index';
import { extract } from '../scrape/extract';
import type { PageSnapshot } from '../scrape/snapshot';

export type FieldKey =
  | 'caseManager'
  | 'primaryDisability'
  | 'secondaryDisability'
  | 'grade'
  | 'placement'
  | 'services';

export interface FoundFields {
  vendor: PageSnapshot['vendor'];
  found: FieldKey[];
  notFound: FieldKey[];
  services: number;
}

export function foundFields(html: string, address: string): FoundFields {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    url = new URL('https://unknown.invalid/');
  }
  const { snapshot: s } = extract(adapterFor(url), doc);
  const shown: Record<FieldKey, boolean> = {
    caseManager: s.caseManager !== null,
    primaryDisability: s.primaryDisability !== null,
    secondaryDisability: s.secondaryDisability !== null,
    grade: s.student.grade !== undefined,
    placement: Object.keys(s.placement).length > 0,
    services: s.services.length > 0,
  };
  const keys = Object.keys(shown) as FieldKey[];
  return {
    vendor: s.vendor,
    found: keys.filter((k) => shown[k]),
    notFound: keys.filter((k) => !shown[k]),
    services: s.services.length,
  };
}

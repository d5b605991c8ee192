import type { VendorAdapter } from '../adapter';
import { aeries } from './aeries';
import { frontline } from './frontline';
import { generic } from './generic';
import { powerschool } from './powerschool';
import { seis } from './seis';
import { siras } from './siras';
import { welligent } from './welligent';

/** Vendor adapters in the order they are tried; the generic reader always comes last. */
export const ADAPTERS: readonly VendorAdapter[] = [
  seis,
  frontline,
  siras,
  aeries,
  welligent,
  powerschool,
  generic,
];

export function adapterFor(url: URL): VendorAdapter {
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? generic;
}

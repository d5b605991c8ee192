/**
 * Adding and removing a district address, apart from the page so the unit tests can run each
 * outcome (granted, denied, failed) with a fake browser.
 */
import type { Vendor } from '../scrape/snapshot';
import {
  coveredByPatterns,
  type DistrictHost,
  MAX_DISTRICT_HOSTS,
  type OriginProblem,
  originPattern,
  parseDistrictOrigin,
} from '../settings/district-hosts';
import type { SaveResult } from '../settings/store';

export interface HostAccessApi {
  /** permissions.request: must run inside the click that asked for it. */
  request(pattern: string): Promise<boolean>;
  release(pattern: string): Promise<boolean>;
  save(hosts: DistrictHost[]): Promise<SaveResult>;
}

export type NewHostCheck =
  | { ok: true; host: DistrictHost }
  | { ok: false; problem: OriginProblem | 'duplicate' | 'built-in' | 'full' };

/** Everything that can be said about the typed address before asking the browser. */
export function checkNewHost(
  input: string,
  vendor: Vendor,
  hosts: readonly DistrictHost[],
  builtInPatterns: readonly string[],
): NewHostCheck {
  const parsed = parseDistrictOrigin(input);
  if (!parsed.ok) return parsed;
  if (hosts.some((h) => h.origin === parsed.origin)) return { ok: false, problem: 'duplicate' };
  if (coveredByPatterns(parsed.origin, builtInPatterns)) return { ok: false, problem: 'built-in' };
  if (hosts.length >= MAX_DISTRICT_HOSTS) return { ok: false, problem: 'full' };
  return { ok: true, host: { origin: parsed.origin, vendor } };
}

export type AddOutcome =
  | { kind: 'added'; hosts: DistrictHost[] }
  | { kind: 'denied' }
  | { kind: 'failed' };

/**
 * Asks for access and, once granted, saves the longer list (the background then registers the
 * content script). The request is this function's first step, before any await, so it runs
 * inside the user's click: browsers refuse permission requests outside a user gesture.
 */
export async function addHost(
  host: DistrictHost,
  hosts: readonly DistrictHost[],
  api: HostAccessApi,
): Promise<AddOutcome> {
  let granted: boolean;
  try {
    granted = await api.request(originPattern(host.origin));
  } catch {
    return { kind: 'failed' };
  }
  if (!granted) return { kind: 'denied' };
  const next = [...hosts, host];
  const saved = await api.save(next).catch(() => null);
  if (!saved?.ok) {
    // Access without a stored address is never used; give it back rather than keep it.
    await api.release(originPattern(host.origin)).catch(() => false);
    return { kind: 'failed' };
  }
  return { kind: 'added', hosts: next };
}

export type RemoveOutcome = { kind: 'removed'; hosts: DistrictHost[] } | { kind: 'failed' };

/** Saves the shorter list first (the script is unregistered), then gives the access back. */
export async function removeHost(
  origin: string,
  hosts: readonly DistrictHost[],
  api: HostAccessApi,
): Promise<RemoveOutcome> {
  const next = hosts.filter((h) => h.origin !== origin);
  const saved = await api.save(next).catch(() => null);
  if (!saved?.ok) return { kind: 'failed' };
  await api.release(originPattern(origin)).catch(() => false);
  return { kind: 'removed', hosts: next };
}

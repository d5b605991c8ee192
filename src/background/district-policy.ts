/**
 * The district's policy as the background sees it: storage.managed, read once and kept for the
 * worker's life (every page check needs it, and reading and checking a roster of thousands on
 * each check would be waste), read again after the browser reports a change. The same cached,
 * debounced read uBlock Origin Lite does of its administrator settings.
 */
import browser from 'webextension-polyfill';
import { type EffectiveSettings, loadEffectiveSettings } from '../settings/effective';
import { readManagedPolicy } from '../settings/managed-policy';
import type { PolicyRead } from '../settings/policy';

/** Policy updates come in bursts (one event per refreshed source): act once they settle. */
const SETTLE_MS = 250;

let cached: Promise<PolicyRead> | null = null;

async function readManaged(): Promise<PolicyRead> {
  const read = await readManagedPolicy();
  if (read.problems.length > 0) {
    // The keys only: the details may quote the district's staff roster.
    const keys = [...new Set(read.problems.map((p) => p.key))].join(', ');
    console.warn(`Case Manager Check: district policy keys not used (unreadable): ${keys}`);
  }
  return read;
}

/** Never rejects: an unreadable policy is no policy. */
export function districtPolicy(): Promise<PolicyRead> {
  cached ??= readManaged();
  return cached;
}

/** The settings every check uses: the user's own under the district's policy. */
export function effectiveSettings(): Promise<EffectiveSettings> {
  return loadEffectiveSettings(browser.storage.local, districtPolicy);
}

/**
 * Forgets the cached policy when the browser reports a new one, then calls `onChange` once the
 * burst settles. Call once, synchronously, at the worker's top level.
 */
export function watchDistrictPolicy(onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    cached = null;
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  });
}

/**
 * The district's policy as the options page reads it: storage.managed, checked the way the
 * background checks it (src/settings/policy.ts), and read again when the browser reports a
 * change, so the page never shows a control as free that the district has just locked.
 */
import browser from 'webextension-polyfill';
import { NO_POLICY_READ, type PolicyRead, readPolicy } from '../settings/policy';

/** The manifest's own content-script addresses: a vendor's domain needs no adding. */
export function builtInPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
}

/** Never rejects: with no policy at all (Firefox rejects then), the page is the user's. */
export async function readDistrictPolicy(): Promise<PolicyRead> {
  try {
    return readPolicy(await browser.storage.managed.get(), builtInPatterns());
  } catch {
    return NO_POLICY_READ;
  }
}

/** Calls `onChange` with each new policy; returns the function that stops listening. */
export function watchDistrictPolicy(onChange: (read: PolicyRead) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readDistrictPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The district's policy as the options page follows it: read again (settings/managed-policy.ts)
 * when the browser reports a change, so the page never shows a control as free that the
 * district has just locked.
 */
import browser from 'webextension-polyfill';
import { readManagedPolicy } from '../settings/managed-policy';
import type { PolicyRead } from '../settings/policy';

/** Calls `onChange` with each new policy; returns the function that stops listening. */
export function watchDistrictPolicy(onChange: (read: PolicyRead) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The district's policy read from the browser's managed storage, checked (policy.ts): the one
 * read the background and the extension pages share.
 */
import browser from 'webextension-polyfill';
import { NO_POLICY_READ, type PolicyRead, readPolicy } from './policy';

/** The manifest's own content-script addresses: a district address there is dropped. */
export function builtInPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
}

/** Never rejects: with no policy at all (Firefox rejects then), there is no policy. */
export async function readManagedPolicy(): Promise<PolicyRead> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return NO_POLICY_READ;
  }
  return readPolicy(raw, builtInPatterns());
}

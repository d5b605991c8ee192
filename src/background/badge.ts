import browser from 'webextension-polyfill';
import type { CaseResult } from '../rules/types';
import { needsAttention } from '../ui/vocabulary';

const COLOURS = { violation: '#b3261e', review: '#8a5a00', ok: '#1e6b3a' } as const;

/** The toolbar badge counts what needs attention: errors and warnings. */
export async function showBadge(tabId: number, result: CaseResult | null): Promise<void> {
  const count = result ? result.findings.filter((f) => needsAttention(f.severity)).length : 0;
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (result) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[result.status] });
  }
}

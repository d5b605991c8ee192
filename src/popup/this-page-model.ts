/**
 * What the "This page" part of the popup shows, from the background's reply to `tab-status`.
 * Pure, so the unit tests hold it to the toolbar badge's count and the engine's order.
 */
import * as v from 'valibot';
import type { ShownFinding } from '../messages';
import { TabStatusResponse } from '../messages';
import type { Role, StudentStatus } from '../rules/types';
import type { IepView } from '../scrape/snapshot';
import { needsAttention, SEVERITY_RANK } from '../ui/vocabulary';

export type ThisPageView =
  /** Before the background answers: drawn as an empty box of the final height (no jump). */
  | { state: 'loading' }
  /** The tab shows no IEP the extension could read (any other site, a student list…). */
  | { state: 'no-iep' }
  /** The background could not answer, or answered something that is not a tab status. */
  | { state: 'failed' }
  | {
      state: 'checked';
      status: StudentStatus;
      role: Role;
      iep: IepView;
      /** Errors and warnings: the number on the toolbar badge. */
      attention: number;
      /** Most serious first. */
      findings: ShownFinding[];
    };

/**
 * What needs attention: errors and warnings. The toolbar badge (src/background/badge.ts)
 * counts the same; test/popup/this-page-model.test.ts runs both on the same findings.
 */
export function attentionCount(findings: readonly Pick<ShownFinding, 'severity'>[]): number {
  return findings.filter((f) => needsAttention(f.severity)).length;
}

/**
 * Most serious first. The engine already sorts this way (and, within a severity, by rule and
 * service); a stable sort keeps its order and guards the popup against any other producer.
 */
export function orderFindings<T extends Pick<ShownFinding, 'severity'>>(
  findings: readonly T[],
): T[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export function thisPageView(reply: unknown): ThisPageView {
  const parsed = v.safeParse(TabStatusResponse, reply);
  if (!parsed.success) return { state: 'failed' };
  const { result, iep } = parsed.output;
  if (!result) return { state: 'no-iep' };
  return {
    state: 'checked',
    status: result.status,
    role: result.role,
    iep,
    attention: attentionCount(result.findings),
    findings: orderFindings(result.findings),
  };
}

/**
 * The tab the popup reports on, when its address names one (`?tab=<id>`). The browser opens
 * the real popup without a query, and the popup then reports on the active tab of its window.
 * The end-to-end tests open the popup as an ordinary tab, which would be its own active tab:
 * they name the vendor page's tab instead. Only an extension page can ask the background for a
 * tab's status (handle-message.ts), and a web page cannot open this one, so a tab id in the
 * address lets nobody read anything they could not already see.
 */
export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

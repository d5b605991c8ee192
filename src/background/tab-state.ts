/**
 * Per-tab state in storage.session: each frame's latest snapshot and the verdict shown. It
 * survives the service worker being stopped, stays in memory only and is gone when the
 * browser closes. Student-related data may live here and nowhere else in the extension.
 */
import browser from 'webextension-polyfill';
import type { TabStatusResponse } from '../messages';
import type { PageSnapshot } from '../scrape/snapshot';

export interface FrameEntry {
  /** Chrome's documentId: a new one in the top frame means the tab navigated. */
  documentId?: string;
  /** The snapshot with its services read (scrape/interpret.ts). */
  snapshot: PageSnapshot;
  /** Each service row's code as the frame listed them, for notes on those rows. */
  rowCodes?: (string | null)[];
}

export interface TabState {
  frames: Record<string, FrameEntry>;
  status: TabStatusResponse;
}

const EMPTY_STATUS: TabStatusResponse = { result: null, iep: 'unknown', vendor: null };
const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? { frames: {}, status: EMPTY_STATUS };
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  if (Object.keys(state.frames).length === 0) await forgetTab(tabId);
  else await browser.storage.session.set({ [key(tabId)]: state });
}

export async function readTabStatus(tabId: number): Promise<TabStatusResponse> {
  return (await readTabState(tabId)).status;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function trackedTabs(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)));
}

/**
 * Runs read-modify-write steps on one tab's state one after another: several frames of a tab
 * report at once, and interleaved writes would lose a frame.
 */
const queues = new Map<number, Promise<unknown>>();
export function withTab<T>(tabId: number, step: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(step, step);
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}

import browser from 'webextension-polyfill';
import { caseFromSnapshot } from '../check/case-from-snapshot';
import type { CheckPageResponse, ContentRequest } from '../messages';
import { evaluateCase } from '../rules/engine';
import type { CaseResult } from '../rules/types';
import { interpretSnapshot } from '../scrape/interpret';
import { type FrameSnapshot, framesByView, mergeSnapshots } from '../scrape/merge';
import type { IepView, PageSnapshot } from '../scrape/snapshot';
import { loadSettings } from '../settings/store';
import { asOfDate } from './as-of';
import { showBadge } from './badge';
import { readTabState, type TabState, withTab, writeTabState } from './tab-state';

export interface FrameSender {
  tabId: number;
  frameId: number;
  documentId?: string;
}

function hasContent(snapshot: PageSnapshot): boolean {
  return snapshot.caseManager !== null || snapshot.primaryDisability !== null;
}

async function evaluate(snapshot: PageSnapshot): Promise<CaseResult> {
  const { settings } = await loadSettings(browser.storage.local);
  const studentCase = caseFromSnapshot(
    snapshot,
    { profile: settings.profile, roster: settings.roster?.staff ?? [] },
    asOfDate(settings.preferences),
  );
  studentCase.disabledRules = settings.preferences.disabledRules;
  return evaluateCase(studentCase);
}

function recordFrame(state: TabState, sender: FrameSender, snapshot: PageSnapshot): void {
  // A new document in the top frame is a new page: every frame's old snapshot is stale.
  const top = state.frames['0'];
  if (sender.frameId === 0 && top && top.documentId !== sender.documentId) state.frames = {};
  const entry = { snapshot, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
  state.frames[String(sender.frameId)] = entry;
}

/**
 * Records one frame's snapshot, merges the frames showing the same IEP view, runs the rules on
 * the merged snapshot and tells the view's other frames the new verdict.
 */
export function checkPage(shown: PageSnapshot, sender: FrameSender): Promise<CheckPageResponse> {
  // The content script sends services as shown; which services they are is read here.
  const snapshot = interpretSnapshot(shown);
  return withTab(sender.tabId, async () => {
    const state = await readTabState(sender.tabId);
    recordFrame(state, sender, snapshot);
    const frames: FrameSnapshot[] = Object.entries(state.frames).map(([id, entry]) => ({
      frameId: Number(id),
      snapshot: entry.snapshot,
    }));
    let view: IepView = snapshot.iep;
    let group: FrameSnapshot[] = [];
    for (const [groupView, members] of framesByView(frames)) {
      if (members.some((m) => m.frameId === sender.frameId)) {
        view = groupView;
        group = members;
      }
    }
    const merged = mergeSnapshots(group);
    const result = merged && hasContent(merged) ? await evaluate(merged) : null;
    state.status = { result, iep: view, vendor: merged?.vendor ?? null };
    await writeTabState(sender.tabId, state);
    await showBadge(sender.tabId, result);

    const drawing = drawingFrame(group);
    for (const member of group) {
      if (member.frameId === sender.frameId) continue;
      const push: ContentRequest = {
        type: 'show-result',
        result,
        iep: view,
        draw: member.frameId === drawing,
      };
      browser.tabs
        .sendMessage(sender.tabId, push, { frameId: member.frameId })
        .catch(() => forgetFrame(sender.tabId, member.frameId));
    }
    return { ok: true, result, iep: view, draw: sender.frameId === drawing };
  });
}

/**
 * The one frame of a view that draws the verdict: the top-most showing the case manager, else
 * the top-most showing the primary disability (a missing case manager is itself a finding).
 */
function drawingFrame(group: readonly FrameSnapshot[]): number | undefined {
  const top = (frames: FrameSnapshot[]) =>
    frames.reduce<number | undefined>((min, f) => Math.min(min ?? f.frameId, f.frameId), undefined);
  return (
    top(group.filter((f) => f.snapshot.caseManager !== null)) ??
    top(group.filter((f) => f.snapshot.primaryDisability !== null))
  );
}

/** A frame that no longer answers has gone: drop its snapshot. */
function forgetFrame(tabId: number, frameId: number): Promise<void> {
  return withTab(tabId, async () => {
    const state = await readTabState(tabId);
    delete state.frames[String(frameId)];
    await writeTabState(tabId, state);
  });
}

import browser from 'webextension-polyfill';
import { caseFromSnapshot } from '../check/case-from-snapshot';
import type { CheckPageResponse, ChosenRole, ContentRequest } from '../messages';
import { evaluateCase } from '../rules/engine';
import type { CaseResult } from '../rules/types';
import { interpretService } from '../scrape/interpret';
import { type FrameSnapshot, framesByView, mergeSnapshots } from '../scrape/merge';
import type { IepView, PageSnapshot } from '../scrape/snapshot';
import { asOfDate } from './as-of';
import { showBadge } from './badge';
import { effectiveSettings } from './district-policy';
import { serviceNotes } from './service-notes';
import { studentHash, studentIdentity } from './student-key';
import { acknowledge, quickHash, recall, rememberRole } from './student-memory';
import { readTabState, type TabState, withTab, writeTabState } from './tab-state';

export interface FrameSender {
  tabId: number;
  frameId: number;
  documentId?: string;
}

type DrawState = Extract<CheckPageResponse, { ok: true }>;

function hasContent(snapshot: PageSnapshot): boolean {
  return snapshot.caseManager !== null || snapshot.primaryDisability !== null;
}

async function evaluate(snapshot: PageSnapshot, chosenRole: ChosenRole): Promise<CaseResult> {
  // The user's own settings under the district's policy, if any.
  const settings = await effectiveSettings();
  const studentCase = caseFromSnapshot(
    snapshot,
    { profile: settings.profile, roster: settings.roster },
    asOfDate(settings.preferences),
  );
  studentCase.disabledRules = settings.preferences.disabledRules;
  if (chosenRole && studentCase.caseManager) studentCase.caseManager.roleOverride = chosenRole;
  return evaluateCase(studentCase);
}

/**
 * Records one frame's snapshot. The content script sends services as shown; which services they
 * are is read here, and each row's code kept by its place on the page for the row notes.
 */
function recordFrame(state: TabState, sender: FrameSender, shown: PageSnapshot): void {
  // A new document in the top frame is a new page: every frame's old snapshot is stale.
  const top = state.frames['0'];
  if (sender.frameId === 0 && top && top.documentId !== sender.documentId) state.frames = {};
  const read = shown.services.map((s) => interpretService(s));
  const snapshot = { ...shown, services: read.flatMap((s) => s ?? []) };
  const entry = {
    snapshot,
    rowCodes: read.map((s) => s?.code ?? null),
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
  };
  state.frames[String(sender.frameId)] = entry;
}

/** What the user may change about the student in the sender's view before it is checked. */
type Change =
  | { kind: 'none' }
  | { kind: 'role'; role: ChosenRole }
  | { kind: 'acknowledge'; finding: string };

/**
 * Merges the frames showing the sender's IEP view, applies the user's change for that student,
 * runs the rules, records the verdict, tells the view's other frames, and returns what the
 * sender's frame draws.
 */
async function checkView(
  state: TabState,
  sender: FrameSender,
  change: Change,
  /** Tell the sender's frame too: nobody is waiting for this check's answer. */
  pushToSender = false,
): Promise<DrawState> {
  const frames: FrameSnapshot[] = Object.entries(state.frames).map(([id, entry]) => ({
    frameId: Number(id),
    snapshot: entry.snapshot,
  }));
  let view: IepView = state.frames[String(sender.frameId)]?.snapshot.iep ?? 'unknown';
  let group: FrameSnapshot[] = [];
  for (const [groupView, members] of framesByView(frames)) {
    if (members.some((m) => m.frameId === sender.frameId)) {
      view = groupView;
      group = members;
    }
  }
  const merged = mergeSnapshots(group);
  const identity = merged ? studentIdentity(merged) : null;
  let hash: string | null = null;
  let derive = false;
  if (identity && change.kind !== 'none') hash = await studentHash(identity);
  else if (identity) ({ hash, derive } = await quickHash(identity));
  if (hash && identity && change.kind === 'role') await rememberRole(hash, identity, change.role);
  if (hash && change.kind === 'acknowledge') await acknowledge(hash, change.finding);
  const memory = await recall(hash, identity);
  const result = merged && hasContent(merged) ? await evaluate(merged, memory.chosenRole) : null;
  state.status = { result, iep: view, vendor: merged?.vendor ?? null };
  await writeTabState(sender.tabId, state);
  // The tab may have closed while the check ran: its badge is gone with it, not a failure.
  await showBadge(sender.tabId, result).catch(() => undefined);

  const drawing = drawingFrame(group);
  const drawState = (frameId: number): DrawState => ({
    ok: true,
    result,
    iep: view,
    draw: frameId === drawing,
    acknowledged: memory.acknowledged,
    // A choice is shown only where it can apply: an IEP naming a case manager.
    chosenRole: merged?.caseManager ? memory.chosenRole : null,
    notes: serviceNotes(state.frames[String(frameId)]?.rowCodes ?? [], result),
  });
  for (const member of group) {
    if (member.frameId === sender.frameId && !pushToSender) continue;
    const { ok: _, ...shown } = drawState(member.frameId);
    const push: ContentRequest = { type: 'show-result', ...shown };
    browser.tabs
      .sendMessage(sender.tabId, push, { frameId: member.frameId })
      .catch(() => forgetFrame(sender.tabId, member.frameId));
  }
  if (derive && identity) rememberLater(identity, sender);
  return drawState(sender.frameId);
}

/**
 * The first view of a student this session, with choices stored: the slow hash (about 0.1 s)
 * would hold up the first findings, so they go out without the memory, and the hash is derived
 * now; if the student has a remembered role, the view is checked again and every frame redrawn.
 */
function rememberLater(identity: string, sender: FrameSender): void {
  studentHash(identity)
    .then((hash) => recall(hash, identity))
    .then((memory) => {
      if (!memory.chosenRole) return;
      return withTab(sender.tabId, async () => {
        const state = await readTabState(sender.tabId);
        if (!state.frames[String(sender.frameId)]) return;
        await checkView(state, sender, { kind: 'none' }, true);
      });
    })
    .catch(() => console.error('Case Manager Check: a remembered choice could not be read.'));
}

/** A frame's new snapshot: record it and check its view. */
export function checkPage(shown: PageSnapshot, sender: FrameSender): Promise<DrawState> {
  return withTab(sender.tabId, async () => {
    const state = await readTabState(sender.tabId);
    recordFrame(state, sender, shown);
    return checkView(state, sender, { kind: 'none' });
  });
}

/**
 * The user's word about the student the sender's frame shows (a role, an acknowledgement),
 * applied and checked at once. Null when that frame has sent no snapshot to apply it to.
 */
export function changeStudent(
  sender: FrameSender,
  change: Exclude<Change, { kind: 'none' }>,
): Promise<DrawState | null> {
  return withTab(sender.tabId, async () => {
    const state = await readTabState(sender.tabId);
    if (!state.frames[String(sender.frameId)]) return null;
    return checkView(state, sender, change);
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

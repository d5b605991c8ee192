import browser from 'webextension-polyfill';
import { caseFromSnapshot } from '../check/case-from-snapshot';
import {
  applyCorrections,
  type Correction,
  correctableReadings,
  type StoredCorrections,
  withCorrection,
} from '../check/corrections';
import type { CheckPageResponse, ChosenRole, ContentRequest } from '../messages';
import { evaluateCase } from '../rules';
import type { CaseResult } from '../rules/types';
import { interpretService } from '../scrape/interpret';
import { type FrameSnapshot, framesByView, mergeSnapshots } from '../scrape/merge';
import type { IepView, PageSnapshot, ShownSnapshot } from '../scrape/snapshot';
import { asOfDate, localToday } from '../settings/as-of';
import { showBadge } from './badge';
import { effectiveSettings } from './district-policy';
import { serviceNotes } from './service-notes';
import { readingDigest, studentHash, studentIdentity } from './student-key';
import {
  acknowledge,
  quickHash,
  recall,
  rememberCorrections,
  rememberRole,
  type StudentMemory,
} from './student-memory';
import { readTabState, type TabState, withTab, writeTabState } from './tab-state';

export interface FrameSender {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export type DrawState = Extract<CheckPageResponse, { ok: true }>;

function hasContent(snapshot: PageSnapshot): boolean {
  return snapshot.caseManager !== null || snapshot.primaryDisability !== null;
}

interface Evaluated {
  result: CaseResult;
  /** The readings the user's corrections changed (check/corrections.ts). */
  corrected: string[];
}

/**
 * Checks the merged snapshot with what the user told us about this student: their corrections
 * (`correction`, a new one, is stored first) and their role choice.
 */
async function evaluate(
  snapshot: PageSnapshot,
  memory: StudentMemory,
  hash: string | null,
  correction: Correction | null,
): Promise<Evaluated> {
  // The user's own settings under the district's policy, if any.
  const settings = await effectiveSettings();
  const studentCase = caseFromSnapshot(
    snapshot,
    { profile: settings.profile, roster: settings.roster },
    asOfDate(settings.preferences),
  );
  studentCase.disabledRules = settings.preferences.disabledRules;
  let corrections: StoredCorrections | null = memory.corrections;
  let corrected: string[] = [];
  if (hash && (corrections || correction)) {
    // The readings a correction can name, each as its digest (a few HMACs, no slow derivation).
    const digests = new Map<string, string>();
    for (const [field, value] of correctableReadings(studentCase)) {
      digests.set(field, await readingDigest(hash, value));
    }
    const digestOf = (field: string) => digests.get(field);
    if (correction) {
      const next = withCorrection(corrections, correction, digestOf, localToday());
      if (next) {
        await rememberCorrections(hash, next);
        corrections = next;
      }
    }
    corrected = applyCorrections(studentCase, corrections, digestOf);
  }
  if (memory.chosenRole && studentCase.caseManager) {
    studentCase.caseManager.roleOverride = memory.chosenRole;
  }
  return { result: evaluateCase(studentCase), corrected };
}

/**
 * Records one frame's snapshot. The content script sends services as shown; which services they
 * are is read here, and each row's code kept by its place on the page for the row notes.
 */
function recordFrame(state: TabState, sender: FrameSender, shown: ShownSnapshot): void {
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
  | { kind: 'acknowledge'; finding: string }
  | { kind: 'correct'; correction: Correction };

/** The frames that show the same IEP view as this frame, and which view that is. */
function viewGroup(state: TabState, frameId: number): { view: IepView; group: FrameSnapshot[] } {
  const frames: FrameSnapshot[] = Object.entries(state.frames).map(([id, entry]) => ({
    frameId: Number(id),
    snapshot: entry.snapshot,
  }));
  let view: IepView = state.frames[String(frameId)]?.snapshot.iep ?? 'unknown';
  let group: FrameSnapshot[] = [];
  for (const [groupView, members] of framesByView(frames)) {
    if (members.some((m) => m.frameId === frameId)) {
      view = groupView;
      group = members;
    }
  }
  return { view, group };
}

/** What the tools loaded on demand (background/tools.ts) need to know of a frame's view. */
export interface ViewInfo {
  /** The view's frames merged, services read (scrape/interpret.ts). */
  merged: PageSnapshot | null;
  /** The frames showing the view, and the one that draws its verdict. */
  frames: number[];
  drawing: number | undefined;
  /** The readings the user's corrections change now. */
  corrected: string[];
  /** What the frame draws now. */
  draw: DrawState;
  /** Each frame's service rows' codes, in the order its snapshot listed them. */
  rowCodes: Record<number, (string | null)[]>;
}

/**
 * The view the frame shows, checked again (and drawn again where it changed) so that what the
 * tool shows agrees with the verdict; null when the tab has sent no snapshot. `frameId` null:
 * the tab's top-most frame that has (a keyboard shortcut names no frame).
 */
export function inspectView(tabId: number, frameId: number | null): Promise<ViewInfo | null> {
  return withTab(tabId, async () => {
    const state = await readTabState(tabId);
    const ids = Object.keys(state.frames).map(Number);
    const id = frameId ?? (ids.length > 0 ? Math.min(...ids) : null);
    if (id === null || !state.frames[String(id)]) return null;
    const { group } = viewGroup(state, id);
    const draw = await checkView(state, { tabId, frameId: id }, { kind: 'none' });
    return {
      merged: mergeSnapshots(group),
      frames: group.map((f) => f.frameId),
      drawing: drawingFrame(group),
      corrected: draw.corrected ?? [],
      draw,
      rowCodes: Object.fromEntries(
        group.map((f) => [f.frameId, state.frames[String(f.frameId)]?.rowCodes ?? []]),
      ),
    };
  });
}

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
  const { view, group } = viewGroup(state, sender.frameId);
  const merged = mergeSnapshots(group);
  const identity = merged ? studentIdentity(merged) : null;
  let hash: string | null = null;
  let derive = false;
  if (identity && change.kind !== 'none') hash = await studentHash(identity);
  else if (identity) ({ hash, derive } = await quickHash(identity));
  if (hash && identity && change.kind === 'role') await rememberRole(hash, identity, change.role);
  if (hash && change.kind === 'acknowledge') await acknowledge(hash, change.finding);
  const memory = await recall(hash, identity);
  const evaluated =
    merged && hasContent(merged)
      ? await evaluate(merged, memory, hash, change.kind === 'correct' ? change.correction : null)
      : null;
  const result = evaluated?.result ?? null;
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
    corrected: evaluated?.corrected ?? [],
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
      if (!memory.chosenRole && !memory.corrections) return;
      return withTab(sender.tabId, async () => {
        const state = await readTabState(sender.tabId);
        if (!state.frames[String(sender.frameId)]) return;
        await checkView(state, sender, { kind: 'none' }, true);
      });
    })
    .catch(() => console.error('Case Manager Check: a remembered choice could not be read.'));
}

/** A frame's new snapshot: record it and check its view. */
export function checkPage(shown: ShownSnapshot, sender: FrameSender): Promise<DrawState> {
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
    // A correction may come from the form loaded on demand, not the content script waiting for
    // this answer: the sender's frame is told too (an unchanged drawing is not drawn again).
    return checkView(state, sender, change, change.kind === 'correct');
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

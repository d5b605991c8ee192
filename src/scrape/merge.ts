/**
 * One IEP view can be spread over several frames (a header frame, a services frame). Each
 * frame's content script reads only its own document; these functions join the frames'
 * snapshots into one per IEP view, the way a person reading the whole screen would.
 */
import type { IepView, PageSnapshot, ShownSnapshot } from './snapshot';

export interface FrameSnapshot {
  frameId: number;
  snapshot: PageSnapshot;
}

const SCALARS = [
  'caseManager',
  'primaryDisability',
  'secondaryDisability',
  'alternatePlacement',
] as const;

/**
 * Frames with nothing IEP-like (menus, blank frames, lists) are left out of every view. A frame
 * that only tells which IEP is shown (a "Current IEP" tab strip) counts: it places the others.
 * Asked of a snapshot as shown (the content script) and as interpreted (the CLI, the merge).
 */
export function hasContent(s: ShownSnapshot | PageSnapshot): boolean {
  return (
    s.iep !== 'unknown' ||
    s.caseManager !== null ||
    s.primaryDisability !== null ||
    s.services.length > 0 ||
    Object.keys(s.student).length > 0
  );
}

/**
 * Joins snapshots of one view. The top-most frame (lowest frameId, 0 = the tab itself) wins a
 * field both frames show; services are kept from every frame that shows any, without repeats.
 * A field is missing only if every frame misses it.
 */
export function mergeSnapshots(frames: readonly FrameSnapshot[]): PageSnapshot | null {
  const ordered = [...frames]
    .filter((f) => hasContent(f.snapshot))
    .sort((a, b) => a.frameId - b.frameId);
  const [first, ...rest] = ordered;
  if (!first) return null;
  const merged: PageSnapshot = structuredClone(first.snapshot);
  const seenServices = new Set(merged.services.map((s) => JSON.stringify(s)));
  for (const { snapshot } of rest) {
    for (const key of SCALARS) {
      if (merged[key] === null && snapshot[key] !== null) {
        (merged as unknown as Record<string, unknown>)[key] = structuredClone(snapshot[key]);
      }
    }
    // How each field was read goes with the field: from whichever frame gave it.
    if (snapshot.readBy) merged.readBy = { ...snapshot.readBy, ...merged.readBy };
    merged.student = { ...snapshot.student, ...merged.student };
    merged.placement = { ...snapshot.placement, ...merged.placement };
    for (const service of snapshot.services) {
      const key = JSON.stringify(service);
      if (!seenServices.has(key)) {
        seenServices.add(key);
        merged.services.push(structuredClone(service));
      }
    }
    if (merged.vendor === 'generic') merged.vendor = snapshot.vendor;
    if (merged.iep === 'unknown') merged.iep = snapshot.iep;
  }
  merged.missing = first.snapshot.missing.filter((field) =>
    rest.every(({ snapshot }) => snapshot.missing.includes(field)),
  );
  return merged;
}

/**
 * Groups a tab's frames by the IEP view they show. A frame that can't tell its view joins the
 * only view the other frames show; with two views on screen (Future beside Current) it can't
 * be placed, so it stays a view of its own.
 */
export function framesByView(frames: readonly FrameSnapshot[]): Map<IepView, FrameSnapshot[]> {
  const known = new Set(frames.map((f) => f.snapshot.iep).filter((v) => v !== 'unknown'));
  const onlyView = known.size === 1 ? [...known][0] : undefined;
  const groups = new Map<IepView, FrameSnapshot[]>();
  for (const frame of frames) {
    const view = frame.snapshot.iep === 'unknown' ? (onlyView ?? 'unknown') : frame.snapshot.iep;
    groups.set(view, [...(groups.get(view) ?? []), frame]);
  }
  return groups;
}

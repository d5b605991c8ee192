/**
 * One check of the page: read it with the vendor's adapter, ask the background for a verdict
 * when what the page shows has changed, and draw the verdict next to the case manager and
 * notes on the service rows it concerns. Idempotent: running it again on an unchanged page
 * sends nothing and changes nothing on the page.
 *
 * A closure rather than a class: its state stays in local names the minifier shortens, which
 * keeps the script that loads on every vendor page inside its size budget (issue 16).
 */

import type { BackgroundRequest, ChosenRole, Tool } from '../messages';
import { ADAPTERS, adapterFor } from '../scrape/adapters';
import { hasContent } from '../scrape/merge';
import type { Vendor } from '../scrape/snapshot';
import { ext } from '../ui/runtime';
import { pageUrl } from './page-url';
import { READ } from './read-registry';
import { isCheckReply } from './reply-guard';
import { createHost, HOST_ATTRIBUTE } from './ui/host';
import { renderNote } from './ui/service-note';
import { renderStatus } from './ui/status-panel';
import type { Verdict } from './ui/verdict';

export interface PageCheck {
  /** `force` re-asks the background even if the page is unchanged (settings changed). */
  run(force?: boolean): Promise<void>;
  /** Another frame of the same IEP view changed the verdict. */
  showResult(verdict: Verdict): void;
  /** Removes everything this check drew (the script is stopping). */
  removeAll(): void;
}

export function pageCheck(
  doc: Document,
  signal: AbortSignal,
  /** The vendor the user named for this district-hosted address, if it is one. */
  districtVendor: Vendor | null = null,
): PageCheck {
  let lastSnapshotKey = '';
  let verdict: Verdict | null = null;
  let anchor: Element | null = null;
  let serviceAnchors: (Element | null)[] = [];
  let hasCaseManager = false;
  let host: HTMLElement | null = null;
  /** What the status host shows now, so an unchanged verdict is not drawn again. */
  let drawn = '';
  /** Note hosts by the element they sit in, with what each shows. */
  const notes = new Map<Element, { host: HTMLElement; shows: string }>();

  const adapter = () => {
    const byAddress = adapterFor(pageUrl(doc));
    return (
      (districtVendor &&
        byAddress.vendor === 'generic' &&
        ADAPTERS.find((a) => a.vendor === districtVendor)) ||
      byAddress
    );
  };

  const run = async (force = false): Promise<void> => {
    if (signal.aborted) return;
    const read = adapter().read(doc);
    const { snapshot } = read;
    ({ anchor, serviceAnchors } = read);
    // Left in this isolated world for the outline of what was read (tools/outline.ts), which
    // the background loads on demand; the page's own scripts cannot see it.
    (globalThis as { [READ]?: unknown })[READ] = read;
    hasCaseManager = snapshot.caseManager !== null;
    const key = JSON.stringify(snapshot);
    // A frame with nothing to report, that never reported, has nothing to say or draw.
    const silent = !hasContent(snapshot) && lastSnapshotKey === '';
    if (!silent && (force || key !== lastSnapshotKey)) {
      lastSnapshotKey = hasContent(snapshot) ? key : '';
      await ask({ type: 'check-page', snapshot });
      if (signal.aborted) return;
    }
    draw();
  };

  const ask = async (message: BackgroundRequest): Promise<void> => {
    const reply = await ext.runtime.sendMessage(message);
    if (signal.aborted) return;
    if (isCheckReply(reply) && reply.ok) {
      const { ok: _, ...shown } = reply;
      verdict = shown;
    } else {
      verdict = null;
    }
  };

  /**
   * The user's word about this student: asked, then drawn at once. A background that has lost
   * this page (its session ended) gets the page again rather than leaving the badge gone.
   */
  const change = (message: BackgroundRequest): void => {
    ask(message)
      .then(() => (verdict ? draw() : run(true)))
      .catch(() => console.warn('Case Manager Check: the change could not be saved.'));
  };

  const actions = {
    chooseRole: (role: ChosenRole) => change({ type: 'choose-role', role }),
    acknowledge: (finding: string) => change({ type: 'acknowledge', finding }),
    undo: (field: string) => change({ type: 'correct', correction: { kind: 'undo', field } }),
    // Answered, like a change, with what this frame draws (the view checked again).
    open: (tool: Tool) => change({ type: 'open-tool', tool }),
  };

  const removeHost = (): void => {
    host?.remove();
    host = null;
    drawn = '';
  };

  const draw = (): void => {
    drawNotes(verdict);
    const at = anchor;
    if (!at?.isConnected || !verdict?.result || !verdict.draw) {
      removeHost();
      return;
    }
    // Inside the element that shows the name, after it: beside it, the host would be a cell of
    // a grid or flex row and move its neighbours. Elements that cannot hold one (an input, a
    // select) get it after them. Re-attached after a re-render wiped it or the anchor changed.
    const inside = !/^(INPUT|SELECT|TEXTAREA)$/.test(at.tagName);
    if (!host?.isConnected || (inside ? host.parentElement : host.previousElementSibling) !== at) {
      removeHost();
      host = createHost(doc, 'case-manager', at);
      if (inside) at.append(host);
      else at.after(host);
    }
    const shows = JSON.stringify([verdict, hasCaseManager]);
    if (shows === drawn) return;
    drawn = shows;
    renderStatus(host, { ...verdict, result: verdict.result }, hasCaseManager, actions);
  };

  const drawNotes = (shown: Verdict | null): void => {
    const wanted = new Map<Element, Verdict['notes'][number]>();
    for (const note of shown?.result ? shown.notes : []) {
      const at = serviceAnchors[note.index];
      if (at?.isConnected && !wanted.has(at)) wanted.set(at, note);
    }
    for (const [at, note] of notes) {
      if (!wanted.has(at) || note.host.parentElement !== at) {
        note.host.remove();
        notes.delete(at);
      }
    }
    for (const [at, note] of wanted) {
      const shows = JSON.stringify(note);
      let drawnNote = notes.get(at);
      if (!drawnNote) {
        drawnNote = { host: createHost(doc, 'service-note', at), shows: '' };
        at.append(drawnNote.host);
        notes.set(at, drawnNote);
      }
      if (drawnNote.shows !== shows) {
        renderNote(drawnNote.host, note);
        drawnNote.shows = shows;
      }
    }
  };

  return {
    run,
    showResult(shown: Verdict): void {
      if (signal.aborted) return;
      verdict = shown;
      draw();
    },
    removeAll(): void {
      removeHost();
      for (const note of notes.values()) note.host.remove();
      notes.clear();
    },
  };
}

/**
 * Hosts left by an earlier copy of this script (an extension update), to be cleared: ours
 * have a shadow root; a page's own element with the attribute is the page's, left alone.
 */
export function clearStaleHosts(doc: Document): void {
  for (const stale of doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) {
    if (stale.shadowRoot) stale.remove();
  }
}

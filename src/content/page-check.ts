/**
 * One check of the page: read it with the vendor's adapter, ask the background for a verdict
 * when what the page shows has changed, and draw the verdict next to the case manager and
 * notes on the service rows it concerns. Idempotent: running it again on an unchanged page
 * sends nothing and changes nothing on the page.
 */

import type { ChosenRole } from '../messages';
import { ADAPTERS, adapterFor } from '../scrape/adapters';
import { hasContent } from '../scrape/merge';
import type { Vendor } from '../scrape/snapshot';
import { pageUrl } from './page-url';
import { isCheckReply } from './reply-guard';
import { ext } from './runtime';
import { createHost, HOST_ATTRIBUTE } from './ui/host';
import { renderNote } from './ui/service-note';
import { renderStatus } from './ui/status-panel';
import type { Verdict } from './ui/verdict';

export class PageCheck {
  private lastSnapshotKey = '';
  private verdict: Verdict | null = null;
  private anchor: Element | null = null;
  private serviceAnchors: (Element | null)[] = [];
  private hasCaseManager = false;
  private host: HTMLElement | null = null;
  /** What the status host shows now, so an unchanged verdict is not drawn again. */
  private drawn = '';
  /** Note hosts by the element they sit in, with what each shows. */
  private notes = new Map<Element, { host: HTMLElement; shows: string }>();

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    /** The vendor the user named for this district-hosted address, if it is one. */
    private readonly districtVendor: Vendor | null = null,
  ) {}

  private adapter() {
    const byAddress = adapterFor(pageUrl(this.doc));
    const named = this.districtVendor;
    return (
      (named && byAddress.vendor === 'generic' && ADAPTERS.find((a) => a.vendor === named)) ||
      byAddress
    );
  }

  /** `force` re-asks the background even if the page is unchanged (settings changed). */
  async run(force = false): Promise<void> {
    if (this.signal.aborted) return;
    const { snapshot, anchor, serviceAnchors } = this.adapter().read(this.doc);
    this.anchor = anchor;
    this.serviceAnchors = serviceAnchors;
    this.hasCaseManager = snapshot.caseManager !== null;
    const key = JSON.stringify(snapshot);
    // A frame with nothing to report, that never reported, has nothing to say or draw.
    const silent = !hasContent(snapshot) && this.lastSnapshotKey === '';
    if (!silent && (force || key !== this.lastSnapshotKey)) {
      this.lastSnapshotKey = hasContent(snapshot) ? key : '';
      await this.ask({ type: 'check-page', snapshot });
      if (this.signal.aborted) return;
    }
    this.draw();
  }

  /** Another frame of the same IEP view changed the verdict. */
  showResult(verdict: Verdict): void {
    if (this.signal.aborted) return;
    this.verdict = verdict;
    this.draw();
  }

  private async ask(message: unknown): Promise<void> {
    const reply = await ext.runtime.sendMessage(message);
    if (this.signal.aborted) return;
    if (isCheckReply(reply) && reply.ok) {
      const { ok: _, ...verdict } = reply;
      this.verdict = verdict;
    } else {
      this.verdict = null;
    }
  }

  /**
   * The user's word about this student: asked, then drawn at once. A background that has lost
   * this page (its session ended) gets the page again rather than leaving the badge gone.
   */
  private change(message: unknown): void {
    this.ask(message)
      .then(() => (this.verdict ? this.draw() : this.run(true)))
      .catch(() => console.warn('Case Manager Check: the change could not be saved.'));
  }

  private readonly actions = {
    chooseRole: (role: ChosenRole) => this.change({ type: 'choose-role', role }),
    acknowledge: (finding: string) => this.change({ type: 'acknowledge', finding }),
  };

  private draw(): void {
    const verdict = this.verdict;
    this.drawNotes(verdict);
    const anchor = this.anchor;
    if (!anchor?.isConnected || !verdict?.result || !verdict.draw) {
      this.removeHost();
      return;
    }
    // Inside the element that shows the name, after it: beside it, the host would be a cell of
    // a grid or flex row and move its neighbours. Elements that cannot hold one (an input, a
    // select) get it after them. Re-attached after a re-render wiped it or the anchor changed.
    const inside = !/^(INPUT|SELECT|TEXTAREA)$/.test(anchor.tagName);
    if (
      !this.host?.isConnected ||
      (inside ? this.host.parentElement : this.host.previousElementSibling) !== anchor
    ) {
      this.removeHost();
      this.host = createHost(this.doc, 'case-manager', anchor);
      if (inside) anchor.append(this.host);
      else anchor.after(this.host);
    }
    const shows = JSON.stringify([verdict, this.hasCaseManager]);
    if (shows === this.drawn) return;
    this.drawn = shows;
    renderStatus(
      this.host,
      { ...verdict, result: verdict.result },
      this.hasCaseManager,
      this.actions,
    );
  }

  private drawNotes(verdict: Verdict | null): void {
    const wanted = new Map<Element, Verdict['notes'][number]>();
    for (const note of verdict?.result ? verdict.notes : []) {
      const at = this.serviceAnchors[note.index];
      if (at?.isConnected && !wanted.has(at)) wanted.set(at, note);
    }
    for (const [at, drawn] of this.notes) {
      if (!wanted.has(at) || drawn.host.parentElement !== at) {
        drawn.host.remove();
        this.notes.delete(at);
      }
    }
    for (const [at, note] of wanted) {
      const shows = JSON.stringify(note);
      let drawn = this.notes.get(at);
      if (!drawn) {
        drawn = { host: createHost(this.doc, 'service-note', at), shows: '' };
        at.append(drawn.host);
        this.notes.set(at, drawn);
      }
      if (drawn.shows !== shows) {
        renderNote(drawn.host, note);
        drawn.shows = shows;
      }
    }
  }

  removeHost(): void {
    this.host?.remove();
    this.host = null;
    this.drawn = '';
  }

  /** Removes everything this check drew (the script is stopping). */
  removeAll(): void {
    this.removeHost();
    for (const { host } of this.notes.values()) host.remove();
    this.notes.clear();
  }

  /**
   * Hosts left by an earlier copy of this script (an extension update), to be cleared: ours
   * have a shadow root; a page's own element with the attribute is the page's, left alone.
   */
  static clearStaleHosts(doc: Document): void {
    for (const stale of doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) {
      if (stale.shadowRoot) stale.remove();
    }
  }
}

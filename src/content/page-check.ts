/**
 * One check of the page: read it with the vendor's adapter, ask the background for a verdict
 * when what the page shows has changed, and draw the verdict next to the case manager.
 * Idempotent: running it again on an unchanged page sends nothing and draws nothing new.
 */

import type { CaseResult } from '../rules/types';
import { adapterFor } from '../scrape/adapters';
import { hasContent } from '../scrape/merge';
import type { IepView } from '../scrape/snapshot';
import { pageUrl } from './page-url';
import { isCheckReply } from './reply-guard';
import { ext } from './runtime';
import { createHost, HOST_ATTRIBUTE, renderResult } from './ui/findings-panel';

export class PageCheck {
  private lastSnapshotKey = '';
  private lastResult: CaseResult | null = null;
  private lastView: IepView = 'unknown';
  /** Whether the background chose this frame to draw its view's verdict. */
  private drawsHere = false;
  private anchor: Element | null = null;
  private host: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {}

  /** `force` re-asks the background even if the page is unchanged (settings changed). */
  async run(force = false): Promise<void> {
    if (this.signal.aborted) return;
    const { snapshot, anchor } = adapterFor(pageUrl(this.doc)).read(this.doc);
    this.anchor = anchor;
    const key = JSON.stringify(snapshot);
    // A frame with nothing to report, that never reported, has nothing to say or draw.
    const silent = !hasContent(snapshot) && this.lastSnapshotKey === '';
    if (!silent && (force || key !== this.lastSnapshotKey)) {
      this.lastSnapshotKey = hasContent(snapshot) ? key : '';
      const reply = await ext.runtime.sendMessage({ type: 'check-page', snapshot });
      if (this.signal.aborted) return;
      if (isCheckReply(reply) && reply.ok) {
        this.lastResult = reply.result;
        this.lastView = reply.iep;
        this.drawsHere = reply.draw;
      } else {
        this.lastResult = null;
      }
    }
    this.draw();
  }

  /** Another frame of the same IEP view changed the verdict. */
  showResult(result: CaseResult | null, view: IepView, draw: boolean): void {
    if (this.signal.aborted) return;
    this.lastResult = result;
    this.lastView = view;
    this.drawsHere = draw;
    this.draw();
  }

  private draw(): void {
    const anchor = this.anchor;
    if (!anchor?.isConnected || !this.lastResult || !this.drawsHere) {
      this.removeHost();
      return;
    }
    // Re-attach after a re-render wiped our host, or move it when the anchor changed.
    if (!this.host?.isConnected || this.host.previousElementSibling !== anchor) {
      this.removeHost();
      this.host = createHost(this.doc, 'case-manager');
      anchor.after(this.host);
    }
    renderResult(this.host, this.lastResult, this.lastView);
  }

  removeHost(): void {
    this.host?.remove();
    this.host = null;
  }

  /** Hosts left by an earlier copy of this script (an extension update), to be cleared. */
  static clearStaleHosts(doc: Document): void {
    for (const stale of doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) stale.remove();
  }
}

/**
 * Content script entry: runs in every frame of the vendor hosts. It only reads the page,
 * sends a snapshot to the background and draws the answer; it never throws into the page.
 */

import { adapterFor } from '../scrape/adapters';
import type { Vendor } from '../scrape/snapshot';
import { ext } from '../ui/runtime';
import { clearStaleHosts, pageCheck } from './page-check';
import { pageUrl } from './page-url';
import { watchPage } from './page-watch';
import { isContentRequest, isVendorReply } from './reply-guard';

const LOADED = Symbol.for('case-manager-check.loaded');
type Guarded = typeof globalThis & { [LOADED]?: AbortController };

function isContextInvalidated(error: unknown): boolean {
  return (
    error instanceof Error &&
    /context invalidated|Receiving end does not exist/i.test(error.message)
  );
}

function start(): void {
  const global = globalThis as Guarded;
  // A second copy (the extension was updated or re-injected) replaces the first cleanly.
  global[LOADED]?.abort();
  const controller = new AbortController();
  global[LOADED] = controller;
  const { signal } = controller;

  clearStaleHosts(document);
  void districtVendor().then((vendor) => {
    if (!signal.aborted) begin(controller, vendor);
  });
}

/**
 * On an address no vendor adapter claims, the vendor the user named for it in the options
 * (a district-hosted vendor site); null elsewhere, or when the background cannot say.
 */
async function districtVendor(): Promise<Vendor | null> {
  if (adapterFor(pageUrl(document)).vendor !== 'generic') return null;
  const reply: unknown = await ext.runtime.sendMessage({ type: 'which-vendor' }).catch(() => null);
  return isVendorReply(reply) ? reply.vendor : null;
}

function begin(controller: AbortController, vendor: Vendor | null): void {
  const { signal } = controller;
  const check = pageCheck(document, signal, vendor);
  const stop = () => {
    controller.abort();
    check.removeAll();
  };
  const run = (force = false) => {
    check.run(force).catch((error: unknown) => {
      // An updated or removed extension: this copy retires; anything else is not the page's
      // problem, so it is noted without page data and the next change tries again.
      if (isContextInvalidated(error)) stop();
      else console.warn('Case Manager Check: page check failed.');
    });
  };

  const onMessage = (message: unknown) => {
    if (!isContentRequest(message)) return;
    if (message.type === 'recheck') run(true);
    else {
      const { type: _, ...verdict } = message;
      check.showResult(verdict);
    }
  };
  ext.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => ext.runtime.onMessage.removeListener(onMessage));

  watchPage(document, () => run(), signal);
  run();
}

try {
  start();
} catch {
  console.warn('Case Manager Check could not start on this page.');
}

/**
 * Calls back when the page has changed and then gone quiet: DOM mutations (XHR renders,
 * AngularJS digests that wipe our nodes) and single-page route changes.
 *
 * Watching costs the page something for every mutation it makes, so the observer is
 * disconnected while a read is already due: after the first change it sleeps for the
 * debounce time, then listens briefly to confirm the page is quiet before reading. A page that
 * never stops changing (a live feed) is still read at least once a second. Mutations that only
 * concern our own hosts are ignored, so drawing never triggers another read.
 */
import { HOST_ATTRIBUTE } from './ui/host';

const DEBOUNCE_MS = 150;
/** How long the page must stay unchanged, once listened to again, before it is read. */
const QUIET_MS = 40;
/** A page that never stops changing is still read at least this often. */
const MAX_WAIT_MS = 1000;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTRIBUTE);
}

function onlyOurs(records: MutationRecord[]): boolean {
  return records.every(
    (record) =>
      record.type === 'childList' &&
      record.addedNodes.length + record.removedNodes.length > 0 &&
      [...record.addedNodes, ...record.removedNodes].every(isOurs),
  );
}

export function watchPage(doc: Document, onChange: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange: number | undefined;
  let listening = false;

  const listen = () => {
    // The document itself, not its root element: document.open() in a script-written frame
    // replaces the root element, and an observer on the old one would go deaf.
    observer.observe(doc, OBSERVED);
    listening = true;
  };
  const sleep = () => {
    observer.disconnect();
    listening = false;
  };

  const read = () => {
    firstChange = undefined;
    if (!listening) listen();
    onChange();
  };
  const confirmQuiet = () => {
    listen();
    timer = setTimeout(read, QUIET_MS);
  };
  const changed = () => {
    if (signal.aborted) return;
    const now = performance.now();
    firstChange ??= now;
    clearTimeout(timer);
    if (now - firstChange >= MAX_WAIT_MS) {
      read();
      return;
    }
    sleep();
    timer = setTimeout(confirmQuiet, Math.min(DEBOUNCE_MS, firstChange + MAX_WAIT_MS - now));
  };

  const observer = new MutationObserver((records) => {
    if (!onlyOurs(records)) changed();
  });
  listen();
  const win = doc.defaultView;
  win?.addEventListener('popstate', changed, { signal });
  win?.addEventListener('hashchange', changed, { signal });
  signal.addEventListener('abort', () => {
    sleep();
    clearTimeout(timer);
  });
}

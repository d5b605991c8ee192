/**
 * The address to choose a vendor adapter by. A frame written by script (about:blank, srcdoc)
 * has no address of its own but belongs to the page that made it: read it as that page.
 */
export function pageUrl(doc: Document): URL {
  const own = new URL(doc.URL);
  if (own.protocol !== 'about:') return own;
  try {
    // Same-origin parent: its full address (a cross-origin one throws here).
    const parent = doc.defaultView?.parent;
    if (parent && parent !== doc.defaultView) return new URL(parent.location.href);
  } catch {
    // Fall through to the origin the frame inherited.
  }
  const origin = doc.defaultView?.location.origin;
  return origin && origin !== 'null' ? new URL(origin) : own;
}

/**
 * The elements the extension puts into a vendor page: a host carrying data-cmc-host
 * (CONTRACT.md §5) with an open shadow root holding our styles and UI.
 */
// Inlined and minified by Vite at build time: the sheet ships inside the content script.
import PANEL_CSS from './panel.css?inline';

export const HOST_ATTRIBUTE = 'data-cmc-host';

function applyStyles(root: ShadowRoot): void {
  // A constructed sheet is not subject to the vendor page's style-src CSP. Every browser the
  // manifests allow (Chrome 125, Firefox 142) has them: the <style> fallback went (issue 16,
  // to make room in the size budget).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PANEL_CSS);
  root.adoptedStyleSheets = [sheet];
}

/**
 * Dark when the page around `near` is dark: vendor pages set their own colours whatever the
 * system's, so the UI follows the page's background rather than prefers-color-scheme.
 */
function pageIsDark(near: Element): boolean {
  const view = near.ownerDocument.defaultView;
  for (let e: Element | null = near; e && view; e = e.parentElement) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(
      view.getComputedStyle(e).backgroundColor,
    );
    if (!m || m[4] === '0') continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  // No background anywhere: the browser's default white canvas (vendor IEP systems don't opt
  // into a dark colour scheme).
  return false;
}

/** A new host for `role`, themed like the page at `near`; the caller places it. */
export function createHost(doc: Document, role: string, near: Element): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(HOST_ATTRIBUTE, role);
  if (pageIsDark(near)) host.dataset.theme = 'dark';
  applyStyles(host.attachShadow({ mode: 'open' }));
  return host;
}

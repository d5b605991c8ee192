/**
 * Styles of the injected UI, scoped by its shadow root so the vendor page's CSS can't reach
 * in and ours can't leak out. Follows the page's colour scheme and reduced-motion setting.
 */
export const PANEL_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 0.5em;
  font: 13px/1.4 system-ui, sans-serif; color-scheme: light dark; }
details { display: inline-block; position: relative; }
summary { cursor: pointer; list-style: none; display: inline-flex; align-items: center; gap: 0.35em;
  padding: 0.1em 0.55em; border-radius: 999px; border: 1px solid currentColor; font-weight: 600; }
summary::-webkit-details-marker { display: none; }
summary:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.violation { color: #a1221b; background: #fdecea; }
.review { color: #6b4700; background: #fff4d6; }
.ok { color: #17613a; background: #e6f4ea; }
.shape { font-size: 0.95em; }
ul { position: absolute; z-index: 2147483000; inset-inline-start: 0; top: calc(100% + 4px);
  min-width: 22em; max-width: 34em; margin: 0; padding: 0.5em 0.75em; list-style: none;
  background: Canvas; color: CanvasText; border: 1px solid GrayText; border-radius: 6px;
  box-shadow: 0 4px 14px rgb(0 0 0 / 0.18); }
li { padding: 0.4em 0; border-bottom: 1px solid color-mix(in srgb, GrayText 35%, transparent); }
li:last-child { border-bottom: 0; }
.view { font-size: 0.9em; opacity: 0.85; }
.sev { font-weight: 700; margin-inline-end: 0.3em; }
.source, .fixes { display: block; margin-top: 0.2em; font-size: 0.92em; opacity: 0.85; }
.fixes ul { all: revert; margin: 0.1em 0 0 1.1em; padding: 0; }
.fixes li { border: 0; padding: 0.1em 0; }
@media (prefers-color-scheme: dark) {
  .violation { color: #ffb4ab; background: #5c1410; }
  .review { color: #ffd98a; background: #4a3500; }
  .ok { color: #9be2b6; background: #0e3d22; }
}
@media (prefers-reduced-motion: no-preference) { summary { transition: filter 120ms; } summary:hover { filter: brightness(0.96); } }
`;

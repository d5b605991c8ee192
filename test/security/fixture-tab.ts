/**
 * A fixture page in jsdom that can be shown one case after another without reloading: the
 * page's own script renders each case (it answers its XHR from `show`'s data and re-routes on
 * a hash change), so the tests read exactly the markup the page makes, careful or careless.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DOMWindow, JSDOM } from 'jsdom';
import { FIXTURES } from '../support/fixture-dom';
import { carelessSeisPage } from './hostile-cases';

/** Calls of the payloads' `__pwned` in the page, with where the caller sat. */
export type Hit = 'ours' | 'page' | 'unknown';

export interface FixtureTab {
  window: DOMWindow;
  document: Document;
  hits: Hit[];
  /** Renders one case and resolves once the page has drawn it. */
  show(data: unknown): Promise<void>;
  close(): void;
}

/** The SEIS fixture's second digest re-renders 300 ms later; here each case is shown once. */
function withoutDigest(html: string): string {
  const digest = /setTimeout\(\(\) => \{ if \(token === state\.token\) render\(\); \}, 300\);/;
  if (!digest.test(html)) throw new Error('The SEIS fixture no longer re-renders as expected.');
  return html.replace(digest, '');
}

export type PageKind = 'seis' | 'generic';

const PAGES: Record<PageKind, { file: string; url: string }> = {
  seis: { file: 'seis/page.html', url: 'https://www.seis.org/forms/9000/state/services/fape3' },
  generic: { file: 'hostile/generic.html', url: 'https://district.example.org/summary' },
};

export function openFixtureTab(kind: PageKind, careless: boolean): FixtureTab {
  const page = PAGES[kind];
  let html = readFileSync(resolve(FIXTURES, page.file), 'utf8');
  if (kind === 'seis') html = withoutDigest(careless ? carelessSeisPage(html) : html);
  const url = kind === 'generic' && careless ? `${page.url}?raw` : page.url;
  const hits: Hit[] = [];
  let current: unknown = null;
  let drawn: (() => void) | null = null;
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse(window: DOMWindow) {
      const w = window as unknown as Record<string, unknown>;
      // The page's first XHR, before any case is shown, is left unanswered.
      w.fetch = () =>
        current === null
          ? new Promise(() => undefined)
          : Promise.resolve({ ok: true, json: async () => current });
      // The host's theme reads the page's background colour; jsdom computes styles slowly and
      // the theme is no part of what these tests check.
      w.getComputedStyle = () => ({ backgroundColor: 'rgba(0, 0, 0, 0)' });
      w.__pwned = (x: unknown) => {
        const node = x as Element | null;
        const root = node?.getRootNode?.() as ShadowRoot | undefined;
        hits.push(root?.host?.hasAttribute('data-cmc-host') ? 'ours' : node ? 'page' : 'unknown');
      };
    },
  });
  const view = dom.window.document.getElementById('view');
  if (!view) throw new Error(`${page.file} has no #view`);
  const rendering = new dom.window.MutationObserver(() => drawn?.());
  rendering.observe(view, { childList: true });
  let shown = 0;
  return {
    window: dom.window,
    document: dom.window.document,
    hits,
    async show(data) {
      current = data;
      // Our hosts, drawn and removed since, may sit right in the view: not a render.
      rendering.takeRecords();
      const rendered = new Promise<void>((done) => {
        drawn = done;
      });
      shown += 1;
      dom.window.location.hash = kind === 'seis' ? `#/x/${shown}` : `#/case/${shown}`;
      await rendered;
      drawn = null;
    },
    close: () => dom.window.close(),
  };
}

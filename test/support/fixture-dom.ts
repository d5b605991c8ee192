/**
 * Loads a fixture page into jsdom and lets its own scripts run, with fetch answered from the
 * fixture folder, so unit tests read exactly the DOM the end-to-end tests see in Chromium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DOMWindow, JSDOM } from 'jsdom';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface LoadOptions {
  /** How long to let the page's scripts run before the test reads it. */
  settleMs?: number;
  /** Leave every XHR unanswered, as a slow server would: the page stays unrendered. */
  pendingFetch?: boolean;
  /** Answers for fetch(), by path (e.g. "/api/forms/1001"): a file under test/fixtures. */
  fetchFiles?: Record<string, string>;
}

/** `page` is a path under test/fixtures; `url` the vendor address it is served at. */
export async function loadFixture(
  page: string,
  url: string,
  { settleMs = 0, pendingFetch = false, fetchFiles = {} }: LoadOptions = {},
): Promise<JSDOM> {
  const html = readFileSync(resolve(FIXTURES, page), 'utf8');
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse(window: DOMWindow) {
      // jsdom has no fetch: answer the page's XHRs from fixture files.
      (window as unknown as { fetch: unknown }).fetch = (input: string) => {
        if (pendingFetch) return new Promise(() => undefined);
        const path = new URL(input, url).pathname;
        const file = fetchFiles[path];
        if (!file) return Promise.resolve({ ok: false, status: 404, json: async () => ({}) });
        const body = readFileSync(resolve(FIXTURES, file), 'utf8');
        return Promise.resolve({
          ok: true,
          status: 200,
          json: async () => JSON.parse(body),
          text: async () => body,
        });
      };
    },
  });
  if (settleMs > 0) await new Promise((done) => setTimeout(done, settleMs));
  return dom;
}

export interface RenderOptions {
  settleMs?: number;
  pendingFetch?: boolean;
}

/** The SEIS-like services page of one form, past the fixture's second render by default. */
export function renderSeisForm(
  formId: string,
  { settleMs = 450, pendingFetch = false }: RenderOptions = {},
): Promise<JSDOM> {
  return loadFixture(
    'seis/page.html',
    `https://www.seis.org/forms/${formId}/state/services/fape3`,
    {
      settleMs,
      pendingFetch,
      fetchFiles: { [`/api/forms/${formId}`]: `seis/api/forms/${formId}.json` },
    },
  );
}

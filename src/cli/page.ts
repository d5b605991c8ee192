/**
 * A saved vendor page, read as data by `scrape` and `check`: parsed by jsdom with the page's
 * scripts never run (no `runScripts`: neither <script> elements nor onerror/onload attributes)
 * and nothing fetched (no `resources`: no scripts, styles, images or frames are loaded), then
 * read by the same adapter the extension picks for the page's real address.
 *
 * jsdom is loaded here, on first use, with a synchronous require: `audit` and `lookup` never pay
 * for it, and run() stays synchronous (bin/case-manager-check.js sets the exit code from it).
 */

import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { adapterFor } from '../scrape/adapters/index';
import { extract } from '../scrape/extract';
import type { PageSnapshot } from '../scrape/snapshot';
import { InputError } from './io';

/** Larger than any vendor page saved as HTML; beyond it the file is not one. */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;

let jsdomModule: typeof Jsdom | undefined;

/** jsdom, required on first use (a CommonJS package, external to build/cli.js). */
export function loadJsdom(): typeof Jsdom {
  if (jsdomModule === undefined) {
    jsdomModule = createRequire(import.meta.url)('jsdom') as typeof Jsdom;
  }
  return jsdomModule;
}

export interface SavedPage {
  /** The file name as the user gave it. */
  file: string;
  data: Uint8Array;
}

export interface PageReading {
  snapshot: PageSnapshot;
  /**
   * Addresses of the frames the saved page embeds (<frame>/<iframe> with a src), resolved
   * against the page's address: their content is not in the file, each is saved on its own.
   */
  frames: string[];
  /** Whether the page has scripts: what they would have put on the page is not there. */
  scripted: boolean;
}

/** Reads a saved page at its real address. Throws InputError when the file is no HTML page. */
export function readSavedPage(page: SavedPage, url: string): PageReading {
  const html = decodePage(page);
  const { JSDOM, VirtualConsole } = loadJsdom();
  // A console with no listeners: CSS the parser cannot read is no concern of the user's.
  const dom = new JSDOM(html, {
    url,
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  try {
    const doc = dom.window.document;
    const { snapshot } = extract(adapterFor(new URL(url)), doc);
    const frames: string[] = [];
    for (const frame of doc.querySelectorAll('frame[src], iframe[src]')) {
      const src = frame.getAttribute('src')?.trim();
      if (!src) continue;
      try {
        frames.push(new URL(src, url).href);
      } catch {
        // not an address
      }
    }
    const scripted = doc.querySelector('script') !== null;
    // Plain data, no part of the closed document kept.
    return { snapshot: JSON.parse(JSON.stringify(snapshot)) as PageSnapshot, frames, scripted };
  } finally {
    dom.window.close();
  }
}

/**
 * The page's text, or its bytes for jsdom to decode by the page's own <meta charset> (default
 * windows-1252, as a browser would) when they are not UTF-8. Rejects what is no HTML page: an
 * empty file, a web archive (.mhtml), a binary file (PDF, Word, a zip), text with no tag.
 */
function decodePage({ file, data }: SavedPage): string | Buffer {
  if (data.byteLength > MAX_PAGE_BYTES) {
    throw new InputError(
      `${file} is not a saved web page: ${Math.round(data.byteLength / 1024 / 1024)} MB is larger than any page`,
    );
  }
  let text: string | undefined;
  if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data);
  else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data);
  else {
    const head = data.subarray(0, 8192);
    if (head.includes(0)) throw new InputError(`${file} is not an HTML page: ${binaryKind(data)}`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      text = undefined;
    }
  }
  // What follows only needs ASCII, which windows-1252 and its kin share with UTF-8.
  const sample = text ?? new TextDecoder('windows-1252').decode(data.subarray(0, 65536));
  if (sample.trim() === '') throw new InputError(`${file} is empty: it is not a saved web page`);
  if (
    /^\s*(?:from|mime-version|content-type|subject|snapshot-content-location)\s*:/i.test(sample)
  ) {
    if (/multipart\/related/i.test(sample.slice(0, 4096))) {
      throw new InputError(
        `${file} is a web archive (MHTML), not an HTML page: save the page again as "Webpage, HTML only" or "Webpage, Complete"`,
      );
    }
  }
  if (!/<\s*(?:!doctype\s|[a-z][a-z0-9-]*[\s>/])/i.test(sample)) {
    throw new InputError(`${file} is not an HTML page: it has no HTML tags`);
  }
  return text ?? Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function binaryKind(data: Uint8Array): string {
  const ascii = new TextDecoder('latin1').decode(data.subarray(0, 8));
  if (ascii.startsWith('%PDF')) return 'it is a PDF; save the page from the browser as HTML';
  if (ascii.startsWith('PK')) {
    return 'it is a zip file (a Word or Excel document, say); save the page from the browser as HTML';
  }
  return 'it is a binary file';
}

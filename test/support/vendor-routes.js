// Serves the bundled fixture pages at their real vendor addresses through Playwright's
// request routing, so the manifest's real match patterns fire. Used by the end-to-end tests
// and by `npm run demo`; nothing goes to the network.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { launchWithExtension, storeRoster } from './extension.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * One row per vendor: the addresses its fixtures are served at and their folder. `spa` names
 * the one page a single-page app serves for every route; otherwise a path names a file.
 */
export const VENDOR_SITES = [
  { vendor: 'seis', pattern: 'https://www.seis.org/**', dir: 'seis', spa: 'page.html' },
  { vendor: 'frontline', pattern: 'https://demo.frontlineeducation.com/**', dir: 'frontline' },
  { vendor: 'siras', pattern: 'https://demo.sirassystems.org/**', dir: 'siras' },
  { vendor: 'welligent', pattern: 'https://demo.welligent.com/**', dir: 'welligent' },
  { vendor: 'powerschool', pattern: 'https://demo.powerschool.com/**', dir: 'powerschool' },
  { vendor: 'aeries', pattern: 'https://demo.aeries.net/**', dir: 'aeries' },
  // Generic layouts (label tables, shadow roots…) under a SEIS address, read by the SEIS
  // adapter's label-reader fallback. Registered last, so it wins over the SEIS row.
  {
    vendor: 'generic',
    pattern: 'https://www.seis.org/generic/**',
    dir: 'generic',
    strip: '/generic',
  },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** The fixture file for a path, or null if it would leave the vendor's folder. */
function fileFor(site, pathname) {
  const root = resolve(FIXTURES, site.dir);
  const own =
    site.strip && pathname.startsWith(site.strip) ? pathname.slice(site.strip.length) : pathname;
  let relative = decodeURIComponent(own).replace(/^\/+/, '');
  if (relative.startsWith('api/')) {
    if (!extname(relative)) relative += '.json';
  } else if (site.spa && extname(relative) !== '.html') {
    // A single-page app answers every route with its one page; named .html files (framed
    // layouts) are served as they are.
    relative = site.spa;
  } else if (relative === '' || relative.endsWith('/')) {
    relative += 'index.html';
  }
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * The answer to a request for `url` on `site`: the fixture file, or a 404 when it is missing or
 * would leave the vendor's folder. Shared by Playwright's routes and the Firefox smoke test.
 * @returns {Promise<{ status: number, contentType: string, body: Buffer }>}
 */
export async function fixtureResponse(site, url) {
  const file = fileFor(site, new URL(url).pathname);
  try {
    if (!file) throw new Error('outside the fixture folder');
    const body = await readFile(file);
    return { status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return { status: 404, contentType: 'text/plain', body: Buffer.from('Not found') };
  }
}

/**
 * The site that serves `url`, chosen as Playwright's routing does: the last row whose pattern
 * (an address prefix followed by `**`) matches.
 */
export function siteFor(url) {
  return VENDOR_SITES.findLast((site) => url.startsWith(site.pattern.replace(/\*\*$/, '')));
}

/** Every request to the vendor hosts is answered from disk; a missing file is a 404. */
export async function serveVendorFixtures(context) {
  for (const site of VENDOR_SITES) {
    await context.route(site.pattern, async (route) =>
      route.fulfill(await fixtureResponse(site, route.request().url())),
    );
  }
}

export async function readFixtureRoster() {
  const { staff } = JSON.parse(await readFile(resolve(FIXTURES, 'seis/roster.json'), 'utf8'));
  return staff;
}

/**
 * The set-up most end-to-end specs share: Chromium with the extension, the vendor fixture pages
 * served at their real addresses, and the fixtures' roster saved as the user's.
 */
export async function launchOnVendorPages() {
  const launched = await launchWithExtension();
  await serveVendorFixtures(launched.context);
  await storeRoster(launched.worker, await readFixtureRoster());
  return launched;
}

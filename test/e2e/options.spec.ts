import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  chromium,
  expect,
  type Locator,
  type Page,
  test,
  type Worker,
} from '@playwright/test';
import { readRoster } from '../../src/csv/roster';
import { seriousViolations } from '../support/axe.js';
import { chromiumArgs, chromiumPath } from '../support/browser-env.js';
import { DIST, launchWithExtension } from '../support/extension.js';
import { saveScreen } from '../support/screens.js';
import { serveVendorFixtures } from '../support/vendor-routes.js';

test.describe.configure({ mode: 'serial' });

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
}
/** The extension APIs this file calls inside the worker and the options page (no @types/chrome). */
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; request: unknown };
  runtime: { getManifest(): { content_scripts?: { js?: string[] }[] } };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    executeScript(i: {
      target: { tabId: number };
      func: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
};

/** Reads one stored part the way the background does: from the service worker. */
async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case Manager Check settings');
  return page;
}

/** A screenshot of one part of the page, scrolled into view, plus axe on the whole page. */
async function checkState(page: Page, name: string, part?: Locator): Promise<void> {
  if (part) await part.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await saveScreen(page, name, { fullPage: !part });
  expect(await seriousViolations(page)).toEqual([]);
}

/**
 * The page's verdict from the marker's findings (CONTRACT §5: data-rule, data-severity), the
 * way the badge sums it up: any error is a violation, any warning needs review, else ok.
 */
async function verdict(iep: Page): Promise<'violation' | 'review' | 'ok' | 'none'> {
  const severities = await iep
    .locator('[data-cmc-host] [data-rule]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-severity')));
  if (severities.length === 0) return 'none';
  if (severities.includes('error')) return 'violation';
  if (severities.includes('warning')) return 'review';
  return 'ok';
}

const section = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true }).first();

// Okafor, Taylor is the case manager of the SEIS fixture form 1003 and in no roster until this
// one is imported; Chen, Morgan (form 1002, an RSP student) holds MMSN until 2030-07-01.
const VALID_ROSTER = [
  'Name,Email,Position,Authorization,Issued,Expires',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,Mild to Moderate Support Needs,2023-06-01,2030-07-01',
  '"Chen, Morgan",mchen@example-usd.org,RSP Teacher,R3MN,06/01/2023,07/01/2030',
  '"Muñoz, Ana",,School Psychologist,Pupil Personnel Services,2019-08-15,',
  '"Lee, Sam",,Physical Therapist,,,',
  '"Diaz, Pat",,SDC Teacher,Basket Weaving Certificate,,',
].join('\r\n');

const BROKEN_ROSTER = [
  'Name,Email,Position,Authorization,Issued,Expires',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,MMSN,2023-06-01,next summer',
  ',,RSP Teacher,MMSN,,',
  '"Chen, Morgan",,RSP Teacher,MMSN,2023-06-01,2030-07-01',
].join('\n');

test.describe('the options page', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;

  test.beforeAll(async () => {
    ({ context, worker, extensionId } = await launchWithExtension());
    await serveVendorFixtures(context);
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('my profile: find authorizations by CTC code or name, edit, remove, save; invalid input keeps the saved profile', async () => {
    const page = await openOptions(context, extensionId);
    await checkState(page, 'options-empty');

    await page.getByLabel('Your name as the IEP system shows it').fill('Rivera, Jordan');
    await page.getByLabel('Position', { exact: true }).fill('SDC Teacher');
    const search = page.getByRole('combobox', { name: 'Authorization' });
    await search.fill('R3MN');
    await expect(
      page.getByRole('option', { name: /Mild to Moderate Support Needs \(MMSN\)/ }),
    ).toBeVisible();
    await checkState(page, 'options-profile-search', section(page, 'My profile'));
    await search.press('Enter');
    await expect(search).toHaveValue('Mild to Moderate Support Needs (MMSN)');
    await page.getByLabel('Issue date (optional)').fill('2023-06-01');
    await page.getByLabel('Expiry date (optional)').fill('2028-07-01');
    await page.getByRole('button', { name: 'Add authorization' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is on your list' })).toBeVisible();

    // A second one, found by name and picked with the mouse, then taken off again.
    await search.fill('extensive');
    await page.getByRole('option', { name: /Extensive Support Needs \(ESN\)/ }).click();
    await page.getByRole('button', { name: 'Add authorization' }).click();
    // Adding the same one twice is refused under the search field.
    await search.fill('MMSN');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Add authorization' }).click();
    await expect(search).toHaveAccessibleDescription(/already on your list/);
    await page.getByRole('button', { name: 'Remove Extensive Support Needs (ESN)' }).click();
    await expect(page.getByRole('row', { name: /Extensive Support Needs/ })).toHaveCount(0);

    // Edit a row in place: a new expiry date.
    await page
      .getByLabel('Expiry date of Mild to Moderate Support Needs (MMSN)')
      .fill('2029-07-01');
    await expect(page.getByText('You have changes that are not saved yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
    expect(await stored(worker, 'profile')).toEqual({
      name: 'Rivera, Jordan',
      position: 'SDC Teacher',
      authorizations: [{ key: 'MMSN', issued: '2023-06-01', expires: '2029-07-01' }],
    });
    await checkState(page, 'options-profile-saved', section(page, 'My profile'));

    // An empty name and an expiry before the issue date: each error sits under its field.
    const name = page.getByLabel('Your name as the IEP system shows it');
    await name.fill('');
    await page
      .getByLabel('Expiry date of Mild to Moderate Support Needs (MMSN)')
      .fill('2020-01-01');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Enter your name as the IEP system shows it/);
    await expect(name).toBeFocused();
    await expect(
      page.getByLabel('Expiry date of Mild to Moderate Support Needs (MMSN)'),
    ).toHaveAccessibleDescription('The expiry date is before the issue date.');
    await checkState(page, 'options-profile-invalid', section(page, 'My profile'));

    await page.reload();
    await expect(page.getByLabel('Your name as the IEP system shows it')).toHaveValue(
      'Rivera, Jordan',
    );
    await expect(
      page.getByLabel('Expiry date of Mild to Moderate Support Needs (MMSN)'),
    ).toHaveValue('2029-07-01');
    await page.close();
  });

  test('a roster file is previewed, a broken one is refused, a valid one replaces the roster and changes the verdict on an IEP page', async () => {
    // Before: the case manager of form 1003 is in no roster, so nothing can be verified.
    const iep = await context.newPage();
    await iep.goto('https://www.seis.org/forms/1003/state/services/fape3');
    const badge = iep.locator('[data-cmc-host]');
    await expect(badge.locator('[data-rule="credentials-unknown"]')).toHaveCount(1);
    await expect.poll(() => verdict(iep)).toBe('review');

    const page = await openOptions(context, extensionId);
    const file = page.getByLabel('Roster file (CSV)');
    await file.setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BROKEN_ROSTER),
    });
    const preview = page.getByTestId('roster-preview');
    await expect(preview.getByRole('heading', { name: 'Preview of broken.csv' })).toBeVisible();
    await expect(preview.getByRole('alert')).toContainText(
      'This file cannot be imported. Problems to fix: 2,',
    );
    const errors = preview.getByTestId('preview-errors');
    await expect(errors.getByRole('row')).toHaveCount(3);
    await expect(errors.getByRole('row').nth(1)).toContainText(
      /broken\.csv\s*2\s*6 \(Expires\)\s*"next summer" is not a date/,
    );
    await expect(errors.getByRole('row').nth(2)).toContainText(
      /broken\.csv\s*3\s*1 \(Name\)\s*the row has no name/,
    );
    await expect(preview.getByRole('button', { name: 'Replace roster' })).toHaveCount(0);
    expect(await stored(worker, 'roster')).toBeUndefined();
    await checkState(page, 'options-roster-broken', preview);

    await file.setInputFiles({
      name: 'staff-roster.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(VALID_ROSTER),
    });
    await expect(
      preview.getByRole('heading', { name: 'Preview of staff-roster.csv' }),
    ).toBeVisible();
    await expect(preview).toContainText(
      'Staff: 5. Authorizations: 4. Staff with no CTC authorization: 1.',
    );
    await expect(preview.getByTestId('preview-warnings')).toContainText(
      'Basket Weaving Certificate',
    );
    await expect(preview.getByTestId('preview-staff').getByRole('row')).toHaveCount(6);
    await expect(preview.getByRole('row', { name: /^R3MN/ })).toContainText(
      'Mild to Moderate Support Needs (MMSN)',
    );
    // Still nothing saved: only the button saves.
    expect(await stored(worker, 'roster')).toBeUndefined();
    await checkState(page, 'options-roster-preview', preview);
    await page.emulateMedia({ colorScheme: 'dark' });
    await checkState(page, 'options-dark-roster-preview', preview);
    await page.emulateMedia({ colorScheme: 'light' });

    await preview.getByRole('button', { name: 'Replace roster' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Roster saved: 5 staff.' }),
    ).toBeFocused();
    await expect(preview).toHaveCount(0);
    const roster = (await stored(worker, 'roster')) as { importedAt: string; staff: unknown[] };
    expect(roster.staff).toHaveLength(5);
    expect(roster.staff[0]).toEqual({
      name: 'Okafor, Taylor',
      email: 'tokafor@example-usd.org',
      position: 'RSP Teacher',
      authorizations: [
        { text: 'Mild to Moderate Support Needs', issued: '2023-06-01', expires: '2030-07-01' },
      ],
    });
    await expect(page.getByTestId('roster-summary')).toContainText(
      'Saved roster: 5 staff, imported',
    );
    await checkState(page, 'options-roster-saved', section(page, 'District roster'));

    // After: the open IEP page is checked again; Okafor is found and the badge turns ok.
    await expect(badge.locator('[data-rule="credentials-unknown"]')).toHaveCount(0);
    await expect.poll(() => verdict(iep)).toBe('ok');
    await iep.close();

    // Export: a CSV download, made in the page from memory, that reads back as the same staff.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download roster as CSV' }).click();
    const csvFile = await download;
    expect(csvFile.suggestedFilename()).toMatch(/^roster-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csvFile.url()).toMatch(/^blob:chrome-extension:/);
    const csv = await readFile((await csvFile.path()) as string);
    expect(csv.toString('utf8')).toContain('Name,Email,Position,Authorization,Issued,Expires');
    const back = readRoster(new Uint8Array(csv)).records.map(({ line: _l, ...m }) => m);
    expect(back).toEqual(roster.staff);
    await page.close();
  });

  test('a fixed as-of date is saved and changes the verdict; today comes back', async () => {
    const iep = await context.newPage();
    await iep.goto('https://www.seis.org/forms/1002/state/services/fape3');
    const badge = iep.locator('[data-cmc-host]');
    await expect.poll(() => verdict(iep)).toBe('ok');

    const page = await openOptions(context, extensionId);
    const part = section(page, 'Date to check against');
    await part.getByLabel('A fixed date').check();
    await part.getByRole('button', { name: 'Save date' }).click();
    await expect(part.getByLabel('Date', { exact: true })).toHaveAccessibleDescription(
      'Choose the date to check against.',
    );
    await part.getByLabel('Date', { exact: true }).fill('2031-01-15');
    await part.getByRole('button', { name: 'Save date' }).click();
    await expect(part.getByRole('status')).toHaveText('Saved.');
    expect(await stored(worker, 'preferences')).toEqual({
      asOf: { mode: 'fixed', date: '2031-01-15' },
      disabledRules: [],
    });
    // Chen's MMSN expires 2030-07-01: on 2031-01-15 it has expired.
    await expect(badge.locator('[data-rule="credential-expired"]')).toHaveCount(1);
    await expect.poll(() => verdict(iep)).toBe('violation');
    await page.reload();
    await expect(part.getByTestId('as-of-current')).toContainText('2031-01-15');
    await checkState(page, 'options-as-of-fixed', part);

    await part.getByLabel('Today (the day you open the page)').check();
    await part.getByRole('button', { name: 'Save date' }).click();
    await expect(part.getByRole('status')).toHaveText('Saved.');
    expect(await stored(worker, 'preferences')).toMatchObject({ asOf: { mode: 'today' } });
    await expect.poll(() => verdict(iep)).toBe('ok');
    await iep.close();
    await page.close();
  });

  test('rules can be switched off and on, with a plain warning for error rules', async () => {
    const iep = await context.newPage();
    await iep.goto('https://www.seis.org/forms/1002/state/services/fape3');
    const badge = iep.locator('[data-cmc-host]');
    await expect(badge.locator('[data-rule="authorized"]')).toHaveCount(1);

    const page = await openOptions(context, extensionId);
    const part = section(page, 'Which checks run');
    await expect(part.getByRole('checkbox')).toHaveCount(17);
    await expect(part).toContainText('Turning a check off hides what it finds');

    const errorRule = part.getByRole('checkbox', {
      name: 'Teaches the student without a credential that covers the disability',
    });
    await errorRule.uncheck();
    await expect(part.getByRole('status')).toContainText('is off');
    await expect(errorRule).toHaveAccessibleDescription(
      /Off: IEP pages will not show this problem/,
    );
    await expect(part.getByTestId('errors-off')).toContainText('Error checks turned off: 1.');
    await part
      .getByRole('checkbox', { name: "Case manager's credential covers the student" })
      .uncheck();
    await expect(part.getByRole('status')).toContainText('is off');
    expect(await stored(worker, 'preferences')).toEqual({
      asOf: { mode: 'today' },
      disabledRules: ['instruction-authorization', 'authorized'],
    });
    // The page is checked again without the "authorized" finding.
    await expect(badge.locator('[data-rule="authorized"]')).toHaveCount(0);
    await checkState(page, 'options-rules-off', part);

    await page.reload();
    await expect(part.getByRole('checkbox', { name: /Teaches the student/ })).not.toBeChecked();
    await part.getByRole('button', { name: 'Turn every check back on' }).click();
    await expect(part.getByRole('status')).toHaveText('Saved: every check is on.');
    expect(await stored(worker, 'preferences')).toMatchObject({ disabledRules: [] });
    await expect(badge.locator('[data-rule="authorized"]')).toHaveCount(1);
    await iep.close();
    await page.close();
  });

  test('removing the roster asks first, and a corrupt stored part is reported while the rest works', async () => {
    const page = await openOptions(context, extensionId);
    const part = section(page, 'District roster');
    await part.getByRole('button', { name: 'Remove roster…' }).click();
    await expect(part.getByText('Remove the roster of 5 staff from this browser?')).toBeFocused();
    await checkState(page, 'options-roster-remove-confirm', part);
    await part.getByRole('button', { name: 'Keep it' }).click();
    await expect(part.getByRole('button', { name: 'Remove roster…' })).toBeFocused();
    expect(await stored(worker, 'roster')).toBeDefined();
    await part.getByRole('button', { name: 'Remove roster…' }).click();
    await part.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(
      part.getByRole('status').filter({ hasText: 'The roster was removed.' }),
    ).toBeFocused();
    expect(await stored(worker, 'roster')).toBeUndefined();
    await expect(part.getByTestId('roster-summary')).toContainText('No roster saved.');

    // Damage the stored preferences: the page says so and the profile still loads and saves.
    await worker.evaluate(() =>
      chrome.storage.local.set({ preferences: { asOf: { mode: 'someday' }, disabledRules: [] } }),
    );
    await page.reload();
    await expect(page.getByRole('alert').first()).toContainText(
      'Your saved date and check choices could not be read',
    );
    await expect(page.getByLabel('Your name as the IEP system shows it')).toHaveValue(
      'Rivera, Jordan',
    );
    await checkState(page, 'options-corrupt-part', page.getByRole('alert').first());
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
    // Saving a date writes a whole, valid preferences part again.
    await section(page, 'Date to check against').getByRole('button', { name: 'Save date' }).click();
    expect(await stored(worker, 'preferences')).toEqual({
      asOf: { mode: 'today' },
      disabledRules: [],
    });
    await page.close();
  });

  test('adding a district address checks it first, then waits for the browser prompt; a refusal adds nothing', async () => {
    const page = await openOptions(context, extensionId);
    const part = section(page, 'District IEP addresses');
    const address = part.getByLabel("Address of your district's IEP pages");

    await address.fill('http://seis.example-usd.org');
    await part.getByRole('button', { name: 'Add address' }).click();
    await expect(address).toHaveAccessibleDescription(/must start with https:\/\//);
    await expect(address).toBeFocused();
    await checkState(page, 'options-hosts-invalid', part);
    await address.fill('district.seis.org');
    await address.press('Enter');
    await expect(address).toHaveAccessibleDescription(/already checked/);

    // The real prompt: Chromium opens it, and nothing can answer it in a headless run, so this
    // only shows the page waiting for it (granting is tested below with a pre-granted profile).
    await address.fill('https://seis.example-usd.org/iep/students');
    await part.getByLabel('IEP system').selectOption('seis');
    await part.getByRole('button', { name: 'Add address' }).click();
    await expect(part.getByRole('status')).toHaveText(
      "Waiting for your answer to the browser's question about https://seis.example-usd.org…",
    );
    await checkState(page, 'options-hosts-waiting', part);
    await page.close();

    // A refusal. The prompt's "Deny" cannot be clicked headless either, so the browser's answer
    // is replaced in this page only: chrome.permissions.request answers false, as after "Deny".
    const denied = await openOptions(context, extensionId);
    await denied.evaluate(() => {
      chrome.permissions.request = (_: unknown, callback?: (granted: boolean) => void) =>
        callback ? callback(false) : Promise.resolve(false);
    });
    const hosts = section(denied, 'District IEP addresses');
    await hosts.getByLabel("Address of your district's IEP pages").fill('seis.example-usd.org');
    await hosts.getByRole('button', { name: 'Add address' }).click();
    await expect(denied.getByRole('alert').filter({ hasText: 'Nothing was added' })).toContainText(
      'https://seis.example-usd.org',
    );
    expect(await stored(worker, 'districtHosts')).toBeUndefined();
    await expect(hosts).toContainText('No district addresses added.');
    await checkState(denied, 'options-hosts-denied', hosts);
    await denied.close();
  });

  test('keyboard only: every control is reachable with Tab and shows its focus', async () => {
    const page = await openOptions(context, extensionId);
    // :focus only matches in the focused window; other tabs of this run may hold it.
    await page.bringToFront();
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName}:${el.getAttribute('aria-label') ?? el.id ?? ''}:${el.textContent?.slice(0, 30)}`,
          outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          // Past a filled date field's year, Tab stops on its calendar button: the field is no
          // longer :focus and the browser rings the button itself.
          calendarButton:
            el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus'),
        };
      });
      if (!focus) break;
      expect(focus.outline || focus.calendarButton, focus.name).toBe(true);
      seen.add(focus.name);
    }
    // Links, fields, the 17 rule switches and the buttons of every section.
    expect(seen.size).toBeGreaterThan(30);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await checkState(page, 'options-dark-profile', page.locator('main'));
    await checkState(page, 'options-dark-rules', section(page, 'Which checks run'));
    await checkState(page, 'options-dark-hosts', section(page, 'District IEP addresses'));
    await page.close();
  });
});

/**
 * Granting a district address for real. Chromium's permission prompt cannot be answered in a
 * headless run (no switch or CDP call accepts it), so this profile already holds the grant:
 * it is written into the profile's Preferences between a first and a second launch, exactly
 * where Chromium keeps an optional permission the user allowed. permissions.request() then
 * resolves true at once without a prompt, as it does for any origin already granted, and the
 * rest is the real thing: the options page saves the address, the background registers the
 * content script with chrome.scripting, the script runs on the district's page, and removing
 * the address unregisters it and gives the access back.
 */
test.describe('a district address the browser allows', () => {
  const ORIGIN = 'https://seis.example-usd.org';
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let profileDir: string;

  async function launch(): Promise<void> {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...chromiumArgs, `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
    });
    [worker] = context.serviceWorkers() as [Worker];
    worker ??= await context.waitForEvent('serviceworker');
    extensionId = new URL(worker.url()).host;
  }

  test.beforeAll(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'cmc-options-'));
    await launch();
    await context.close();
    const prefsFile = join(profileDir, 'Default', 'Preferences');
    const prefs = JSON.parse(await readFile(prefsFile, 'utf8'));
    const ext = prefs.extensions.settings[extensionId];
    for (const part of ['granted_permissions', 'active_permissions']) {
      ext[part].explicit_host = [...(ext[part].explicit_host ?? []), `${ORIGIN}/*`];
    }
    await writeFile(prefsFile, JSON.stringify(prefs));
    await launch();
    // The district's server, answered from the SEIS fixtures as www.seis.org's are.
    const seis = resolve(import.meta.dirname, '../fixtures/seis');
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = path.startsWith('/api/') ? join(seis, `${path}.json`) : join(seis, 'page.html');
      const body = await readFile(file).catch(() => null);
      await route.fulfill(
        body
          ? {
              status: 200,
              body,
              contentType: file.endsWith('.json') ? 'application/json' : 'text/html',
            }
          : { status: 404, body: 'Not found' },
      );
    });
  });

  test.afterAll(async () => {
    await context?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  const registered = () =>
    worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).filter((s) =>
        s.id.startsWith('cmc-district:'),
      ),
    );

  test('adding it registers the content script there; removing it unregisters it and gives the access back', async () => {
    expect(
      await worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), ORIGIN),
    ).toBe(true);
    expect(await registered()).toEqual([]);

    const page = await openOptions(context, extensionId);
    const part = section(page, 'District IEP addresses');
    await part.getByLabel("Address of your district's IEP pages").fill('SEIS.example-usd.org/iep/');
    await part.getByLabel('IEP system').selectOption('seis');
    await part.getByRole('button', { name: 'Add address' }).click();
    await expect(part.getByRole('status')).toContainText(`Added ${ORIGIN}.`);
    expect(await stored(worker, 'districtHosts')).toEqual([{ origin: ORIGIN, vendor: 'seis' }]);
    const row = part.getByRole('row', { name: new RegExp(ORIGIN) });
    await expect(row).toContainText('SEIS');
    await expect(row).toContainText('Allowed');
    await checkState(page, 'options-hosts-added', part);

    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    await expect.poll(registered).toEqual([
      expect.objectContaining({
        id: `cmc-district:${ORIGIN}`,
        matches: [`${ORIGIN}/*`],
        js: manifest.content_scripts?.[0]?.js,
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      }),
    ]);

    // The content script now runs on the district's own address.
    const iep = await context.newPage();
    await iep.goto(`${ORIGIN}/forms/1002/state/services/fape3`);
    await expect(iep.getByText('Chen, Morgan').first()).toBeVisible();
    await expect
      .poll(() =>
        worker.evaluate(async (o) => {
          const [tab] = await chrome.tabs.query({ url: `${o}/*` });
          if (!tab?.id) return false;
          const [run] = await chrome.scripting.executeScript({
            target: { tabId: tab.id },
            // The content script's world: it marks itself there when it starts.
            func: () => Symbol.for('case-manager-check.loaded') in globalThis,
          });
          return run?.result === true;
        }, ORIGIN),
      )
      .toBe(true);
    // …read with the adapter of the vendor named for the address, and drawn beside the case manager.
    await expect(iep.locator('[data-cmc-host="case-manager"] .badge')).toBeVisible();
    const vendor = await worker.evaluate(async (o) => {
      const [tab] = await chrome.tabs.query({ url: `${o}/*` });
      const state = await chrome.storage.session.get(`tab:${tab?.id}`);
      return (state[`tab:${tab?.id}`] as { status: { vendor: string } }).status.vendor;
    }, ORIGIN);
    expect(vendor).toBe('seis');
    await iep.close();

    await row.getByRole('button', { name: `Remove ${ORIGIN}` }).click();
    await expect(part.getByRole('status')).toContainText(`Removed ${ORIGIN}.`);
    expect(await stored(worker, 'districtHosts')).toEqual([]);
    await expect.poll(registered).toEqual([]);
    expect(
      await worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), ORIGIN),
    ).toBe(false);
    await page.close();
  });
});

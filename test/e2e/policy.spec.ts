/**
 * A district's policy, read by a real Chromium from a real policy file, the way a district
 * deploys it on Linux: /etc/chromium/policies/managed/<name>.json with
 * {"3rdparty": {"extensions": {"<id>": {…}}}}.
 *
 * That directory is machine-wide, so two guards keep this test from reaching any other:
 * - Playwright runs it as its own project after every other test of the run (playwright.config.ts);
 * - the policy names a copy of the build under a throwaway key, so its id is this test's alone:
 *   another Chromium running the real build at the same time (another person's run on this
 *   machine) never sees it, and a file left behind by a killed run reaches nobody.
 * The pinned id itself is checked separately, against the real build.
 */
import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  chromium,
  expect,
  type Page,
  test,
  type Worker,
} from '@playwright/test';
import { extensionIdOf, throwawayKey } from '../settings/extension-id';
import { seriousViolations } from '../support/axe.js';
import { chromiumArgs, chromiumPath } from '../support/browser-env.js';
import { DIST, launchWithExtension } from '../support/extension.js';
import { saveScreen } from '../support/screens.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

declare const chrome: {
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

const POLICY_ROOT = '/etc/chromium/policies';
const MANAGED = join(POLICY_ROOT, 'managed');
const FILE_PREFIX = 'case-manager-check-e2e-';
// Okafor, Taylor is the case manager of the SEIS fixture form 1003 and in no roster of the
// user's: only the district's roster makes her known.
const FORM_1003 = 'https://www.seis.org/forms/1003/state/services/fape3';
const ROSTER_CSV = [
  'Name,Email,Position,Authorization,Issued,Expires',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,Mild to Moderate Support Needs,2023-06-01,2030-07-01',
  '"Chen, Morgan",mchen@example-usd.org,RSP Teacher,MMSN,2023-06-01,2030-07-01',
].join('\r\n');
const USER_PROFILE = {
  name: 'Rivera, Jordan',
  position: 'SDC Teacher',
  authorizations: [{ key: 'MMSN', issued: '2023-06-01', expires: '2029-07-01' }],
};

/** First policy: a roster, a check off, a date (by which Okafor's credential has expired), locks,
 *  and one malformed part (an http address), which must be reported and left out. */
const FIRST_POLICY = {
  rosterCsv: ROSTER_CSV,
  disabledRules: ['authorized'],
  asOf: '2031-01-15',
  districtHosts: [{ origin: 'http://seis.example-usd.org', vendor: 'seis' }],
  lockedSettings: ['profile', 'roster', 'disabledRules'],
};
/** Second policy: the check back on, today's date, and a well-formed district address. */
const SECOND_POLICY = {
  rosterCsv: ROSTER_CSV,
  asOf: 'today',
  districtHosts: [{ origin: 'https://seis.example-usd.org', vendor: 'seis' }],
  lockedSettings: ['profile', 'roster', 'disabledRules'],
};

const isRoot = process.getuid?.() === 0;

test.describe('a district policy from a Chromium policy file', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(
    !isRoot,
    `writes ${MANAGED}, which only root may; CI runs as root (here uid ${process.getuid?.()})`,
  );

  let copy: string;
  let id: string;
  let policyFile: string;
  /** Whether this run made /etc/chromium/policies: if so it takes it away again, when empty. */
  let madeRoot = false;
  let context: BrowserContext;
  let worker: Worker;
  let iep: Page;

  /** Replaces the policy whole, the way Chromium expects: never a half-written file. */
  async function writePolicy(policy: object): Promise<void> {
    const staged = join(POLICY_ROOT, `.${FILE_PREFIX}${id}.json`);
    await writeFile(staged, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
    await rename(staged, policyFile);
  }

  /** Chromium reloads a changed policy file once it has settled (a few seconds). */
  async function managedBecomes(expected: object): Promise<void> {
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.managed.get()), { timeout: 30_000 })
      .toEqual(expected);
  }

  const rule = (name: string) => iep.locator(`[data-cmc-host] [data-rule="${name}"]`);

  test.beforeAll(async () => {
    // A copy of the build whose id is this run's own (see the top of this file).
    copy = await mkdtemp(join(tmpdir(), 'cmc-policy-'));
    await cp(DIST, copy, { recursive: true });
    const manifestFile = join(copy, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.key = throwawayKey();
    id = extensionIdOf(manifest.key);
    await writeFile(manifestFile, JSON.stringify(manifest));

    madeRoot = !existsSync(POLICY_ROOT);
    await mkdir(MANAGED, { recursive: true });
    // Files of earlier runs that were killed before cleaning up name ids nobody uses; tidy them.
    for (const name of await readdir(MANAGED)) {
      if (name.startsWith(FILE_PREFIX)) await rm(join(MANAGED, name), { force: true });
    }
    policyFile = join(MANAGED, `${FILE_PREFIX}${id}.json`);
    await writePolicy(FIRST_POLICY);

    context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: [...chromiumArgs, `--disable-extensions-except=${copy}`, `--load-extension=${copy}`],
    });
    [worker] = context.serviceWorkers() as [Worker];
    worker ??= await context.waitForEvent('serviceworker');
    expect(new URL(worker.url()).host).toBe(id);
    await serveVendorFixtures(context);
    // The user's own settings, saved before: the policy must override them, never wipe them.
    const staff = await readFixtureRoster();
    await worker.evaluate(
      async ({ profile, staff }) => {
        await chrome.storage.local.set({
          profile,
          roster: { importedAt: '2026-01-05T10:00:00.000Z', staff },
        });
      },
      { profile: USER_PROFILE, staff },
    );
  });

  // Runs even when a test or beforeAll failed: the machine-wide file must not outlive the run.
  test.afterAll(async () => {
    await context?.close();
    if (policyFile) await rm(policyFile, { force: true });
    if (madeRoot) {
      // rmdir refuses a folder that is not empty: someone else's policy stays where it is.
      await rmdir(MANAGED).catch(() => undefined);
      await rmdir(POLICY_ROOT).catch(() => undefined);
    }
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  test('the roster, the switched-off check and the date from the policy decide the IEP page', async () => {
    await managedBecomes(FIRST_POLICY);
    iep = await context.newPage();
    await iep.goto(FORM_1003);
    await expect(iep.locator('[data-cmc-host="case-manager"] .badge')).toBeVisible();
    // Known from the district's roster, judged on the district's date (her MMSN expired
    // 2030-07-01), and the district's switched-off check is not on the page.
    await expect(rule('credential-expired')).toHaveCount(1);
    await expect(rule('credentials-unknown')).toHaveCount(0);
    await expect(rule('authorized')).toHaveCount(0);

    // The popup says the district has a say in this check.
    await iep.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}`);
    await expect(popup.getByTestId('district-note')).toHaveText(
      'Some settings are set by your district.',
    );
    await popup.close();
  });

  test('the options page shows what the district set, read-only, and reports the malformed part', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${id}/src/options/index.html`);
    await expect(page.getByTestId('policy-managed')).toContainText(
      'Your district manages some of these settings.',
    );
    const problems = page.getByTestId('policy-problems');
    await expect(problems).toHaveAttribute('role', 'alert');
    await expect(problems).toContainText(
      "Your district's settings could not be read: districtHosts[0].origin: must start with https://",
    );
    await expect(problems).toContainText('your own settings stay in force');
    await saveScreen(page, 'policy-options-top', { fullPage: false });

    // Profile: locked; the user's saved profile is shown, switched off, with the reason.
    const name = page.getByLabel('Your name as the IEP system shows it');
    await expect(name).toHaveValue('Rivera, Jordan');
    await expect(name).toBeDisabled();
    await expect(name).toHaveAccessibleDescription(
      /Set by your district: Your district checks case managers against its own roster only/,
    );
    await expect(page.getByRole('button', { name: 'Save profile' })).toBeDisabled();

    // Roster: the district's, with nothing to import or remove.
    const roster = page.getByRole('region', { name: 'District roster', exact: true });
    await expect(roster.getByTestId('district-roster')).toHaveText(
      /District roster: 2 staff\. Authorizations listed: 2\./,
    );
    await expect(roster.getByRole('button', { name: 'Remove roster…' })).toHaveCount(0);
    const file = roster.getByLabel('Roster file (CSV)');
    await expect(file).toBeDisabled();
    await expect(file).toHaveAccessibleDescription(/Your district provides the staff roster/);
    await roster.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await saveScreen(page, 'policy-options-roster', { fullPage: false });

    // Date: set by the district (not locked, but its value wins), so the controls are off.
    const asOf = page.getByRole('region', { name: 'Date to check against', exact: true });
    await expect(asOf.getByTestId('district-note')).toContainText(
      'Your district checks credentials as of 2031-01-15.',
    );
    await expect(asOf.getByLabel('A fixed date')).toBeChecked();
    await expect(asOf.getByLabel('A fixed date')).toBeDisabled();
    await expect(asOf.getByRole('button', { name: 'Save date' })).toBeDisabled();

    // Checks: locked; the district's switched-off check says so.
    const rules = page.getByRole('region', { name: 'Which checks run', exact: true });
    const authorized = rules.getByRole('checkbox', {
      name: "Case manager's credential covers the student",
    });
    await expect(authorized).not.toBeChecked();
    await expect(authorized).toBeDisabled();
    await expect(authorized).toHaveAccessibleDescription(/Set by your district: off\./);
    const other = rules.getByRole('checkbox', { name: /Teaches the student without a credential/ });
    await expect(other).toBeChecked();
    await expect(other).toBeDisabled();
    await expect(other).toHaveAccessibleDescription(/has locked which checks run/);
    await expect(rules.getByRole('button', { name: 'Turn every check back on' })).toHaveCount(0);
    await rules.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await saveScreen(page, 'policy-options-rules', { fullPage: false });

    // Addresses: the district's list could not be read, so the part stays the user's own.
    const hosts = page.getByRole('region', { name: 'District IEP addresses', exact: true });
    await expect(hosts.getByLabel("Address of your district's IEP pages")).toBeEnabled();
    await expect(hosts.getByTestId('district-note')).toHaveCount(0);

    expect(await seriousViolations(page)).toEqual([]);
    await saveScreen(page, 'policy-options-full');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreen(page, 'policy-options-dark', { fullPage: false });
    await page.close();
  });

  test('a new policy reaches the open pages; without a policy the user’s own settings are back', async () => {
    test.setTimeout(90_000);
    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${id}/src/options/index.html`);
    await expect(options.getByTestId('policy-problems')).toBeVisible();

    await writePolicy(SECOND_POLICY);
    await managedBecomes(SECOND_POLICY);
    // The IEP page is checked again: the check is back on and the date is today.
    await expect(rule('authorized')).toHaveCount(1, { timeout: 10_000 });
    await expect(rule('credential-expired')).toHaveCount(0);
    await expect(rule('credentials-unknown')).toHaveCount(0);
    // The open options page follows: nothing malformed now, and the district's address is listed
    // as the district's, waiting for the user's "Allow" (no policy grants site access).
    await expect(options.getByTestId('policy-problems')).toHaveCount(0);
    const hosts = options.getByRole('region', { name: 'District IEP addresses', exact: true });
    const row = hosts.getByRole('row', { name: /https:\/\/seis\.example-usd\.org/ });
    await expect(row).toContainText('Set by your district');
    await expect(row).toContainText('Not allowed');
    await expect(row.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(hosts.getByTestId('district-note')).toContainText(
      'The browser still asks you once to allow each one',
    );
    await hosts.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await saveScreen(options, 'policy-options-hosts', { fullPage: false });
    expect(await seriousViolations(options)).toEqual([]);

    await rm(policyFile, { force: true });
    await managedBecomes({});
    // The user's own roster (without Okafor) is in force again, and nothing of theirs was lost.
    await expect(rule('credentials-unknown')).toHaveCount(1, { timeout: 10_000 });
    await expect(options.getByTestId('policy-managed')).toHaveCount(0);
    await expect(options.getByLabel('Your name as the IEP system shows it')).toBeEnabled();
    const stored = await worker.evaluate(() => chrome.storage.local.get(['profile', 'roster']));
    expect(stored.profile).toEqual(USER_PROFILE);
    expect((stored.roster as { staff: unknown[] }).staff).toEqual(await readFixtureRoster());
    await options.close();
  });
});

test('the manifest key pins the extension id README gives district IT', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
  const { context, extensionId } = await launchWithExtension();
  try {
    expect(extensionId).toBe(extensionIdOf(manifest.key));
    const readme = await readFile(join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(`**Extension id:** \`${extensionId}\``);
  } finally {
    await context.close();
  }
});

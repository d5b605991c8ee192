// `npm run demo`: opens Chromium with the built extension on the bundled demo IEP pages
// (served at their real SEIS address from test/fixtures, nothing from the network) and the
// bundled demo roster. With a display it stays open for you to click around; without one
// (or with --headless) it runs headless and writes screenshots to demo-output/.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, storeRoster } from '../test/support/extension.js';
import { readFixtureRoster, serveVendorFixtures } from '../test/support/vendor-routes.js';

const DEMO_FORMS = [
  { id: '1001', what: 'autism student, Level II Mild/Moderate case manager: credential problem' },
  { id: '1002', what: 'SLD student in RSP, Mild to Moderate Support Needs: credential fits' },
  { id: '1003', what: 'case manager not in the roster: needs a look' },
  { id: '1005', what: 'case manager gives speech without a speech credential: note on that row' },
];

/** "Show what was read" from the open panel: each element the verdict rests on, outlined. */
async function showWhatWasRead(page, id) {
  const status = page.locator('[data-cmc-host="case-manager"]');
  await status.getByRole('button', { name: 'Show what was read' }).click();
  await page.locator('[data-cmc-host="outline"] .legend').waitFor();
  await page.locator('[data-cmc-host="outline"] .box[data-mark="caseManager"]').waitFor();
  const file = resolve(outDir, `seis-form-${id}-what-was-read.png`);
  await page.screenshot({ path: file });
  console.log(
    `${file}\n  show what was read: the case manager, disability, services and providers outlined`,
  );
  await page.keyboard.press('Escape');
}

/** "Something looks wrong?" from the open panel: the corrections form. */
async function somethingLooksWrong(page, id) {
  const status = page.locator('[data-cmc-host="case-manager"]');
  await status.getByRole('button', { name: 'Something looks wrong?' }).click();
  await page.locator('[data-cmc-host="corrections"] dialog').waitFor();
  const file = resolve(outDir, `seis-form-${id}-something-looks-wrong.png`);
  await page.screenshot({ path: file });
  console.log(`${file}\n  something looks wrong?: say which reading is wrong`);
  await page.keyboard.press('Escape');
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(import.meta.dirname, '../demo-output');

const { context, extensionId } = await launchWithExtension({ headless });
await serveVendorFixtures(context);
const [worker] = context.serviceWorkers();
await storeRoster(worker, await readFixtureRoster());

if (headless) await mkdir(outDir, { recursive: true });
for (const form of DEMO_FORMS) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(`https://www.seis.org/forms/${form.id}/state/services/fape3`);
  const badge = page.locator('[data-cmc-host="case-manager"] .badge');
  await badge.waitFor({ timeout: 10_000 });
  if (headless) {
    // The demo page re-renders once more after its data arrives (as SEIS does), wiping the
    // badge, which comes straight back: let it settle before opening it for the picture.
    await page.waitForTimeout(800);
    await badge.waitFor({ timeout: 10_000 });
    await badge.click();
    const panel = page.locator('[data-cmc-host="case-manager"] [popover]');
    await panel.waitFor();
    // The panel fades in; photograph it once it has.
    await panel.evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
    const file = resolve(outDir, `seis-form-${form.id}.png`);
    await page.screenshot({ path: file });
    console.log(`${file}\n  ${form.what}`);
    if (form.id === '1005') await showWhatWasRead(page, form.id);
    if (form.id === '1001') await somethingLooksWrong(page, form.id);
    await page.close();
  }
}

if (headless) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.getByRole('combobox', { name: 'Disability' }).fill('autism');
  await popup.getByRole('option', { name: /Autism \(320, AUT\)/ }).click();
  const file = resolve(outDir, 'popup-lookup.png');
  await popup.screenshot({ path: file, fullPage: true });
  console.log(`${file}\n  popup: which credentials cover autism`);
  await context.close();
  console.log(`Demo screenshots are in ${outDir}`);
} else {
  console.log('Demo running: close the browser window to end it.');
  await new Promise((done) => context.on('close', done));
}

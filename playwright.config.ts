import { defineConfig } from '@playwright/test';

// Each spec launches its own Chromium with the extension (see test/support/extension.js);
// two workers match the two cores of these machines.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Playwright empties its own folder on each run; screenshots go beside it (test/support/screens.js).
  outputDir: 'test-results/playwright',
  projects: [
    { name: 'default', testIgnore: '**/policy*.spec.ts' },
    // The district-policy test writes a machine-wide Chromium policy file: it runs alone, after
    // every other test of the run has finished (test/e2e/policy.spec.ts).
    { name: 'policy', testMatch: '**/policy*.spec.ts', dependencies: ['default'] },
  ],
});

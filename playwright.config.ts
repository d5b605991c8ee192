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
});

/**
 * The extension's on-page markers (CONTRACT.md §5) as end-to-end specs find them: the case
 * manager's status host, its badge and its panel.
 */
import type { Page } from '@playwright/test';

export const status = (page: Page) => page.locator('[data-cmc-host="case-manager"]');
export const badge = (page: Page) => status(page).locator('.badge');
export const panel = (page: Page) => status(page).locator('[popover]');

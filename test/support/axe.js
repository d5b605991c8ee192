// Runs axe-core in a Playwright page and returns the serious and critical violations.
// The source goes in through page.evaluate (CDP), so extension pages' CSP doesn't block it;
// axe looks into open shadow roots, so the injected panel is checked with the page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * @param {import('@playwright/test').Page} page
 * @param {{ include?: string[] }} [options] CSS selectors to limit the check to (default: the whole page)
 */
export async function seriousViolations(page, options = {}) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (include) => {
    const context = include?.length ? { include: include.map((s) => [s]) } : document;
    // axe is a page global once its source has run.
    return await globalThis.axe.run(context, { resultTypes: ['violations'] });
  }, options.include ?? null);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

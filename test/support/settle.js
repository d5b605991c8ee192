// The SEIS fixture renders twice (its second "digest" replaces every node 300 ms after the
// first): tests wait for the second render itself rather than for a fixed time, which a loaded
// machine can stretch.

/** Counts the renders of the fixture's view; call before `goto`. @param {import('@playwright/test').Page} page */
export async function countRenders(page) {
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__cmcRenders = 0;
    new MutationObserver((records) => {
      // The parser's own insertions (the "Loading…" template) are not a render.
      if (document.readyState === 'loading') return;
      // One innerHTML assignment is one record, however many nodes it adds.
      for (const r of records) {
        const target = /** @type {Element} */ (r.target);
        if (target.id === 'view' && r.addedNodes.length > 0) w.__cmcRenders++;
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Until the fixture has rendered `times` times. @param {import('@playwright/test').Page} page */
export async function rendered(page, times = 2) {
  await page.waitForFunction((n) => /** @type {any} */ (window).__cmcRenders >= n, times);
}

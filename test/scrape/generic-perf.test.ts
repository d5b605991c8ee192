/**
 * The generic reader runs on every debounced DOM change, so it must never force a layout.
 * Its speed is measured by `npm run bench` in Chromium (extractMsLargestPage), not here.
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { generic } from '../../src/scrape/adapters/generic';
import { extract } from '../../src/scrape/extract';

/** A 5,000-node page: a label table, filler sections, and a 25-row services grid at the end. */
function largePage(): string {
  const filler = Array.from(
    { length: 250 },
    (_, i) =>
      `<div class="section"><h4>Section ${i}</h4><p>Notes for item ${i}: <span>text</span> <a href="#">link</a></p><ul><li>One</li><li>Two: <b>${i}</b></li></ul></div>`,
  ).join('\n');
  const rows = Array.from(
    { length: 25 },
    (_, i) =>
      `<tr><td>330 - Specialized Academic Instruction</td><td>Lee, Dana</td><td>Room ${i}</td><td>2</td><td>Weekly</td><td>30 min</td><td>08/15/2025</td><td>06/10/2026</td></tr>`,
  ).join('\n');
  return `<!doctype html><html><body>
    <table class="formTable">
      <tr><td class="label">Student Name</td><td>Sample, Avery</td></tr>
      <tr><td class="label">Grade</td><td>5</td></tr>
      <tr><td class="label">Primary Disability</td><td>290 - SLD</td></tr>
    </table>
    ${filler}
    <table class="formTable"><tr><td class="label">Case Manager:</td><td><span>Lee, Dana</span></td></tr></table>
    <table class="grid"><tr><th>Service</th><th>Provider</th><th>Location</th><th colspan="2">Frequency</th><th>Duration</th><th>Start Date</th><th>End Date</th></tr>
    ${rows}</table>
  </body></html>`;
}

function countNodes(node: Node): number {
  let n = 1;
  for (let c = node.firstChild; c; c = c.nextSibling) n += countNodes(c);
  return n;
}

describe('generic extract on a large page', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  it('reads a 5,000-node page without any layout read', () => {
    dom = new JSDOM(largePage());
    const { window } = dom;
    const doc = window.document;
    expect(countNodes(doc)).toBeGreaterThanOrEqual(5000);

    const touched: string[] = [];
    window.getComputedStyle = (() => {
      touched.push('getComputedStyle');
      throw new Error('layout read');
    }) as typeof window.getComputedStyle;
    for (const prop of ['offsetParent', 'offsetWidth', 'offsetHeight', 'innerText']) {
      Object.defineProperty(window.HTMLElement.prototype, prop, {
        configurable: true,
        get() {
          touched.push(prop);
          return null;
        },
      });
    }
    window.Element.prototype.getBoundingClientRect = () => {
      touched.push('getBoundingClientRect');
      throw new Error('layout read');
    };

    const first = extract(generic, doc).snapshot;
    expect(first.caseManager).toEqual({ name: 'Lee, Dana' });
    expect(first.services).toHaveLength(25);
    // A second read of the unchanged page touches no layout API either.
    extract(generic, doc);
    expect(touched).toEqual([]);
  });
});

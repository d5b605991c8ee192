/**
 * The layout capture on every fixture page: nothing of the student or the staff survives, and
 * the capture, read back without its scripts, shows the readers the same fields.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureLayout } from '../../src/capture/deidentify';
import { isVocabularyLabel } from '../../src/capture/vocabulary';
import { readSavedPage } from '../../src/cli/page';
import { extract } from '../../src/scrape/extract';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { FIXTURE_PAGES } from '../support/fixture-pages';

/** Every value the snapshot read off the page: the strings a capture must not hold. */
function shownValues(s: PageSnapshot): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
  };
  for (const v of Object.values(s.student)) add(v);
  add(s.caseManager?.name);
  for (const d of [s.primaryDisability, s.secondaryDisability]) {
    add(d?.code);
    add(d?.label);
  }
  for (const v of Object.values(s.placement)) add(v);
  for (const service of s.services) {
    for (const [key, v] of Object.entries(service)) {
      // start/end are normalised (YYYY-MM-DD) and status is a word of ours: the page showed
      // neither as written.
      if (key !== 'start' && key !== 'end' && key !== 'status') add(v);
    }
  }
  return [...new Set(out)];
}

/**
 * Which fields a snapshot found: what a capture must still let the readers find, and the IEP
 * view its headings name. What is parsed out of a value (a service's code, weekly minutes) is
 * the value's, not the field's: a masked "330" is no service code.
 */
function foundFields(s: PageSnapshot) {
  return {
    iep: s.iep,
    student: Object.keys(s.student).sort(),
    caseManager: s.caseManager !== null,
    primaryDisability: s.primaryDisability !== null,
    secondaryDisability: s.secondaryDisability !== null,
    alternatePlacement: s.alternatePlacement !== null,
    placement: Object.keys(s.placement).sort(),
    // A row shown by its code alone ("510") is no service once the code is masked: the grid
    // is still found, and a support person still sees the row.
    services: s.services.length > 0,
    missing: s.missing,
  };
}

/**
 * Whether a value of the page is still in what the capture shows: its texts that are no label
 * of ours ("Program Setting (TK/Kgn or greater, ages 5-22)" names no grade, "Group Size" no
 * delivery), form values, and the attribute values it keeps, each value as a whole word.
 */
function survives(value: string, capture: string): boolean {
  const dom = new JSDOM(capture);
  const doc = dom.window.document;
  const walker = doc.createTreeWalker(doc, 4);
  const shown: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent ?? '';
    if (!isVocabularyLabel(t)) shown.push(t);
  }
  // References (id, class, for, name, headers) are the vendor's code ("ctl02_ddlGroup"): only a
  // number in them is a student's. Numbers of structure (colspan="8") are no one's.
  const REFERENCES = new Set(['id', 'class', 'for', 'name', 'headers']);
  const NUMBERS = new Set([
    'charset',
    'colspan',
    'rowspan',
    'aria-rowcount',
    'aria-colcount',
    'aria-rowindex',
    'aria-colindex',
    'aria-level',
  ]);
  for (const e of doc.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (NUMBERS.has(a.name)) continue;
      if (!REFERENCES.has(a.name) || /^\d+$/.test(a.value)) shown.push(a.value);
    }
  }
  dom.window.close();
  const texts = shown.join('\n');
  // As a word: "Individual" (a delivery) is not in "Individualized Education Program".
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(texts);
}

/**
 * What a capture cannot keep, by design: a value read under a weak label ("Disability") counts
 * only if it parses as a disability, and a masked one never does.
 */
const WEAK_LABEL_LOSSES: Record<string, Partial<ReturnType<typeof foundFields>>> = {
  'generic services-table.html': { primaryDisability: false, missing: ['primaryDisability'] },
};

describe('layout capture on every fixture page', () => {
  for (const fixture of FIXTURE_PAGES) {
    it(fixture.name, async () => {
      const dom = await fixture.open();
      try {
        const original = extract(fixture.adapter, dom.window.document).snapshot;
        const before = dom.window.document.documentElement.outerHTML;
        const capture = captureLayout(dom.window.document);
        // Reads only.
        expect(dom.window.document.documentElement.outerHTML).toBe(before);

        for (const value of shownValues(original)) {
          expect(survives(value, capture.html), `"${value}" survives in the capture`).toBe(false);
        }
        expect(capture.html).not.toMatch(/<script|<style|<img|<!--/i);

        // Read back as `case-manager-check scrape FILE --url ADDRESS` reads it, at the address
        // the capture records.
        const again = readSavedPage(
          { file: 'layout.html', data: new TextEncoder().encode(capture.html) },
          capture.address,
        ).snapshot;
        expect(again.vendor).toBe(original.vendor);
        expect(foundFields(again)).toEqual({
          ...foundFields(original),
          ...WEAK_LABEL_LOSSES[fixture.name],
        });
      } finally {
        dom.window.close();
      }
    });
  }
});

describe('captureLayout', () => {
  const doc = (html: string, url = 'https://iep.district.example.org/student/1234567?id=9') =>
    new JSDOM(html, { url }).window.document;
  const capture = (html: string, url?: string) => captureLayout(doc(html, url));

  it('keeps labels and masks values by their shape', () => {
    const { html } = capture(
      '<body><dl><dt>Case Manager</dt><dd>Okafor, Rachel</dd><dt>Grade</dt><dd>04</dd></dl>' +
        '<p>Case Manager: Lee, Dana</p><p>Provider Lee, Dana</p><p>José Peña-López</p>' +
        '<p>-- Select --</p><p>Group</p></body>',
    );
    expect(html).toContain('<dt>Case Manager</dt><dd>Xxxxxx, Xxxxxx</dd>');
    expect(html).toContain('<dt>Grade</dt><dd>99</dd>');
    expect(html).toContain('<p>Case Manager: Xxx, Xxxx</p>');
    expect(html).toContain('<p>Provider Xxx, Xxxx</p>');
    expect(html).toContain('<p>Xxxx Xxxx-Xxxxx</p>');
    // What shows nothing stays; a value that is one of a label's words does not.
    expect(html).toContain('<p>-- Select --</p><p>Xxxxx</p>');
  });

  it('drops what is not structure: scripts, styles, images, comments, handlers, other attributes', () => {
    const { html } = capture(
      '<body><!-- Lee --><script>var s="Lee"</script><style>.a{}</style><img src="x.png" alt="Lee">' +
        '<div id="student-1234567" class="ctl00 row" data-student="Lee" title="Lee" onclick="x()" ' +
        'style="color:red" aria-label="Lee, Dana" aria-hidden="true">x</div>' +
        '<div role="progressbar" aria-valuenow="85" aria-rowindex="3">z</div>' +
        '<span style="display: none">z</span><a href="/students/1234567/iep?name=Lee#top">z</a></body>',
    );
    expect(html).not.toMatch(/Lee|<script|<style|<img|<!--|onclick|color:red|1234567/);
    expect(html).toContain(
      '<div id="student-9999999" class="ctl00 row" data-student="Xxx" title aria-label="Xxx, Xxxx" aria-hidden="true">x</div>',
    );
    expect(html).toContain('<span style="display:none">x</span>');
    expect(html).toContain('<div role="progressbar" aria-valuenow="99" aria-rowindex="3">x</div>');
    expect(html).toContain('<a href="/students/9999999/iep">x</a>');
  });

  it('masks form values and keeps what is chosen', () => {
    const d = doc(
      '<body><label for="cm">Case Manager</label><input id="cm" value="Lee, Dana">' +
        '<select><option>Autism</option><option>Specific Learning Disability</option></select>' +
        '<input type="checkbox"><textarea>notes on Dana</textarea></body>',
    );
    (d.querySelector('select') as HTMLSelectElement).selectedIndex = 1;
    (d.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    (d.querySelector('input#cm') as HTMLInputElement).value = 'Rivera, Jordan';
    const { html } = captureLayout(d);
    expect(html).toContain('<input id="cm" value="Xxxxxx, Xxxxxx">');
    expect(html).toContain('<option>Xxxxxx</option><option selected>');
    expect(html).toContain('<input type="checkbox" checked>');
    expect(html).toContain('<textarea>xxxxx xx Xxxx</textarea>');
    expect(html).not.toMatch(/Lee|Dana|Rivera|Autism|Specific/);
  });

  it('inlines open shadow roots and leaves out our own hosts', () => {
    const d = doc('<body><div id="host"></div><div data-cmc-host="case-manager"></div></body>');
    const root = (d.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<span class="label">Case Manager</span><span>Lee, Dana</span>';
    const result = captureLayout(d);
    expect(result.html).toContain(
      '<div id="host"><div data-cmc-shadow-root><span class="label">Case Manager</span><span>Xxx, Xxxx</span></div></div>',
    );
    expect(result.html).not.toContain('data-cmc-host');
    expect(result.shadowRoots).toBe(1);
  });

  it('records the address without its query, and with its digits masked', () => {
    const result = capture('<body></body>');
    expect(result.address).toBe('https://iep.district.example.org/student/9999999');
    expect(result.html).toContain(
      '<meta name="cmc-capture-url" content="https://iep.district.example.org/student/9999999">',
    );
  });
});

/**
 * Metamorphic robustness (issue 14, GUIDE §3 lesson 11): from every fixture page, variants
 * that keep the page's facts (label synonyms and longer sibling labels, extra wrappers and
 * columns, reordered rows and columns, names in other forms, agency or placeholder rows added,
 * non-breaking and zero-width spaces, case changes) are read by the same adapters and judged by
 * the same engine. A variant may keep the verdict or move toward review; it may never move from
 * violation or review to ok, and never say coordinator-only where the case manager teaches.
 *
 * Each page is judged with a roster on which its case manager holds only a Multiple Subject
 * credential, which covers no disability: teaching is then a violation and only a wrong reading
 * can give ✓. Seeded and reproducible; a failing variant is printed as a minimal page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFromSnapshot } from '../../src/check/case-from-snapshot';
import { FIELD_LABELS, type FieldName } from '../../src/fields/spellings';
import { evaluateCase } from '../../src/rules/engine';
import { parseName } from '../../src/rules/names';
import type { CaseResult, StaffMember, StudentStatus } from '../../src/rules/types';
import { adapterFor } from '../../src/scrape/adapters';
import { extract } from '../../src/scrape/extract';
import { matchLabel, serviceColumnFor } from '../../src/scrape/label-match';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { FIXTURES, loadFixture } from '../support/fixture-dom';

const SEED = 1414;
/**
 * Variants per page, fewer for larger pages (each variant copies and reads the whole page):
 * about 2,100 in all, under a minute on a busy 2-core machine. A count, not a time, so
 * every run and machine tries the same variants.
 */
function runsFor(elements: number): number {
  return Math.max(25, Math.min(60, Math.round(20_000 / elements)));
}
const AS_OF = '2026-01-15';

interface Page {
  file: string;
  url: string;
  /** Tabs to click once loaded, so that the services they load are on the page. */
  click?: string;
  settleMs?: number;
}

const GENERIC_URL = 'https://iep.district.example.org/student/1';

function genericPages(dir: string): Page[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: `${dir}/${f}`, url: GENERIC_URL }));
}

const PAGES: Page[] = [
  ...['1001', '1002', '1003', '1004', '1005'].map((form) => ({
    file: 'seis/page.html',
    url: `https://www.seis.org/forms/${form}/state/services/fape3`,
    settleMs: 450,
  })),
  { file: 'seis/frames/header.html', url: 'https://www.seis.org/frames/header.html' },
  ...['doc-7101.html', 'doc-7102-edit.html', 'doc-7201.html'].map((f) => ({
    file: `frontline/iep/${f}`,
    url: `https://demo.frontlineeducation.com/iep/${f}`,
  })),
  ...['3001/mis-summary.html', '3001/next-year.html', '3002/mis-summary-edit.html'].map((f) => ({
    file: `siras/student/${f}`,
    url: `https://demo.sirassystems.org/student/${f}`,
  })),
  ...['5001', '5002'].map((perm) => ({
    file: `aeries/admin/specialed/${perm}.html`,
    url: `https://demo.aeries.net/admin/specialed/${perm}.html`,
    click: '#tabServices',
  })),
  ...[
    'students/1001/profile.html',
    'students/1001/profile-edit.html',
    'students/1002/profile.html',
    'documents/5001/iep.html',
    'documents/5002/iep.html',
  ].map((f) => ({
    file: `powerschool/specialprograms/${f}`,
    url: `https://demo.powerschool.com/specialprograms/${f}`,
    settleMs: 700,
  })),
  ...['2001', '2002'].map((iep) => ({
    file: `welligent/iep/${iep}/index.html`,
    url: `https://demo.welligent.com/iep/${iep}/`,
    click: '#wgIepWorkflow [data-tab]',
  })),
  {
    file: 'welligent/iep/2001/header.html',
    url: 'https://demo.welligent.com/iep/2001/header.html',
  },
  ...genericPages('generic'),
  ...genericPages('generic/issue14'),
];

/** Every JSON file under the vendor's api/ folder, answered at /api/<path without .json>. */
function apiFiles(vendor: string): Record<string, string> {
  const root = join(FIXTURES, vendor, 'api');
  const out: Record<string, string> = {};
  const visit = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.json')) {
        out[`/api/${relative(root, path).replace(/\.json$/, '')}`] = relative(FIXTURES, path);
      }
    }
  };
  visit(root);
  return out;
}

/** The page as a reader sees it once its scripts have run: its markup, scripts left out. */
async function rendered(page: Page): Promise<string> {
  const vendor = page.file.split('/')[0] ?? '';
  const dom = await loadFixture(page.file, page.url, {
    settleMs: page.settleMs ?? 0,
    fetchFiles: apiFiles(vendor),
  });
  if (page.click) {
    for (const tab of dom.window.document.querySelectorAll<HTMLElement>(page.click)) tab.click();
    await new Promise((done) => setTimeout(done, 120));
  }
  for (const s of dom.window.document.querySelectorAll('script')) s.remove();
  const html = dom.serialize();
  dom.window.close();
  return html;
}

// ---------------------------------------------------------------------------------------------
// Reading and judging

interface Judged {
  snapshot: PageSnapshot;
  result: CaseResult | null;
}

function rosterFor(name: string | undefined): StaffMember[] {
  if (!name) return [];
  return [
    {
      name,
      authorizations: [{ text: 'Multiple Subject', issued: '2015-01-01', expires: '2030-01-01' }],
    },
  ];
}

function judge(doc: Document, url: string, roster: StaffMember[]): Judged {
  const { snapshot } = extract(adapterFor(new URL(url)), doc);
  if (!snapshot.caseManager && !snapshot.primaryDisability) return { snapshot, result: null };
  const c = caseFromSnapshot(snapshot, { profile: null, roster }, AS_OF);
  return { snapshot, result: evaluateCase(c) };
}

const RANK: Record<StudentStatus, number> = { ok: 0, review: 1, violation: 2 };

/** What is wrong with a variant's verdict given the page's own; null when nothing is. */
function fault(base: CaseResult | null, variant: Judged): string | null {
  if (!base) return null;
  const v = variant.result;
  // A page that gives nothing to check shows no ✓ either: that is no all-clear.
  if (!v) return null;
  if (RANK[base.status] > 0 && v.status === 'ok') {
    return `false all-clear: ${base.status} became ok`;
  }
  const coordinator = v.findings.some((f) => f.rule === 'coordinator-only');
  if (base.role === 'instruction' && coordinator) {
    return 'coordinator-only where the case manager provides instruction';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Transformations: each keeps the page's facts

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rng() * items.length)];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION']);

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIP.has(parent.tagName)) continue;
    if ((n.nodeValue ?? '').trim() !== '') out.push(n as Text);
  }
  return out;
}

/** Text nodes that are a label of the given kind (strong labels only). */
function labelNodes(doc: Document, field?: FieldName): Text[] {
  return textNodes(doc).filter((n) => {
    const m = matchLabel((n.nodeValue ?? '').trim());
    return m && !m.weak && !m.part && (field === undefined || m.field === field);
  });
}

function setLabel(node: Text, label: string): void {
  const text = node.nodeValue ?? '';
  const colon = /:\s*$/.test(text) ? ':' : '';
  node.nodeValue = text.replace(/\S(?:.*\S)?/, `${label}${colon}`).replace(/::$/, ':');
}

const LONGER = ['Email', 'Phone', 'Title', 'Type', 'Email Address', 'Position'];
const LONGER_VALUES: Record<string, string> = {
  Email: 'someone@district.example.org',
  'Email Address': 'someone@district.example.org',
  Phone: '(555) 010-4477',
  Title: 'Education Specialist',
  Type: 'Teacher of Record',
  Position: 'Resource Specialist',
};

const AGENCIES = [
  'NPA – Bright Futures Therapy',
  'County Office Program',
  'To be assigned',
  'Vacant',
  'TBD',
  'Riverside Unified School District',
];
const ADDED_SERVICES = [
  '330 - Specialized Academic Instruction',
  '415 - Language and Speech',
  '510 - Individual Counseling',
];
const EXTRA_HEADERS = ['Notes', 'Provider Type', 'Case Manager Email', 'Staff ID', 'Comments'];

/** Tables laid out without spans, each row as wide as the first. */
function plainTables(doc: Document): HTMLTableElement[] {
  return [...doc.querySelectorAll('table')].filter((t) => {
    const rows = [...t.rows];
    if (rows.length < 2) return false;
    const width = rows[0]?.cells.length ?? 0;
    return rows.every(
      (r) =>
        r.cells.length === width && [...r.cells].every((c) => c.colSpan === 1 && c.rowSpan === 1),
    );
  });
}

function headerTexts(table: HTMLTableElement): string[] {
  return [...(table.rows[0]?.cells ?? [])].map((c) => (c.textContent ?? '').trim());
}

function servicesTables(doc: Document): HTMLTableElement[] {
  return plainTables(doc).filter((t) =>
    headerTexts(t).some((h) => {
      const kind = serviceColumnFor(h);
      return kind === 'service' || kind === 'code';
    }),
  );
}

/** Other ways to write one person's name (the same person, REFERENCE §7). */
function nameForms(name: string): string[] {
  const p = parseName(name);
  if (!p?.first || !p.last) return [];
  const { first, last } = p;
  return [
    `${first} ${last}`,
    `${last}, ${first}`,
    `${last.toUpperCase()}, ${first.toUpperCase()}`,
    `${first.toLowerCase()} ${last.toLowerCase()}`,
    `${last}, ${first} (Teacher of Record)`,
    `Dr. ${first} ${last}`,
    `${first} ${last}, M.A.`,
    `${last}, ${first}, Ed.S.`,
    `${first.charAt(0)}. ${last}`,
    `5521 – ${last}, ${first}`,
    `Ms. ${first} ${last}`,
  ];
}

type Transform = (doc: Document, rng: Rng, names: readonly string[]) => void;

/** How often a transform that may find nothing to change did change the page (class 4's). */
const applied: Record<string, number> = {};

const TRANSFORMS: Record<string, Transform> = {
  synonym(doc, rng) {
    const node = pick(
      rng,
      labelNodes(doc).filter(
        (n) => matchLabel((n.nodeValue ?? '').trim())?.field !== 'studentName',
      ),
    );
    const field = node && matchLabel((node.nodeValue ?? '').trim())?.field;
    if (!node || !field) return;
    const label = pick(rng, FIELD_LABELS[field]) ?? '';
    setLabel(
      node,
      pick(rng, [label, label.toUpperCase(), label.replace(/\b\w/g, (c) => c.toUpperCase())]) ??
        label,
    );
  },

  longerSiblingLabel(doc, rng) {
    const node = pick(rng, labelNodes(doc, 'caseManager'));
    const container = node?.parentElement?.closest('tr, dt, li, p, div, label');
    if (!node || !container || container === doc.body || container.closest('table thead')) return;
    const extra = pick(rng, LONGER) ?? 'Email';
    const clone = container.cloneNode(true) as Element;
    for (const e of [clone, ...clone.querySelectorAll('*')]) {
      for (const attr of ['id', 'for', 'aria-labelledby', 'aria-describedby', 'name']) {
        e.removeAttribute(attr);
      }
    }
    const value = LONGER_VALUES[extra] ?? '';
    let labelled = false;
    for (const t of textNodes(clone.ownerDocument).filter((t) => clone.contains(t))) {
      const m = matchLabel((t.nodeValue ?? '').trim());
      if (m?.field === 'caseManager' && !labelled) {
        setLabel(t, `${(t.nodeValue ?? '').trim().replace(/:$/, '')} ${extra}`);
        labelled = true;
      } else {
        t.nodeValue = value;
      }
    }
    for (const input of clone.querySelectorAll('input, textarea'))
      input.setAttribute('value', value);
    for (const select of clone.querySelectorAll('select')) select.replaceChildren();
    if (!labelled) return;
    const parent = container.parentElement;
    if (!parent) return;
    const pair: Element[] = [clone];
    // A definition list's label goes with its value.
    if (container.tagName === 'DT') {
      const dd = container.nextElementSibling;
      if (dd?.tagName === 'DD') {
        const ddClone = dd.cloneNode(false) as Element;
        ddClone.textContent = value;
        pair.push(ddClone);
      }
    }
    if (rng() < 0.5) for (const e of pair) parent.insertBefore(e, container);
    else {
      let after: Element | null =
        container.tagName === 'DT' ? (container.nextElementSibling ?? container) : container;
      for (const e of pair) {
        after?.after(e);
        after = e;
      }
    }
  },

  wrapper(doc, rng) {
    const candidates = [
      ...doc.querySelectorAll('td, th, dd, dt, span, label, div, p, li, b, strong'),
    ].filter((e) => e.childNodes.length > 0);
    const target = pick(rng, candidates);
    if (!target) return;
    const wrap = doc.createElement(
      target.tagName === 'DIV' || target.tagName === 'TD'
        ? (pick(rng, ['div', 'span']) ?? 'span')
        : 'span',
    );
    if (rng() < 0.5) wrap.className = 'cell-inner';
    wrap.append(...target.childNodes);
    target.append(wrap);
  },

  extraColumn(doc, rng) {
    const table = pick(
      rng,
      plainTables(doc).filter((t) => t.rows[0]?.cells.length !== 2),
    );
    if (!table) return;
    const width = table.rows[0]?.cells.length ?? 0;
    const at = Math.floor(rng() * (width + 1));
    const header = pick(rng, EXTRA_HEADERS) ?? 'Notes';
    [...table.rows].forEach((row, i) => {
      const first = row.cells[0];
      const isHeader = i === 0;
      const cell = doc.createElement(isHeader && first?.tagName === 'TH' ? 'th' : 'td');
      cell.textContent = isHeader ? header : header === 'Provider Type' ? 'Teacher' : '—';
      row.insertBefore(cell, row.cells[at] ?? null);
    });
  },

  reorderRows(doc, rng) {
    const table = pick(rng, servicesTables(doc));
    if (!table) return;
    const rows = [...table.rows].slice(1);
    const parent = rows[0]?.parentElement;
    if (!parent || rows.some((r) => r.parentElement !== parent)) return;
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [rows[i], rows[j]] = [rows[j] as HTMLTableRowElement, rows[i] as HTMLTableRowElement];
    }
    for (const row of rows) parent.append(row);
  },

  reorderColumns(doc, rng) {
    const table = pick(rng, servicesTables(doc));
    const width = table?.rows[0]?.cells.length ?? 0;
    if (!table || width < 2) return;
    const a = Math.floor(rng() * width);
    const b = (a + 1 + Math.floor(rng() * (width - 1))) % width;
    for (const row of table.rows) {
      const ca = row.cells[a];
      const cb = row.cells[b];
      if (!ca || !cb) continue;
      const marker = doc.createElement('td');
      ca.replaceWith(marker);
      cb.replaceWith(ca);
      marker.replaceWith(cb);
    }
  },

  nameForm(doc, rng, names) {
    const name = pick(rng, names);
    if (!name) return;
    const forms = nameForms(name);
    const holders: (Text | Element)[] = [
      ...textNodes(doc).filter((t) => (t.nodeValue ?? '').includes(name)),
      ...[...doc.querySelectorAll('input')].filter((i) =>
        (i.getAttribute('value') ?? '').includes(name),
      ),
    ];
    const holder = pick(rng, holders);
    const form = pick(rng, forms);
    if (!holder || !form) return;
    if (holder.nodeType === 3) holder.nodeValue = (holder.nodeValue ?? '').replace(name, form);
    else {
      const input = holder as Element;
      input.setAttribute('value', (input.getAttribute('value') ?? '').replace(name, form));
      (input as HTMLInputElement).value = input.getAttribute('value') ?? '';
    }
  },

  agencyRow(doc, rng) {
    const table = pick(rng, servicesTables(doc));
    if (!table) return;
    const headers = headerTexts(table);
    const serviceAt = headers.findIndex((h) => serviceColumnFor(h) === 'service');
    const providerAt = headers.findIndex((h) => serviceColumnFor(h) === 'provider');
    const row = pick(rng, [...table.rows].slice(1));
    if (!row || serviceAt < 0) return;
    const clone = row.cloneNode(true) as HTMLTableRowElement;
    for (const e of [clone, ...clone.querySelectorAll('*')]) e.removeAttribute('id');
    const serviceCell = clone.cells[serviceAt];
    if (serviceCell) serviceCell.textContent = pick(rng, ADDED_SERVICES) ?? '';
    const providerCell = providerAt >= 0 ? clone.cells[providerAt] : undefined;
    if (providerCell) providerCell.textContent = pick(rng, AGENCIES) ?? '';
    if (rng() < 0.5) row.before(clone);
    else row.after(clone);
  },

  // Issue 14 class 4: the case manager's name in two fields, in one of the label forms vendors
  // use, where the page showed it whole beside its label. Middle names are kept.
  splitManagerName(doc, rng, names) {
    const name = names[0];
    const parsed = name ? parseName(name) : null;
    if (!name || !parsed?.first || !parsed.last) return;
    const { last } = parsed;
    const first = [parsed.first, parsed.middle].filter(Boolean).join(' ');
    const node = pick(rng, labelNodes(doc, 'caseManager'));
    const row = node?.parentElement?.closest('tr, dt, li, p, div, label');
    if (!node || !row || row === doc.body || row.closest('thead')) return;
    // The row and the place of its value: a dt's value is its dd.
    const valueRow = row.tagName === 'DT' ? row.nextElementSibling : row;
    const shows = (e: Element | null | undefined) =>
      !!e &&
      ((e.textContent ?? '').includes(name) ||
        [...e.querySelectorAll('input')].some((i) => (i as HTMLInputElement).value === name));
    if (!valueRow || !shows(valueRow) || (valueRow !== row && valueRow.tagName !== 'DD')) return;
    const label = (node.nodeValue ?? '').trim().replace(/:$/, '');
    const id = `cmc-split-${Math.floor(rng() * 1e6)}`;
    const forms: Record<string, () => string> = {
      row: () => {
        const cell = row.querySelector('th') ? 'th' : 'td';
        return `<tr><${cell}>${label} Last Name</${cell}><td>${last}</td></tr><tr><${cell}>${label} First Name</${cell}><td>${first}</td></tr>`;
      },
      dl: () =>
        `<dt>${label} Last Name</dt><dd>${last}</dd><dt>${label} First Name</dt><dd>${first}</dd>`,
      controls: () =>
        `<div><label for="${id}l">CM Last</label> <input id="${id}l" value="${last}" readonly></div>` +
        `<div><label for="${id}f">CM First</label> <select id="${id}f"><option>-- Select --</option><option selected>${first}</option></select></div>`,
      fieldset: () =>
        `<fieldset><legend>${label}</legend><label>Last Name <input value="${last}"></label> <label>First Name <input value="${first}"></label></fieldset>`,
      spans: () =>
        `<div><span>${label} Last Name:</span> <span>${last}</span></div><div><span>${label} First Name:</span> <span>${first}</span></div>`,
      section: () =>
        `<section><h4>${label}</h4><div>Last Name: ${last}</div><div>First Name: ${first}</div></section>`,
    };
    const kind =
      row.tagName === 'TR'
        ? 'row'
        : row.tagName === 'DT'
          ? 'dl'
          : (pick(rng, ['controls', 'fieldset', 'spans', 'section']) ?? 'spans');
    const template = doc.createElement('template');
    template.innerHTML = forms[kind]?.() ?? '';
    if (valueRow !== row) valueRow.remove();
    row.replaceWith(template.content);
    applied.splitManagerName = (applied.splitManagerName ?? 0) + 1;
  },

  // Issue 14 class 4: a services table's provider column as two, "Provider Last Name" and
  // "Provider First Name". A provider that is not "First Last" stays whole in the first column.
  splitProviderColumns(doc, rng) {
    const table = pick(rng, servicesTables(doc));
    const at = table ? headerTexts(table).findIndex((h) => serviceColumnFor(h) === 'provider') : -1;
    if (!table || at < 0) return;
    [...table.rows].forEach((row, i) => {
      const cell = row.cells[at];
      if (!cell) return;
      const second = cell.cloneNode(false) as HTMLTableCellElement;
      second.removeAttribute('id');
      if (i === 0) {
        cell.textContent = 'Provider Last Name';
        second.textContent = 'Provider First Name';
      } else {
        const person = parseName(cell.textContent ?? '');
        if (person?.first && person.last) {
          cell.textContent = person.last;
          second.textContent = [person.first, person.middle].filter(Boolean).join(' ');
        }
      }
      cell.after(second);
    });
    applied.splitProviderColumns = (applied.splitProviderColumns ?? 0) + 1;
  },

  spaces(doc, rng) {
    const nodes = textNodes(doc);
    for (let i = 0; i < 3; i++) {
      const node = pick(rng, nodes);
      if (!node) return;
      const text = node.nodeValue ?? '';
      node.nodeValue =
        rng() < 0.5
          ? text.replace(/ /g, () => (rng() < 0.5 ? '\u00a0' : ' '))
          : text.replace(/(\S) /, `$1\u200b `);
    }
  },

  caseChange(doc, rng) {
    const nodes = textNodes(doc);
    for (let i = 0; i < 3; i++) {
      const node = pick(rng, nodes);
      if (!node) return;
      node.nodeValue =
        rng() < 0.7 ? (node.nodeValue ?? '').toUpperCase() : (node.nodeValue ?? '').toLowerCase();
    }
  },
};

const KINDS = Object.keys(TRANSFORMS);

interface Step {
  kind: string;
  seed: number;
}

const stepArb = fc.record({ kind: fc.constantFrom(...KINDS), seed: fc.integer() });

// ---------------------------------------------------------------------------------------------

interface Base {
  page: Page;
  /** The page as parsed once; each variant starts from a copy of its root. */
  pristine: Element;
  /** One document per page that each variant is built in (a new window costs more than a page). */
  work: JSDOM;
  judged: Judged;
  names: string[];
}

const bases: Base[] = [];
let variantsRun = 0;
let falseAllClears = 0;
const byKind: Record<string, number> = {};

function fresh(base: Base): Document {
  const doc = base.work.window.document;
  doc.replaceChild(doc.importNode(base.pristine, true), doc.documentElement);
  return doc;
}

function applySteps(doc: Document, steps: readonly Step[], names: readonly string[]): void {
  for (const step of steps) TRANSFORMS[step.kind]?.(doc, mulberry32(step.seed), names);
}

function variantFault(base: Base, steps: readonly Step[]): { fault: string | null; doc: Document } {
  const doc = fresh(base);
  applySteps(doc, steps, base.names);
  const judged = judge(doc, base.page.url, rosterFor(base.judged.snapshot.caseManager?.name));
  return { fault: fault(base.judged.result, judged), doc };
}

/** The smallest page that still fails: elements removed one by one while the fault stays. */
function minimalPage(base: Base, doc: Document): string {
  const roster = rosterFor(base.judged.snapshot.caseManager?.name);
  const fails = () => fault(base.judged.result, judge(doc, base.page.url, roster)) !== null;
  const elements = [...(doc.body?.querySelectorAll('*') ?? [])].reverse();
  let tries = 0;
  for (const e of elements) {
    if (tries++ > 300 || !e.isConnected) continue;
    const parent = e.parentNode;
    const next = e.nextSibling;
    e.remove();
    if (!fails()) parent?.insertBefore(e, next);
  }
  for (const e of doc.querySelectorAll('style, link, meta')) e.remove();
  return doc.body?.outerHTML.replace(/\n\s*\n/g, '\n') ?? '';
}

describe('metamorphic robustness: variants that keep a page’s facts never raise its verdict', () => {
  beforeAll(async () => {
    const htmls = await Promise.all(PAGES.map(rendered));
    PAGES.forEach((page, i) => {
      const html = htmls[i] ?? '';
      const work = new JSDOM(html, { url: page.url });
      const pristine = work.window.document.documentElement.cloneNode(true) as Element;
      const first = judge(work.window.document, page.url, []);
      const cm = first.snapshot.caseManager?.name;
      const judged = judge(work.window.document, page.url, rosterFor(cm));
      const names = [
        ...(cm ? [cm] : []),
        ...judged.snapshot.services.flatMap((s) => (s.provider ? [s.provider] : [])),
      ].filter((n, j, all) => all.indexOf(n) === j && parseName(n)?.first);
      bases.push({ page, pristine, work, judged, names });
    });
  }, 60_000);

  afterAll(() => {
    for (const b of bases) b.work.window.close();
    // The acceptance figures: how many variants ran, and how many said ✓ wrongly.
    console.info(
      `metamorphic: ${variantsRun} variants of ${bases.length} pages, ${falseAllClears} false all-clears`,
      byKind,
      'applied',
      applied,
    );
  });

  it('judges the pages themselves as a teacher without covering credentials would be', () => {
    const teaching = bases.filter((b) => b.judged.result?.role === 'instruction');
    // The suite is only as strong as its bases: most pages show a case manager who teaches.
    expect(teaching.length).toBeGreaterThanOrEqual(10);
    for (const b of teaching) expect(b.judged.result?.status).toBe('violation');
  });

  it.each(PAGES.map((p, i) => [`${p.file} ${new URL(p.url).pathname}`, i] as const))(
    'variants of %s',
    (_name, index) => {
      const base = bases[index];
      if (!base) throw new Error('page not loaded');
      // Seeded: the same variants on every run and machine.
      const variants = fc.sample(fc.array(stepArb, { minLength: 1, maxLength: 4 }), {
        seed: SEED + index,
        numRuns: runsFor(base.pristine.getElementsByTagName('*').length),
      });
      const failing: Step[][] = [];
      for (const steps of variants) {
        variantsRun++;
        for (const s of steps) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
        const { fault: found } = variantFault(base, steps);
        if (found?.startsWith('false all-clear')) falseAllClears++;
        if (found) failing.push(steps);
      }
      const first = failing[0];
      if (first) {
        // Fewest steps that still fail, then the fewest elements.
        let steps = first;
        for (let i = steps.length - 1; i >= 0 && steps.length > 1; i--) {
          const fewer = steps.filter((_, j) => j !== i);
          const { fault: still } = variantFault(base, fewer);
          if (still) steps = fewer;
        }
        const { fault: found, doc } = variantFault(base, steps);
        const page = minimalPage(base, doc);
        throw new Error(
          `${failing.length} of ${variants.length} variants fail. ${found} on a variant of ` +
            `${base.page.file} (${base.page.url}), seed ${SEED + index}, steps ` +
            `${JSON.stringify(steps)}; base verdict ${base.judged.result?.status} ` +
            `(${base.judged.result?.role}). Minimal page:\n${page}`,
        );
      }
    },
  );
});

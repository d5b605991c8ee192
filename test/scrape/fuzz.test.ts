/**
 * Property tests: whatever a page holds (random markup, mutated fixtures, hostile text, huge
 * strings, shadow roots), the generic extract never throws, stays within the message schema,
 * reports exactly what it did not find, and leaves the page as it was.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELD_LABELS, SERVICE_COLUMNS } from '../../src/fields/spellings';
import { generic } from '../../src/scrape/adapters/generic';
import { extract } from '../../src/scrape/extract';
import { interpretExtraction } from '../../src/scrape/interpret';
import { PageSnapshotSchema, ShownSnapshotSchema } from '../../src/scrape/snapshot';
import { FIXTURES } from '../support/fixture-dom';

const REPORTED = ['caseManager', 'primaryDisability', 'grade', 'services'];

function checkExtract(doc: Document): void {
  const before = doc.documentElement.outerHTML;
  // extract(generic, doc), keeping the snapshot as the content script sends it.
  const read = generic.read(doc);
  const { snapshot, anchor } = interpretExtraction(read);
  // Serializable and within the bounds the background accepts, as sent and as interpreted.
  expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  const sent = v.safeParse(ShownSnapshotSchema, read.snapshot);
  expect(sent.success, JSON.stringify(sent.issues?.[0]?.path)).toBe(true);
  const parsed = v.safeParse(PageSnapshotSchema, snapshot);
  expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.path)).toBe(true);
  // Says exactly what it did not find.
  expect(new Set(snapshot.missing).size).toBe(snapshot.missing.length);
  for (const m of snapshot.missing) expect(REPORTED).toContain(m);
  expect(snapshot.missing.includes('caseManager')).toBe(snapshot.caseManager === null);
  expect(snapshot.missing.includes('primaryDisability')).toBe(snapshot.primaryDisability === null);
  expect(snapshot.missing.includes('grade')).toBe(snapshot.student.grade === undefined);
  if (snapshot.missing.includes('services')) expect(snapshot.services).toEqual([]);
  // Drawn next to something on the page, or nowhere.
  if (anchor) expect(anchor.isConnected).toBe(true);
  if (!snapshot.caseManager && !snapshot.primaryDisability) expect(anchor).toBeNull();
  // Reads only, and the same way twice.
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(extract(generic, doc).snapshot).toEqual(snapshot);
}

// ---------------------------------------------------------------------------------------------
// Random pages

const LABELS = [
  ...Object.values(FIELD_LABELS).flat(),
  ...Object.values(SERVICE_COLUMNS).flat(),
  'Person Responsible',
  'Team Member',
  'Provider',
  'No records found',
];

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{student.caseManager}}',
  '<%= x %>',
  '</td></tr></table>',
  '\u202e\u0000\ufeff',
  'Case Manager: <b>Lee</b>',
  '1234 – Lee, Dana',
  '400 – ABC Therapy Inc',
  '30 min x 5 sessions = 150 min Weekly',
  '02/06/2025 - 02/05/2026',
  '9'.repeat(400),
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS).map((l) => `${l.toUpperCase()}:\u00a0`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Lee, Dana',
      'Dana Lee',
      '290',
      'SLD',
      '330 - SAI',
      '5',
      'Yes',
      '2',
      'Weekly',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('Case Manager: ', 'Service ', ''),
        fc.integer({ min: 1000, max: 200_000 }),
      )
      .map(([prefix, n]) => prefix + 'A'.repeat(n)),
  },
);

const TAGS = [
  'div',
  'span',
  'p',
  'b',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'label',
  'input',
  'select',
  'option',
  'textarea',
  'ul',
  'li',
  'fieldset',
  'legend',
  'section',
  'nav',
  'button',
  'br',
  'caption',
  'output',
  'slot',
  'template',
  'script',
  'x-card',
] as const;

const IDS = ['a', 'b', 'c', 'd'];
const attribute = fc.oneof(
  fc.tuple(
    fc.constant('class'),
    fc.constantFrom('label', 'lbl', 'val', 'tooltip', 'hidden', 'pending', 'header', 'x'),
  ),
  fc.tuple(
    fc.constant('role'),
    fc.constantFrom(
      'grid',
      'row',
      'gridcell',
      'columnheader',
      'rowheader',
      'cell',
      'table',
      'tooltip',
      'checkbox',
      'menu',
      'rowgroup',
    ),
  ),
  fc.tuple(fc.constant('id'), fc.constantFrom(...IDS)),
  fc.tuple(
    fc.constantFrom('for', 'aria-labelledby', 'aria-describedby'),
    fc.constantFrom(...IDS, 'a b', 'zz', ''),
  ),
  fc.tuple(
    fc.constantFrom('hidden', 'checked', 'selected', 'disabled', 'multiple', 'data-cmc-host'),
    fc.constant(''),
  ),
  fc.tuple(fc.constant('aria-hidden'), fc.constantFrom('true', 'false')),
  fc.tuple(
    fc.constantFrom('colspan', 'rowspan', 'aria-colindex'),
    fc.constantFrom('0', '1', '2', '-1', '1000', 'x'),
  ),
  fc.tuple(fc.constant('type'), fc.constantFrom('checkbox', 'radio', 'hidden', 'text', 'button')),
  fc.tuple(fc.constantFrom('value', 'aria-label', 'style'), text),
);

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'pair'; layout: number; label: string; value: string }
  | { kind: 'grid'; headers: string[]; rows: string[][] }
  | {
      kind: 'element';
      tag: string;
      attributes: [string, string][];
      shadow: boolean;
      children: Tree[];
    };

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), text }),
    fc.record({
      kind: fc.constant('html' as const),
      html: fc.constantFrom(
        ...HOSTILE,
        '<td>x',
        '<tr><th>Service</th><th>Provider</th><th>Frequency</th></tr>',
      ),
    }),
    fc.record({
      kind: fc.constant('pair' as const),
      layout: fc.nat({ max: 6 }),
      label: fc.oneof(fc.constantFrom(...LABELS), text),
      value: text,
    }),
    fc.record({
      kind: fc.constant('grid' as const),
      headers: fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
          { weight: 1, arbitrary: text },
        ),
        { minLength: 1, maxLength: 8 },
      ),
      rows: fc.array(fc.array(text, { maxLength: 9 }), { maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('element' as const),
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(attribute, { maxLength: 3 }),
      shadow: fc.boolean(),
      children: fc.array(tie('tree'), { maxLength: 6 }),
    }),
  ),
}));

/** A label and its value in one of the layouts the reader knows. */
function pair(doc: Document, layout: number, label: string, value: string): Element {
  const holder = doc.createElement('div');
  const add = (
    parent: Node,
    tag: string,
    text?: string,
    attributes: Record<string, string> = {},
  ) => {
    const element = doc.createElement(tag);
    if (text !== undefined) element.textContent = text;
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    parent.appendChild(element);
    return element;
  };
  switch (layout) {
    case 0: {
      const row = add(add(holder, 'table'), 'tr');
      add(row, 'td', label, { class: 'label' });
      add(row, 'td', value);
      break;
    }
    case 1: {
      const dl = add(holder, 'dl');
      add(dl, 'dt', label);
      add(dl, 'dd', value);
      break;
    }
    case 2:
      add(holder, 'label', label, { for: 'f' });
      add(add(holder, 'select', undefined, { id: 'f', disabled: '' }), 'option', value, {
        selected: '',
      });
      break;
    case 3:
      add(holder, 'span', `${label}:`, { class: 'lbl' });
      add(holder, 'span', value, { class: 'val' });
      break;
    case 4:
      holder.textContent = `${label}: ${value}`;
      break;
    case 5:
      add(holder, 'span', label, { id: 'l' });
      add(holder, 'input', undefined, { 'aria-labelledby': 'l', value });
      break;
    default:
      add(add(holder, 'label', label), 'input', undefined, { value, readonly: '' });
  }
  return holder;
}

function build(doc: Document, node: Tree, parent: Node): void {
  if (node.kind === 'text') {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  if (node.kind === 'html') {
    const holder = doc.createElement('div');
    holder.innerHTML = node.html;
    parent.appendChild(holder);
    return;
  }
  if (node.kind === 'pair') {
    parent.appendChild(pair(doc, node.layout, node.label, node.value));
    return;
  }
  if (node.kind === 'grid') {
    const table = doc.createElement('table');
    const head = table.insertRow();
    for (const h of node.headers) head.appendChild(doc.createElement('th')).textContent = h;
    for (const cells of node.rows) {
      const row = table.insertRow();
      for (const c of cells) row.insertCell().textContent = c;
    }
    parent.appendChild(table);
    return;
  }
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  let target: Node = element;
  if (node.shadow && (node.tag === 'div' || node.tag === 'section' || node.tag === 'x-card')) {
    target = element.attachShadow({ mode: 'open' });
  }
  for (const child of node.children) build(doc, child, target);
  parent.appendChild(element);
}

describe('fuzz: random pages', () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  afterAll(() => dom.window.close());

  it('never throws, stays in the schema, and reports what it did not find', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (trees) => {
        const doc = dom.window.document;
        doc.body.replaceChildren();
        for (const t of trees) build(doc, t, doc.body);
        checkExtract(doc);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Mutated fixtures

const PAGES = [
  'generic/label-table.html',
  'generic/definition-list.html',
  'generic/form-controls.html',
  'generic/providers-checkbox.html',
  'generic/services-table.html',
  'generic/aria-grid.html',
  'generic/empty-grid.html',
  'seis/page.html',
].map((page) => readFileSync(resolve(FIXTURES, page), 'utf8'));

type Mutation =
  | { kind: 'remove' | 'duplicate' | 'shuffle' | 'unwrap'; at: number }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'attribute'; at: number; name: string; value: string }
  | { kind: 'move'; at: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'remove' as const,
      'duplicate' as const,
      'shuffle' as const,
      'unwrap' as const,
    ),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text }),
  fc.record({
    kind: fc.constant('attribute' as const),
    at: fc.nat(),
    name: fc.constantFrom(
      'hidden',
      'class',
      'colspan',
      'role',
      'aria-hidden',
      'for',
      'id',
      'selected',
      'checked',
    ),
    value: fc.constantFrom('', 'tooltip', '3', '0', 'grid', 'true', 'a', 'cm', 'label'),
  }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

function mutate(doc: Document, m: Mutation): void {
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(doc.body, 0x1 | 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  if (nodes.length === 0) return;
  const node = nodes[m.at % nodes.length] as Node;
  const parent = node.parentNode;
  if (!parent) return;
  switch (m.kind) {
    case 'remove':
      parent.removeChild(node);
      break;
    case 'duplicate':
      parent.insertBefore(node.cloneNode(true), node.nextSibling);
      break;
    case 'shuffle': {
      const children = Array.from(node.childNodes).reverse();
      for (const child of children) node.appendChild(child);
      break;
    }
    case 'unwrap':
      if (node.nodeType === 1) (node as Element).replaceWith(...Array.from(node.childNodes));
      break;
    case 'text':
      if (node.nodeType === 3) node.nodeValue = m.text;
      else node.appendChild(doc.createTextNode(m.text));
      break;
    case 'attribute':
      if (node.nodeType === 1) (node as Element).setAttribute(m.name, m.value);
      break;
    case 'move': {
      const target = nodes[m.to % nodes.length] as Node;
      if (target.nodeType === 1 && !node.contains(target)) target.appendChild(node);
      break;
    }
  }
}

describe('fuzz: mutated fixtures', () => {
  it('never throws, stays in the schema, and reports what it did not find', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: PAGES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        (page, mutations) => {
          const dom = new JSDOM(PAGES[page]);
          try {
            for (const m of mutations) mutate(dom.window.document, m);
            checkExtract(dom.window.document);
          } finally {
            dom.window.close();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

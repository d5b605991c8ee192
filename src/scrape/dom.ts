/**
 * DOM helpers for reading pages the way a person sees them, without layout reads.
 *
 * Realm-safe: nodes may come from another frame's window or from jsdom, so nothing here uses
 * `instanceof` or globals like `Node`/`NodeFilter`; node types and tag names are compared as
 * numbers and strings. No getComputedStyle, offsetParent or innerText: those force a layout,
 * and this runs on every debounced DOM change of a vendor page.
 */

import { clean } from '../fields/text';

/** The page readers' text tidy, kept with the DOM helpers they take it from. */
export { clean };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Nested shadow roots deeper than this are not read (a hostile page could nest without end). */
const MAX_SHADOW_DEPTH = 16;

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name, the same in HTML and XHTML documents. */
export function tagOf(element: Element): string {
  return element.localName;
}

/** Never text a person reads: code, styles, templates, pictures, embedded documents. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * Classes pages use to hide content or to pop it up as help: Bootstrap/Angular hiding classes,
 * tooltips and popovers. The `pending` class holds a not-yet-effective value (SIRAS-like pages
 * show "pending changes" beside the current value).
 */
const HIDDEN_CLASSES =
  /(?:^|\s)(?:tooltip|tooltiptext|tooltip-inner|tooltip-content|popover|popover-body|popover-content|ng-hide|d-none|hidden|hide|pending)(?:\s|$)/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDDEN_ROLES = new Set(['tooltip']);

/** The attribute marking this extension's own UI hosts (CONTRACT.md §5): never read back. */
export const OWN_HOST_ATTRIBUTE = 'data-cmc-host';

/**
 * True for an element whose content a person does not see as page content: hidden (by
 * attribute, inline style or a hiding class), a tooltip or popover, or code. Attributes only,
 * so no layout is read; a stylesheet hiding something is not seen (the tradeoff for speed).
 */
export function isExcluded(
  element: Element,
  tag = tagOf(element),
  attributed = element.hasAttributes(),
): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (!attributed) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_HOST_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role && HIDDEN_ROLES.has(role)) return true;
  const className = element.getAttribute('class');
  if (className && HIDDEN_CLASSES.test(className)) return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return tag === 'input' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden';
}

export interface WalkVisitor {
  /**
   * Called for each element not excluded, with its tag and whether it has any attribute (each
   * read once per element); return false to skip its subtree.
   */
  element(element: Element, tag: string, attributed: boolean): boolean;
  /** Each text node; its parent is read only by the visitor that wants it. */
  text(node: Text): void;
}

/**
 * One pass over the visible elements and text under `root`, in document order, entering the
 * open shadow root of each element right after the element itself. Hidden subtrees are skipped
 * whole, so their text is never looked at.
 */
export function walk(root: Node, visitor: WalkVisitor, depth = 0): void {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  // No acceptNode filter: a filter is a call from the browser into script for every node, the
  // largest cost of a scan. Rejected subtrees are skipped by moving the walker past them.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      visitor.text(node as Text);
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    const attributed = element.hasAttributes();
    if (isExcluded(element, tag, attributed) || !visitor.element(element, tag, attributed)) {
      node = skipSubtree(walker);
      continue;
    }
    const shadow = element.shadowRoot;
    if (shadow && depth < MAX_SHADOW_DEPTH) walk(shadow, visitor, depth + 1);
    node = walker.nextNode();
  }
}

/** The next node after the walker's current one and all its descendants (null at the end). */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * The elements matching any of the selectors, in page order, each once. One query per
 * selector: Chromium matches a selector list ("a, b") over the whole page the slow way, about
 * 30 times the cost of the two queries on their own on a large page.
 */
export function queryEach(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const css of selectors) for (const element of root.querySelectorAll(css)) found.add(element);
  // Page order (already so, but for a later query's finds): b before a (2) puts a after b.
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 2) - 1);
}

/** The element with this id in the same document or shadow root as `context`. */
export function byId(context: Node, id: string): Element | null {
  if (!id) return null;
  const scope = context.getRootNode() as Node & { getElementById?: (id: string) => Element | null };
  if (typeof scope.getElementById === 'function') return scope.getElementById(id);
  return context.ownerDocument?.getElementById(id) ?? null;
}

/** Elements named by an id-list attribute (aria-labelledby, aria-describedby). */
export function byIdList(context: Element, attribute: string): Element[] {
  const value = context.getAttribute(attribute);
  if (!value) return [];
  const found: Element[] = [];
  for (const id of value.trim().split(/\s+/).slice(0, 8)) {
    const element = byId(context, id);
    if (element) found.push(element);
  }
  return found;
}

/** Is this checkbox-like element checked? `<input type=checkbox>` or `role=checkbox`. */
export function isChecked(element: Element): boolean {
  if (tagOf(element) === 'input') return (element as HTMLInputElement).checked === true;
  return element.getAttribute('aria-checked') === 'true';
}

function isChoice(element: Element): boolean {
  if (tagOf(element) === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    return type === 'checkbox' || type === 'radio';
  }
  const role = element.getAttribute('role');
  return role === 'checkbox' || role === 'radio' || role === 'switch';
}

/** Buttons and input buttons show actions ("Edit", "Change"), not values. */
function isAction(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === 'button') return true;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    return ['button', 'submit', 'reset', 'image', 'file'].includes(type);
  }
  return element.getAttribute('role') === 'button';
}

/** A form control's value as shown: a select's selected option, an input's or textarea's value. */
function controlValue(element: Element): string | null {
  switch (tagOf(element)) {
    case 'select': {
      const select = element as HTMLSelectElement;
      const parts: string[] = [];
      for (const option of Array.from(select.options ?? [])) {
        if (option.selected) parts.push(option.textContent ?? '');
        if (!select.multiple && parts.length > 0) break;
      }
      return parts.join(', ');
    }
    case 'textarea':
      return (element as HTMLTextAreaElement).value ?? '';
    case 'input':
      return (element as HTMLInputElement).value ?? '';
  }
  return null;
}

interface TextState {
  parts: string[];
  length: number;
  limit: number;
  over: boolean;
  /** Checkbox/radio controls met, with the text that follows each (its caption). */
  choices: { checked: boolean; caption: string[] }[];
  /** Where text goes: the parts, or the caption of the last choice. */
  sink: string[];
  /** Read form controls' values (false for a label's own text). */
  controls: boolean;
  /** Read buttons' text (true for column headers, which are often sort buttons). */
  actions: boolean;
}

function push(state: TextState, text: string): void {
  if (state.over || text === '') return;
  state.length += text.length + 1;
  if (state.length > state.limit) {
    state.over = true;
    return;
  }
  state.sink.push(text);
}

const MAX_TEXT_DEPTH = 64;
const BLOCKS = new Set(['div', 'p', 'li', 'tr', 'td', 'th', 'dd', 'dt', 'section', 'fieldset']);

function collect(node: Node, state: TextState, depth: number): void {
  if (state.over || depth > MAX_TEXT_DEPTH) return;
  if (node.nodeType === TEXT_NODE) {
    push(state, (node.nodeValue ?? '').slice(0, state.limit + 1));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) {
    // A shadow root or fragment: read its children.
    if (node.nodeType === DOCUMENT_FRAGMENT_NODE) collectChildren(node, state, depth);
    return;
  }
  const element = node as Element;
  if (isExcluded(element) || (!state.actions && isAction(element))) return;
  if (!state.controls && isControl(element)) return;
  if (isChoice(element)) {
    const choice = { checked: isChecked(element), caption: [] as string[] };
    state.choices.push(choice);
    state.sink = choice.caption;
    return;
  }
  const control = controlValue(element);
  if (control !== null) {
    push(state, control);
    return;
  }
  const tag = tagOf(element);
  if (tag === 'br' || tag === 'hr') {
    // A line break ends a choice's caption.
    state.sink = state.parts;
    push(state, ' ');
    return;
  }
  // So does a new block.
  if (BLOCKS.has(tag)) state.sink = state.parts;
  if (tag === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) {
      for (const child of assigned) collect(child, state, depth + 1);
      return;
    }
  }
  const shadow = element.shadowRoot;
  collectChildren(shadow ?? element, state, depth);
}

function collectChildren(parent: Node, state: TextState, depth: number): void {
  for (let child = parent.firstChild; child && !state.over; child = child.nextSibling) {
    collect(child, state, depth + 1);
  }
}

/**
 * What a person reads in these nodes, in order: text nodes joined by spaces (so "290" and
 * "Specific Learning Disability" in two spans read as one value), form controls by their
 * value, hidden parts and tooltips left out, buttons skipped. Checkboxes and radios read as
 * the captions of the checked ones, or "Yes"/"No" for a lone uncaptioned checkbox.
 * Null when the text is longer than `limit` (not a field's value: a whole section).
 */
export function readText(
  nodes: readonly Node[],
  limit: number,
  { controls = true, actions = false }: { controls?: boolean; actions?: boolean } = {},
): string | null {
  const parts: string[] = [];
  const state: TextState = {
    parts,
    length: 0,
    limit,
    over: false,
    choices: [],
    sink: parts,
    controls,
    actions,
  };
  for (const node of nodes) collect(node, state, 0);
  if (state.over) return null;
  if (state.choices.length > 0) {
    const captions = state.choices.map((c) => clean(c.caption.join(' ')));
    if (captions.every((caption) => caption === '') && state.choices.length === 1) {
      const lone = state.choices[0];
      parts.push(lone?.checked ? 'Yes' : 'No');
    } else {
      state.choices.forEach((choice, i) => {
        if (choice.checked && captions[i]) parts.push(captions[i] ?? '');
      });
    }
  }
  return clean(parts.join(' '));
}

const CONTROL_TAGS = new Set(['select', 'textarea', 'input', 'datalist', 'option']);

function isControl(element: Element): boolean {
  return CONTROL_TAGS.has(tagOf(element)) || isChoice(element);
}

/** A label's own words, bounded: its text without the controls it may wrap. */
export function labelText(element: Element, limit: number): string | null {
  return readText(Array.from(element.childNodes), limit, { controls: false });
}

/** A column header's words, bounded: sort buttons included, controls (filters) left out. */
export function headerTextOf(element: Element, limit: number): string | null {
  return readText(Array.from(element.childNodes), limit, { controls: false, actions: true });
}

/** readText of one element's content, or of the control it is. */
export function textOf(element: Element, limit: number): string | null {
  if (isChoice(element) || controlValue(element) !== null) {
    return readText([element], limit);
  }
  const shadow = element.shadowRoot;
  return readText(shadow ? [shadow] : Array.from(element.childNodes), limit);
}

/** Does this element contain any checkbox-like control (and nothing else to read)? */
export function checkboxIn(element: Element): Element | null {
  if (isChoice(element)) return element;
  return element.querySelector('input[type=checkbox], [role=checkbox], [role=switch]');
}

/** The first form control inside a label: its value is the label's field value. */
export function controlIn(element: Element): Element | null {
  for (const control of Array.from(element.querySelectorAll('select, textarea, input'))) {
    if ((control.getAttribute('type') ?? '').toLowerCase() !== 'hidden') return control;
  }
  return null;
}

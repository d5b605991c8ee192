/**
 * Reads "label → value" pairs from any page layout, the fallback for every vendor.
 *
 * One walk of the page (a TreeWalker over elements and text, entering open shadow roots), not
 * a query per field: labels are found by their text, so the cost is one pass whatever the
 * number of fields or synonyms. Layouts read:
 *   - label cells: `<td class=label>Case Manager:</td><td>…</td>`, `<th>Grade</th><td>…</td>`;
 *   - `<label for>` (a select's selected option, an input's value, disabled or read-only), a
 *     `<label>` wrapping its control, `aria-labelledby`, `aria-label` on a control;
 *   - definition lists; "Label: value" text; a label element followed by value elements, the
 *     value split over siblings ("290" and "Specific Learning Disability") read as one;
 *   - one-row tables whose column headers are labels, and a ticked "Case Manager" checkbox
 *     column in a providers table (table-reader.ts).
 * Hidden parts, tooltips and popovers are never read (dom.ts isExcluded). Of two readings of a
 * field, a FIELD_LABELS label beats a WEAK_FIELD_LABELS one, then the earlier non-empty wins.
 * No layout is read: no getComputedStyle, offsetParent or innerText.
 */
import type { FieldName } from '../fields/spellings';
import { parseDisability } from '../rules';
import {
  byId,
  byIdList,
  clean,
  controlIn,
  isElement,
  isExcluded,
  labelText,
  readText,
  TEXT_NODE,
  tagOf,
  textOf,
  walk,
} from './dom';
import {
  fieldForLabel,
  LABEL_START,
  type LabelMatch,
  matchLabel,
  normaliseLabel,
} from './label-match';
import type { ReadBy } from './snapshot';
import {
  caseManagerFromGrid,
  fieldsFromHeaderGrid,
  type Grid,
  holdsLabels,
  isDataGrid,
  isServicesGrid,
  readGrids,
  valueAnchor,
} from './table-reader';
import { isAgency, isPlaceholder, personName, yesNo } from './values';

export { clean } from './dom';

export interface FieldHit {
  value: string;
  /** The element that shows the value: where findings about it are drawn. */
  element: Element;
  /** How it was read (snapshot.ts ReadBy); an adapter's own selectors leave it unset. */
  by?: ReadBy;
}

export interface PageScan {
  fields: Map<FieldName, FieldHit>;
  /** Fields whose only values read as another label or an agency (snapshot.ts `doubtful`). */
  doubtful: Set<FieldName>;
  /** The data grids of the page (tables with a header row, ARIA grids), in page order. */
  grids: Grid[];
}

/** A field's value is short; a longer text after a label is a section, not a value. */
const MAX_VALUE = 300;
const MAX_LABEL_TEXT = 80;
/** Text nodes longer than this hold neither a label nor a "Label: value" pair. */
const MAX_TEXT_NODE = 300;
const MAX_COLON = 60;
const MAX_SIBLINGS = 8;
const ARIA_GRID_ROLES = new Set(['grid', 'treegrid', 'table']);
/** Between "Label: value" pairs written on one line: " | ", " • ". */
const PAIR_SEPARATOR = /\s+[|•·]\s+/;
/** Menus and tab strips repeat labels ("Case Manager" beside other items) but hold no values. */
const MENU_TAGS = new Set(['nav', 'menu']);
const MENU_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'toolbar']);
const CONTROL_TAGS = new Set(['select', 'textarea', 'datalist']);
const LABELLED_CONTROLS = new Set(['input', 'select', 'textarea']);
const BLOCK_TAGS = new Set([
  'div',
  'p',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'fieldset',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
]);

/** What a person sees in an element: a control's value, else its visible text, collapsed. */
export function visibleValue(element: Element): string {
  return textOf(element, 100_000) ?? clean(element.textContent ?? '');
}

/** The label of a name's part inside a value: "Last Name", "First:", "Middle Initial". */
const PART_LABEL = /(?:^|\s)(last|first|middle)(?: name| initial)?:?\s/i;

/**
 * Puts a name split over fields, read as one value under one label, back together: "Last
 * Name Okafor First Name Rachel" (any order, a middle name or initial optional) → "Okafor,
 * Rachel". A value without such labels is returned as it is; null when it has them but no
 * last and first name to put together ("First Name Rachel"): no name, never a guess.
 */
export function nameFromParts(value: string): string | null {
  const bits = value.split(PART_LABEL);
  if (bits.length < 3 || bits[0] !== '') return value;
  const parts: Record<string, string> = {};
  for (let i = 1; i < bits.length; i += 2) {
    parts[(bits[i] ?? '').toLowerCase()] ??= (bits[i + 1] ?? '').replace(/,\s*$/, '');
  }
  const { last, first, middle } = parts;
  return last && first ? `${last}, ${first}${middle ? ` ${middle}` : ''}` : null;
}

/**
 * Is this element inside a fieldset, table or section titled as the case manager's (its first
 * child a legend, caption or heading reading "Case Manager"), with no other title in it? The
 * nearest titled ancestor decides: a "Last Name" under a "Student" legend is the student's.
 */
function inManagerScope(element: Element): boolean {
  const titles = 'legend, caption, h1, h2, h3, h4, h5, h6';
  for (let box = element.parentElement, up = 0; box && up < 6; box = box.parentElement, up++) {
    const title = box.firstElementChild;
    if (title?.matches(titles)) {
      return (
        fieldForLabel(title.textContent ?? '') === 'caseManager' &&
        box.querySelectorAll(titles).length === 1
      );
    }
  }
  return false;
}

interface Hit extends FieldHit {
  weak: boolean;
}

/**
 * The rest of a longer label, not a value: "Email: …" after "Case Manager" (the page's "Case
 * Manager Email"), "Type …" after "Provider", any "Word:" lead.
 */
const LABEL_REST =
  /^(?:e-?mail|phone|tel|fax|ext|type|position|title|role|id|number|code|school|site|agency)\b|^[^:]{1,40}:/i;

interface Value {
  value: string;
  element: Element;
}

/** How grades longer than 12 characters begin, after an optional "Grade" or "Gr.". */
const LONG_GRADE = /^(gr\w*\W+)?(pre|trans|adult|ungr|kind|inf|todd|\w+th\b|\d)/i;

/** Is this reading of the field a value of the right kind? */
function acceptable(match: LabelMatch, value: string): boolean {
  if (value === '' || isPlaceholder(value)) return false;
  switch (match.field) {
    case 'caseManager':
      return personName(value) !== null;
    case 'primaryDisability':
    case 'secondaryDisability':
      return !match.weak || parseDisability(value) !== null;
    case 'grade':
      // A short value, or a long one in a grade's own words ("Transitional Kindergarten",
      // "Twelfth grade"): the background reads it (rules/normalize.ts normalizeGrade), and one
      // it cannot read leaves the grade unknown. The content script carries no grade table.
      return value.length <= 12 || LONG_GRADE.test(value);
    case 'alternatePlacement':
      return yesNo(value) !== null;
    default:
      return true;
  }
}

function hasFollowingContent(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === TEXT_NODE) {
      if ((next.nodeValue ?? '').trim() !== '') return true;
    } else if (isElement(next) && !isExcluded(next)) {
      return true;
    }
  }
  return false;
}

/** A sibling that is itself a label ("School:", "Grade") ends the value before it. */
function looksLikeLabel(element: Element): boolean {
  const text = labelText(element, MAX_COLON);
  if (!text) return false;
  return text.endsWith(':') || matchLabel(text) !== undefined;
}

function classOf(element: Element): string {
  return element.getAttribute('class') ?? '';
}

/**
 * The value after a label that is not tied to it by markup: the following siblings up to a
 * line break, another label (an element like the label, or text that reads as one), or a
 * second block.
 */
function siblingsValue(label: Node): Value | null {
  const parts: Node[] = [];
  let first: Element | null = null;
  const labelElement = isElement(label) ? label : null;
  const labelClass = labelElement ? classOf(labelElement) : '';
  let seen = 0;
  for (let next = label.nextSibling; next && seen < MAX_SIBLINGS; next = next.nextSibling) {
    if (next.nodeType === TEXT_NODE) {
      if ((next.nodeValue ?? '').trim() === '') continue;
      seen++;
      parts.push(next);
      continue;
    }
    if (!isElement(next) || isExcluded(next)) continue;
    seen++;
    const tag = tagOf(next);
    if (tag === 'br' || tag === 'hr') {
      if (parts.length > 0) break;
      continue;
    }
    if (labelElement && labelClass && tagOf(labelElement) === tag && classOf(next) === labelClass) {
      break;
    }
    if (looksLikeLabel(next)) break;
    if (parts.length > 0 && (BLOCK_TAGS.has(tag) || (first && BLOCK_TAGS.has(tagOf(first))))) {
      break;
    }
    parts.push(next);
    first ??= next;
  }
  if (parts.length === 0) return null;
  // "<span>Case Manager</span>: <span>Lee, Dana</span>": the colon is not part of the value.
  const value = readText(parts, MAX_VALUE)?.replace(/^[:\-–—]\s*/, '');
  if (!value) return null;
  const element = first ? valueAnchor(first) : label.parentElement;
  return element ? { value, element } : null;
}

/** The element an id'd label names through aria-labelledby, wherever it is. */
function labelledTarget(label: Element): Element | null {
  const id = label.id;
  if (!id || !/^[\w-]+$/.test(id)) return null;
  const scope = label.getRootNode() as ParentNode;
  if (typeof scope.querySelector !== 'function') return null;
  return scope.querySelector(`[aria-labelledby~="${id}"]`);
}

function cellValue(cell: Element): Value | null {
  const value = textOf(cell, MAX_VALUE);
  return value === null ? null : { value, element: valueAnchor(cell) };
}

/** The value markup ties to a label element: for/id, wrapping, the next cell, the dd. */
function associatedValue(label: Element): Value | null {
  const target = labelledTarget(label);
  if (target && !target.contains(label)) return cellValue(target);
  switch (tagOf(label)) {
    case 'label': {
      const id = label.getAttribute('for');
      const control = id ? byId(label, id) : controlIn(label);
      return control ? cellValue(control) : null;
    }
    case 'td':
    case 'th': {
      let next = label.nextElementSibling;
      while (next && isExcluded(next)) next = next.nextElementSibling;
      if (!next) return null;
      const tag = tagOf(next);
      return tag === 'td' || tag === 'th' ? cellValue(next) : null;
    }
    case 'dt': {
      const parts: Element[] = [];
      for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
        const tag = tagOf(next);
        if (tag === 'dt') break;
        if (tag === 'dd' && !isExcluded(next)) parts.push(next);
      }
      const value = readText(parts, MAX_VALUE);
      const first = parts[0];
      return value !== null && first ? { value, element: valueAnchor(first) } : null;
    }
  }
  return null;
}

/**
 * Finds the fields asked for under `root`, and the data grids on the way. The first acceptable
 * value of a field wins, in document order, so a header's value beats a later help text that
 * repeats the label.
 */
export function scanPage(root: ParentNode, wanted: ReadonlySet<FieldName>): PageScan {
  const hits = new Map<FieldName, Hit>();
  const doubtful = new Set<FieldName>();
  // The case manager's name given in parts ("Case Manager Last Name", "CM First"): read as
  // "last Okafor first Rachel", put together by nameFromParts once the walk is over.
  let partsText = '';
  let partsElement: Element | undefined;
  const gridElements: Element[] = [];
  const rootNode = root as Node;
  let strong = 0;

  const open = (match: LabelMatch): boolean => {
    if (!wanted.has(match.field)) return false;
    const before = hits.get(match.field);
    return !before || (before.weak && !match.weak);
  };
  const offer = (match: LabelMatch, raw: string, element: Element, guessed = false): void => {
    if (!open(match)) return;
    const { part, scoped } = match;
    if (part) {
      // One part of the case manager's name, kept as "last Okafor" until the walk is over.
      if (!isPlaceholder(raw) && (!scoped || inManagerScope(element))) {
        partsElement ??= element;
        partsText += ` ${part} ${clean(raw)}`;
      }
      return;
    }
    // A person's name may be shown in parts under one label ("Last Name Okafor First Name…").
    const value = /^(?:caseM|studentN)/.test(match.field) ? nameFromParts(clean(raw)) : clean(raw);
    // A person's name is never another label's rest or an agency, nor half a split name: such a
    // value is in doubt.
    if (
      value === null ||
      (match.field === 'caseManager' && (LABEL_REST.test(value) || isAgency(value)))
    ) {
      doubtful.add(match.field);
      return;
    }
    if (!acceptable(match, value)) return;
    if (!match.weak) strong++;
    hits.set(match.field, { value, element, weak: match.weak || guessed });
  };
  const offerValue = (match: LabelMatch, found: (Value & { guessed?: boolean }) | null): void => {
    if (found) offer(match, found.value, found.element, found.guessed);
  };

  const fromLabel = (match: LabelMatch, node: Text, parent: Element, text: string): void => {
    const norm = normaliseLabel(text);
    const own = labelText(parent, MAX_LABEL_TEXT);
    if (own === null || normaliseLabel(own) !== norm) {
      // The label is a bare text node beside its value: "<p>Case Manager <b>Lee</b></p>".
      offerValue(match, siblingsValue(node));
      return;
    }
    let label = parent;
    for (let up = 0; ; up++) {
      const tied = associatedValue(label);
      if (tied) {
        offerValue(match, tied);
        return;
      }
      if (up >= 3 || hasFollowingContent(label)) break;
      // "<td><b>Case Manager</b></td><td>…</td>": the cell around the label is the label.
      const outer = label.parentElement;
      if (!outer || outer === rootNode) break;
      const outerText = labelText(outer, MAX_LABEL_TEXT);
      if (outerText === null || normaliseLabel(outerText) !== norm) break;
      label = outer;
    }
    offerValue(match, siblingsValue(label));
  };

  const fromAriaLabelledBy = (element: Element): void => {
    const refs = byIdList(element, 'aria-labelledby');
    // A section labelled by its own heading is not a value.
    if (refs.length === 0 || refs.some((ref) => element.contains(ref))) return;
    const joined = readText(refs, MAX_LABEL_TEXT, { controls: false }) ?? '';
    const first = refs[0];
    const firstText = first ? (readText([first], MAX_LABEL_TEXT, { controls: false }) ?? '') : '';
    // "Case Manager" + "Email" is the longer label, not the first alone.
    const longer = LABEL_REST.test(joined.slice(firstText.length).trim());
    const match = matchLabel(joined) ?? (longer ? undefined : matchLabel(firstText));
    if (match && open(match)) offerValue(match, cellValue(element));
  };

  const fromAriaLabel = (element: Element): void => {
    const match = matchLabel(element.getAttribute('aria-label') ?? '');
    if (match && open(match)) offerValue(match, cellValue(element));
  };

  const done = () => strong >= wanted.size;

  walk(rootNode, {
    element(element, tag, attributed) {
      if (tag === 'table') {
        gridElements.push(element);
        return holdsLabels(element);
      }
      if (MENU_TAGS.has(tag)) return false;
      const control = CONTROL_TAGS.has(tag);
      if (!attributed) return !control;
      const role = element.getAttribute('role');
      if (role === 'columnheader' || (role && MENU_ROLES.has(role))) return false;
      if (role && ARIA_GRID_ROLES.has(role)) {
        gridElements.push(element);
        if (isDataGrid(element)) return false;
      }
      if (!done()) {
        if (element.hasAttribute('aria-labelledby')) fromAriaLabelledBy(element);
        else if (element.hasAttribute('aria-label') && LABELLED_CONTROLS.has(tag)) {
          fromAriaLabel(element);
        }
      }
      // A control's options and default text are read through its label, not as page text.
      return !control;
    },
    text(node) {
      if (done()) return;
      const raw = node.nodeValue ?? '';
      // A label at its start, or after a separator of "Label: value" pairs.
      if (raw.length > MAX_TEXT_NODE || !(LABEL_START.test(raw) || /[|•·]/.test(raw))) {
        return;
      }
      const parent = node.parentNode;
      const text = raw.trim();
      if (text === '' || !isElement(parent)) return;
      const whole = matchLabel(text);
      if (whole) {
        if (open(whole)) fromLabel(whole, node, parent, text);
        return;
      }
      // "Case Manager: Ramos, Elena" in one text node; several pairs on one line
      // ("Student ID: 8002 | DOB: 01/09/2016") are read one by one.
      const colon = text.indexOf(':');
      if (colon <= 0) return;
      const pairs = text.split(PAIR_SEPARATOR);
      pairs.forEach((pair, i) => {
        const at = pair.indexOf(':');
        if (at <= 0 || at > MAX_COLON) return;
        const match = matchLabel(pair.slice(0, at));
        if (!match || !open(match)) return;
        const rest = clean(pair.slice(at + 1));
        if (rest !== '') offer(match, rest, parent);
        else if (i === pairs.length - 1) offerValue(match, siblingsValue(node));
      });
    },
  });

  const grids = readGrids(gridElements);
  for (const grid of grids) {
    if (done()) break;
    if (isServicesGrid(grid)) continue;
    for (const hit of fieldsFromHeaderGrid(grid)) offer(hit.match, hit.value, hit.element);
    const manager: LabelMatch = { field: 'caseManager', weak: false };
    if (open(manager)) offerValue(manager, caseManagerFromGrid(grid));
  }

  // The case manager's name from its parts, when no field gave it whole: "Last, First Middle",
  // or in doubt without both.
  if (partsElement) offer({ field: 'caseManager', weak: false }, partsText, partsElement);

  const fields = new Map<FieldName, FieldHit>();
  for (const [field, hit] of hits) {
    fields.set(field, {
      value: hit.value,
      element: hit.element,
      by: hit.weak ? 'heuristic' : 'label',
    });
  }
  return { fields, doubtful, grids };
}

/** The fields asked for under `root` (see scanPage). */
export function readLabeledFields(
  root: ParentNode,
  wanted: ReadonlySet<FieldName>,
): Map<FieldName, FieldHit> {
  return scanPage(root, wanted).fields;
}

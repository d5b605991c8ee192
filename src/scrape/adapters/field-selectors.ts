/**
 * Vendor field lookups, for every vendor adapter: per field, the places a vendor's markup
 * shows it, tried in order (the lists are data in each adapter; the logic is here). What they
 * find is buildSnapshot's `fields`, which wins over the label reader; values are passed as
 * shown and normalised by buildSnapshot (../values.ts) the same way for every adapter.
 * Services are read by the generic grid reader (../table-reader.ts servicesOf).
 */

import type { FieldName } from '../../fields/spellings';
import type { Extraction } from '../adapter';
import { clean, textOf } from '../dom';
import { normaliseLabel } from '../label-match';
import type { FieldHit } from '../label-reader';
import type { IepView, Vendor } from '../snapshot';
import { isPlaceholder, MAX_TEXT } from '../values';

/**
 * What a person reads in an element: a control's value (selected option, input), never a
 * hidden part or a `<span class="pending">` second value (../dom.ts leaves both out); '' for a
 * text longer than a value (a whole section).
 */
export function shownText(element: Element): string {
  return textOf(element, MAX_TEXT) ?? '';
}

export type ValueReader = (element: Element) => string;

/**
 * A code and its description in sibling elements (`<span class="cd">290</span><span
 * class="desc">Specific Learning Disability</span>`, no space between them on some pages) as
 * "290 - Specific Learning Disability"; anything else as shown.
 */
export const codeAndDescription: ValueReader = (element) => {
  const code = clean(element.querySelector('.cd, .code')?.textContent ?? '');
  const description = clean(element.querySelector('.desc, .description')?.textContent ?? '');
  return code && description ? `${code} - ${description}` : shownText(element);
};

/** One place a field may be shown, read with `read` (default: shownText). */
export type Locator =
  /** The value element itself, or a control. */
  | { css: string; read?: ValueReader }
  /**
   * A label element (`label` css) whose text is one of `names`; the value is its first later
   * sibling matching `next` (any, if not given): dt → dd, td.label → td, label → select.
   */
  | { label: string; names: readonly string[]; next?: string; read?: ValueReader }
  /** A `<label>` wrapping its control, its own words one of `names`. */
  | { wraps: readonly string[]; read?: ValueReader }
  /** A control whose `aria-labelledby` names an element with one of `names` as text. */
  | { labelledBy: readonly string[]; read?: ValueReader };

export type FieldLocators = Partial<Record<FieldName, readonly Locator[]>>;

/**
 * Every label text the locators look for, and any more an adapter names (grid columns, section
 * legends): the words a layout capture of that vendor's page must keep (src/capture).
 */
export function locatorLabels(
  locators: readonly (readonly Locator[] | undefined)[],
  more: readonly string[] = [],
): string[] {
  return [
    ...locators.flatMap((list) =>
      (list ?? []).flatMap((l) =>
        'names' in l ? l.names : 'wraps' in l ? l.wraps : 'labelledBy' in l ? l.labelledBy : [],
      ),
    ),
    ...more,
  ];
}

function named(names: readonly string[]): (text: string) => boolean {
  const wanted = new Set(names.map(normaliseLabel));
  return (text) => wanted.has(normaliseLabel(text));
}

/** The label's own words, without its control's. */
function ownWords(label: Element, control: Element): string {
  let text = '';
  for (const node of label.childNodes) {
    if (!node.contains(control)) text += ` ${node.textContent ?? ''}`;
  }
  return text;
}

function placesOf(root: ParentNode, locator: Locator): Element[] {
  if ('css' in locator) return [...root.querySelectorAll(locator.css)];
  if ('wraps' in locator) {
    const matches = named(locator.wraps);
    return [...root.querySelectorAll('label')].flatMap((label) => {
      const control = label.querySelector('select, textarea, input:not([type=hidden])');
      return control && matches(ownWords(label, control)) ? [control] : [];
    });
  }
  if ('labelledBy' in locator) {
    const matches = named(locator.labelledBy);
    return [...root.querySelectorAll('[aria-labelledby]')].filter((control) => {
      const scope = control.getRootNode() as Document | ShadowRoot;
      return (control.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .some((id) => matches(scope.getElementById?.(id)?.textContent ?? ''));
    });
  }
  const matches = named(locator.names);
  return [...root.querySelectorAll(locator.label)].flatMap((label) => {
    if (!matches(label.textContent ?? '')) return [];
    for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
      if (!locator.next || next.matches(locator.next)) return [next];
    }
    return [];
  });
}

/**
 * The field's first value that shows something, in locator order. If its places were found
 * but show nothing ("", "—", "-- Select --", "Not Assigned"), the first of them with its text
 * as shown: buildSnapshot then makes the field known-empty, so the label reader cannot fill it
 * from a help text or a menu repeating the label. An unrendered "{{template}}" is not a
 * reading. Undefined when the field's place is not on the page (the label reader looks).
 */
export function locate(root: ParentNode, locators: readonly Locator[]): FieldHit | undefined {
  let empty: FieldHit | undefined;
  for (const locator of locators) {
    for (const element of placesOf(root, locator)) {
      const value = clean((locator.read ?? shownText)(element));
      if (!isPlaceholder(value)) return { value, element };
      if (!value.includes('{{')) empty ??= { value, element };
    }
  }
  return empty;
}

/** Every field the locators find (known-empty ones included): buildSnapshot's `fields`. */
export function locateFields(
  root: ParentNode,
  locators: FieldLocators,
): Partial<Record<FieldName, FieldHit>> {
  const fields: Partial<Record<FieldName, FieldHit>> = {};
  for (const [field, list] of Object.entries(locators) as [FieldName, readonly Locator[]][]) {
    const hit = locate(root, list);
    if (hit) fields[field] = hit;
  }
  return fields;
}

/** A vendor's matchesUrl: its domain and the domain's subdomains, nothing else. */
export function onHost(domain: string): (url: URL) => boolean {
  return (url) => url.hostname === domain || url.hostname.endsWith(`.${domain}`);
}

/** Does the page show something for every one of the selectors (a page signature)? */
export function showsAll(root: ParentNode, selectors: readonly string[]): boolean {
  return selectors.every((css) => root.querySelector(css) !== null);
}

/** The first element matching the selectors, tried in order. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const css of selectors) {
    const found = root.querySelector(css);
    if (found) return found;
  }
  return null;
}

/** The first text the selectors find that shows something, tried in order. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector)) {
      const text = shownText(element);
      if (text) return text;
    }
  }
  return '';
}

/** Which IEP a status or heading text names, by ordered patterns; 'unknown' if none matches. */
export function iepViewOf(text: string, patterns: readonly [RegExp, IepView][]): IepView {
  for (const [pattern, view] of patterns) if (pattern.test(text)) return view;
  return 'unknown';
}

/** What a vendor page with no IEP on it gives: nothing to check, nothing looked for. */
export function emptyExtraction(vendor: Vendor): Extraction {
  return {
    snapshot: {
      vendor,
      iep: 'unknown',
      student: {},
      caseManager: null,
      primaryDisability: null,
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: [],
    },
    anchor: null,
    serviceAnchors: [],
  };
}

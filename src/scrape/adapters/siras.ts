/**
 * SIRAS (Systems' IEP): the MIS Summary long form, in collapsible `<fieldset><legend>`
 * sections, values in disabled form controls (VENDORS.md §2, fixture D). The case manager is
 * the checked row of the Providers table, not a label/value pair. An open meeting event shows
 * "Pending Changes" as yellow `<span class="pending">` second values: never read as current
 * (dom.ts leaves them out of cell text; pending rows are skipped). "Next Year's Data" is the
 * same form for next year (iep: future).
 */
import type { Extraction, VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';
import { normaliseLabel } from '../label-match';
import type { FieldHit } from '../label-reader';
import type { IepView } from '../snapshot';
import { type ColumnNames, caseManagerFromGrid, readGrid, servicesOf } from '../table-reader';
import {
  type FieldLocators,
  firstText,
  iepViewOf,
  type Locator,
  locate,
  locateFields,
  locatorLabels,
  onHost,
} from './field-selectors';

/** Label-text locators first (the markup VENDORS.md describes); SIRAS ids are a guess. */
const FIELDS: FieldLocators = {
  stateId: [
    // Student Demographics: <span id=lblSsid>SSID</span> … <input aria-labelledby=lblSsid>,
    // the label not beside its control (mis-summary, next-year, mis-summary-edit).
    { labelledBy: ['SSID', 'Student SSID', 'State Student ID'] },
  ],
  grade: [
    // <label>Grade <select …></label> (all SIRAS pages).
    { wraps: ['Grade', 'Grade Level'] },
    { css: 'select#grade' },
  ],
  dateOfBirth: [
    // <label for=dob>Birthdate</label><input id=dob disabled> (all SIRAS pages).
    { label: 'label', names: ['Birthdate', 'Date of Birth', 'DOB'], next: 'input, select' },
  ],
  primaryDisability: [
    // Special Ed. Information: <label for=dis1>Disability 1</label><select id=dis1 disabled>,
    // a pending value in a sibling span (mis-summary) is not the select's.
    { label: 'label', names: ['Disability 1', 'Primary Disability'], next: 'select, input' },
    { css: 'select#dis1' },
  ],
  secondaryDisability: [
    // The same for Disability 2 (an abbreviation only on mis-summary; "--" on the edit page).
    { label: 'label', names: ['Disability 2', 'Secondary Disability'], next: 'select, input' },
    { css: 'select#dis2' },
  ],
  setting: [
    // "Program Setting (TK/Kgn or greater, ages 5-22)", the CALPADS label (mis-summary).
    {
      label: 'label',
      names: ['Program Setting (TK/Kgn or greater, ages 5-22)', 'Program Setting'],
      next: 'select, input',
    },
    { css: 'select#fedSetting' },
  ],
  percentInRegularClass: [
    // "Percent IN Regular Class" drop-down (mis-summary, next-year).
    { label: 'label', names: ['Percent IN Regular Class'], next: 'select, input' },
  ],
  alternatePlacement: [
    // <label><input type=checkbox> Alternate Placement</label> (all SIRAS pages): Yes / No.
    { wraps: ['Alternate Placement'] },
  ],
};

/** The student's name: Last Name and First Name in labels wrapping their inputs. */
const LAST_NAME: readonly Locator[] = [{ wraps: ['Last Name', 'Student Last Name'] }];
const FIRST_NAME: readonly Locator[] = [{ wraps: ['First Name', 'Student First Name'] }];

/** Sections by legend text, and fallbacks by id (mis-summary, next-year, mis-summary-edit). */
const PROVIDERS_SECTION = { legends: ['Providers'], tables: ['table#providers'] };
const SERVICES_SECTION = { legends: ['Service Data'], tables: ['table#serviceData'] };

/*
 * Providers table headers, all in the generic lists: Name | Role | Case Manager (checkbox) |
 * Start | End. Service Data headers, CALPADS-style: Service Code | Provider Type (a position,
 * not a person) | Location | Frequency ("5 x Weekly", "Weekly" once) | Duration (min) (per
 * session) | Start Date | End Date; the code column is read as the service.
 */
const SERVICE_COLUMNS: ColumnNames = { service: ['Service Code', 'Education Service Code'] };

/** Page heading texts, tried in order, and the IEP view each names. */
const HEADINGS: readonly string[] = ['.breadcrumb [aria-current="page"]', 'h1'];
const VIEWS: readonly [RegExp, IepView][] = [
  [/next year'?s data/i, 'future'],
  [/\b(iep manager|forms manager|meeting event)\b/i, 'future'],
  [/\b(mis summary|current data)\b/i, 'current'],
];

/** "Last, First" from the two inputs; one alone as it is. */
function studentName(root: ParentNode): FieldHit | undefined {
  const last = locate(root, LAST_NAME);
  const first = locate(root, FIRST_NAME);
  if (last?.value && first?.value) {
    return { value: `${last.value}, ${first.value}`, element: last.element };
  }
  return last?.value ? last : first?.value ? first : (last ?? first);
}

function sectionTables(
  root: ParentNode,
  section: { legends: readonly string[]; tables: readonly string[] },
): Element[] {
  const wanted = section.legends.map(normaliseLabel);
  const byLegend = [...root.querySelectorAll('fieldset')]
    .filter((fieldset) => {
      const legend = fieldset.querySelector(':scope > legend');
      return legend !== null && wanted.includes(normaliseLabel(legend.textContent ?? ''));
    })
    .flatMap((fieldset) => [...fieldset.querySelectorAll('table')]);
  if (byLegend.length > 0) return byLegend;
  return section.tables.flatMap((selector) => [...root.querySelectorAll(selector)]);
}

/**
 * The case manager: the checked, non-pending row of the Providers table still in office by
 * the table's own dates (an open-ended or the latest-ending one; table-reader.ts). A Providers
 * table with none makes the field known-empty: the student has no case manager now. The
 * element is the name's own span, not its cell holding a pending name beside it.
 */
function caseManager(root: ParentNode): FieldHit | undefined {
  let empty: FieldHit | undefined;
  for (const table of sectionTables(root, PROVIDERS_SECTION)) {
    const hit = caseManagerFromGrid(readGrid(table), true);
    if (hit?.value) {
      return {
        value: hit.value,
        element: hit.element.querySelector('.provider-name') ?? hit.element,
      };
    }
    empty ??= hit ?? undefined;
  }
  return empty;
}

/**
 * The label texts this adapter looks for: what a layout capture keeps (src/capture). A function,
 * so the content script, which never asks, carries none of it.
 */
export function labels(): string[] {
  return locatorLabels(
    [...Object.values(FIELDS), LAST_NAME, FIRST_NAME],
    [
      ...PROVIDERS_SECTION.legends,
      ...SERVICES_SECTION.legends,
      ...(SERVICE_COLUMNS.service ?? []),
      // The headings VIEWS reads.
      'MIS Summary',
      'Current Data',
      "Next Year's Data",
      'IEP Manager',
      'Forms Manager',
      'Meeting Event',
    ],
  );
}

export const siras: VendorAdapter = {
  vendor: 'siras',
  matchesUrl: onHost('sirassystems.org'),
  read(root: ParentNode): Extraction {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const heading = firstText(root, HEADINGS) || (doc.title ?? '');
    const serviceTables = sectionTables(root, SERVICES_SECTION);
    const fields = locateFields(root, FIELDS);
    const name = studentName(root);
    if (name) fields.studentName = name;
    const manager = caseManager(root);
    if (manager) fields.caseManager = manager;
    return buildSnapshot(root, {
      vendor: 'siras',
      iep: iepViewOf(heading, VIEWS),
      // Pending rows and values are hidden (../dom.ts), so never read.
      services: servicesOf(serviceTables, { columns: SERVICE_COLUMNS }),
      fields,
    });
  },
};

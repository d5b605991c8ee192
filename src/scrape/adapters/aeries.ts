/**
 * Aeries SIS, Student Data > Programs > Special Education (`SpecialEd.aspx`, VENDORS.md §6): an
 * ASP.NET page holding a COPY of the IEP system's data, so its view is always the current IEP.
 * Fields are bound to CSE.* columns (CSE.DI primary disability, CSE.SI case manager, …), codes
 * and descriptions in sibling elements; the Student Services tab is fetched only when opened
 * (until then the snapshot reports `services` missing). The markup names are a design from
 * the documented field names, not observed (UNCONFIRMED).
 */
import type { Extraction, VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';
import { servicesOf } from '../table-reader';
import {
  codeAndDescription,
  type FieldLocators,
  type Locator,
  locateFields,
  locatorLabels,
  onHost,
  showsAll,
} from './field-selectors';

/**
 * A field bound to a CSE column, by its binding attribute, then by its generated id. "290" and
 * "Specific Learning Disability" in sibling spans read "290 - Specific Learning Disability".
 */
function cse(column: string): readonly Locator[] {
  return [
    // Read-only spans and edit-mode controls alike carry the binding (5001, 5002, after "Change").
    { css: `[data-tcfc="${column}"]`, read: codeAndDescription },
    // The ASP.NET id ends with the column ("…_form_CSE_DI").
    { css: `[id$="_${column.replace('.', '_')}"]`, read: codeAndDescription },
  ];
}

const FIELDS: FieldLocators = {
  // Student header bar (5001, 5002).
  studentName: [{ css: '[id$="_lblStudentName"]' }],
  studentId: [{ css: '[id$="_lblPermID"]' }],
  grade: [{ css: '[id$="_lblGrade"]' }],
  dateOfBirth: [{ css: '[id$="_lblBirthdate"]' }],
  // General > Basic Information. CSE.SI shows "1234 – Lee, Dana"; the staff number is dropped.
  caseManager: cse('CSE.SI'),
  primaryDisability: cse('CSE.DI'),
  secondaryDisability: cse('CSE.DI2'),
  setting: cse('CSE.FS'),
  percentInRegularClass: cse('CSE.IRC'),
};

/**
 * The Student Services grid, present only once the tab has been opened (5001, 5002). Its
 * headers are in the generic column list: SERVICE | PROVIDER | LOCATION | MINUTES (per FREQ
 * period) | FREQ | START DATE | END DATE.
 */
const SERVICE_GRIDS = [
  // The grid the tab's XHR renders, by its ASP.NET id (5001 three rows, 5002 "No records found").
  'table[id$="_gvServices"]',
  // Any table in the Student Services tab panel, should the grid's id differ.
  '[role="tabpanel"][aria-labelledby="tabServices"] table',
].join(', ');

/** The Aeries Special Education page: a WebForms page with fields bound to CSE columns. */
const SPECIAL_ED_PAGE = ['input[name="__VIEWSTATE"]', '[data-tcfc^="CSE."], [id*="_CSE_"]'];

/**
 * The label texts this adapter looks for: what a layout capture keeps (src/capture). A function,
 * so the content script, which never asks, carries none of it.
 */
export function labels(): string[] {
  return locatorLabels(Object.values(FIELDS));
}

export const aeries: VendorAdapter = {
  vendor: 'aeries',
  matchesUrl: onHost('aeries.net'),
  read(root: ParentNode): Extraction {
    // Any other Aeries page (attendance, gradebook): the label reader alone.
    if (!showsAll(root, SPECIAL_ED_PAGE)) {
      return buildSnapshot(root, { vendor: 'aeries', iep: 'unknown', services: null });
    }
    return buildSnapshot(root, {
      vendor: 'aeries',
      iep: 'current',
      services: servicesOf(root.querySelectorAll(SERVICE_GRIDS), { read: codeAndDescription }),
      fields: locateFields(root, FIELDS),
    });
  },
};

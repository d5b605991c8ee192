/**
 * Frontline IEP (IEP Direct / Excent / Enrich): ASP.NET WebForms, server-rendered, full page
 * loads (VENDORS.md §4, fixture B). Values sit in `ctl00_…` spans in read-only mode and in
 * `<label for>` + `<select>`/`<input>` pairs in edit mode; services are two GridViews with
 * different headers; an UpdatePanel may swap a grid's container in place (the content script
 * re-reads on the mutation). Locators are tried first, the label reader fills the rest.
 */
import type { Extraction, VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';
import type { IepView } from '../snapshot';
import { servicesOf } from '../table-reader';
import {
  type FieldLocators,
  firstText,
  iepViewOf,
  locateFields,
  locatorLabels,
  onHost,
  showsAll,
} from './field-selectors';

/**
 * Per field, the places tried in order. Ids end the same way whatever the master-page nesting
 * (`ctl00_ctl00_…_uxContainerForEligibility_lblCaseManager`), so they are matched by suffix.
 */
const FIELDS: FieldLocators = {
  studentName: [
    // Header banner, every document page (doc-7101, doc-7102-edit, doc-7201).
    { css: '[id$="_lblStudentName"]' },
  ],
  studentId: [
    // Header banner, read-only pages (doc-7101, doc-7201).
    { css: '[id$="_lblStudentID"]' },
    // Edit mode: a disabled, read-only text input (doc-7102-edit).
    { css: 'input[id$="_txtStudentID"]' },
  ],
  grade: [
    // Header banner (all pages).
    { css: '[id$="_lblGrade"]' },
  ],
  dateOfBirth: [
    // Header banner (all pages; ISO, M/D/YY and MM/DD/YYYY as written).
    { css: '[id$="_lblDOB"]' },
  ],
  caseManager: [
    // Read-only formTable span (doc-7101; empty on doc-7201, which has none).
    { css: '[id$="_lblCaseManager"]' },
    // Edit mode: the drop-down's selected option (doc-7102-edit).
    { css: 'select[id$="_ddlCaseManager"]' },
  ],
  primaryDisability: [
    // Read-only span after the asterisked "*Primary Disability:" label (doc-7101, doc-7201).
    { css: '[id$="_lblPrimaryDisability"]' },
    // Edit mode drop-down (doc-7102-edit: the option shows the name only, value is the code).
    { css: 'select[id$="_ddlPrimaryDisability"]' },
  ],
  secondaryDisability: [
    // Read-only span (doc-7101; a bare &nbsp; on doc-7201).
    { css: '[id$="_lblSecondaryDisability"]' },
    // Edit mode drop-down, "-- Select --" when none (doc-7102-edit).
    { css: 'select[id$="_ddlSecondaryDisability"]' },
  ],
  program: [
    // Read-only span (doc-7101).
    { css: '[id$="_lblProgram"]' },
    // Edit mode drop-down (doc-7102-edit).
    { css: 'select[id$="_ddlProgram"]' },
  ],
  setting: [
    // "Time with Non-Disabled Peers" section, read-only (doc-7101).
    { css: '[id$="_lblFederalSetting"]' },
    // The same in edit mode (doc-7102-edit).
    { css: 'select[id$="_ddlFederalSetting"]' },
  ],
  percentInRegularClass: [
    // "Time with Non-Disabled Peers" section, read-only (doc-7101).
    { css: '[id$="_lblPercentGenEd"]' },
    // Edit mode text input (doc-7102-edit).
    { css: 'input[id$="_txtPercentGenEd"]' },
  ],
};

/**
 * The services GridViews, both read in page order by their header texts, which the generic
 * column list knows: Service | Provider | Location | Frequency (spanning a count and a period,
 * "4" | "Weekly") | Duration | Start Date | End Date | Group/Individual, and Service Type |
 * Provided By | Location | Sessions ("2 x Weekly") | Minutes/Session | Begin | End |
 * Individual/Group.
 */
const SERVICE_GRIDS = [
  // "Special Education Services" (container uxContainerForStudentPrograms): doc-7101, its
  // UpdatePanel refresh partial, doc-7102-edit (first row in edit mode), doc-7201 (empty).
  'table[id$="_gvServices"]',
  // "Related Services" (uxContainerForStudentRelatedServices): doc-7101; EmptyDataTemplate
  // "No records found." on doc-7102-edit and doc-7201.
  'table[id$="_gvRelatedServices"]',
].join(', ');

/** The document's status in the header (doc-7101 "Active", doc-7102-edit "Draft"). */
const STATUS: readonly string[] = ['[id$="_lblDocumentStatus"]'];

const VIEWS: readonly [RegExp, IepView][] = [
  [/\b(draft|in progress|proposed|pending|not finali[sz]ed)\b/i, 'future'],
  [/\b(active|finali[sz]ed|final|implemented|locked|current|in effect)\b/i, 'current'],
];

/** A WebForms page: the view state and the `ctl00_` control ids IEP Direct renders. */
const WEBFORMS_PAGE = ['input[name="__VIEWSTATE"]', '[id^="ctl00_"]'];

/**
 * The label texts this adapter looks for: what a layout capture keeps (src/capture). A function,
 * so the content script, which never asks, carries none of it.
 */
export function labels(): string[] {
  return locatorLabels(Object.values(FIELDS));
}

export const frontline: VendorAdapter = {
  vendor: 'frontline',
  matchesUrl: onHost('frontlineeducation.com'),
  read(root: ParentNode): Extraction {
    // Another Frontline product page (login, dashboard): the label reader alone.
    if (!showsAll(root, WEBFORMS_PAGE)) {
      return buildSnapshot(root, { vendor: 'frontline', iep: 'unknown', services: null });
    }
    return buildSnapshot(root, {
      vendor: 'frontline',
      iep: iepViewOf(firstText(root, STATUS), VIEWS),
      services: servicesOf(root.querySelectorAll(SERVICE_GRIDS)),
      fields: locateFields(root, FIELDS),
    });
  },
};

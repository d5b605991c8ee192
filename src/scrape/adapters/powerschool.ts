/**
 * PowerSchool Special Programs (VENDORS.md §5, §12(a) fixture E). Profiles hold current data;
 * IEPs are template-built documents that move Draft → Review → Final. The same hosts also
 * serve the PowerSchool SIS, so a page yields data only if it shows a Special Programs
 * student profile or an IEP document.
 *
 * Per-field locators (below, data) are tried first, in order; the label reader fills in what
 * they do not find.
 *
 * The services grid is ARIA markup `div[role=grid] > div[role=row] > div[role=gridcell]`
 * filled from JSON after a fetch, its header row in a separate sticky container and each
 * cell's `aria-describedby` naming its column header's id (read by ../table-reader.ts). Rows
 * are virtualised: only those in view are in the DOM. The adapter reads synchronously and
 * never scrolls the page (it must not move what the user is looking at), so it reads the
 * rendered rows and reports a partial read in `missing`, from the grid's `aria-rowcount`.
 */
import type { Extraction, VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';
import type { IepView } from '../snapshot';
import { type ColumnNames, readGrid, servicesOfGrid } from '../table-reader';
import {
  emptyExtraction,
  type FieldLocators,
  firstMatch,
  firstText,
  iepViewOf,
  type Locator,
  locateFields,
  locatorLabels,
  onHost,
} from './field-selectors';

/** Which kind of page this is: a student profile, an IEP document, or neither (the SIS). */
const PAGE_SIGNATURES = {
  // <main id="sp-profile" class="sp-student-profile"> (fixture E profile, read-only and edit).
  profile: ['.sp-student-profile'],
  // <main class="sp-document" data-template="CA Individualized Education Program">.
  document: ['.sp-document'],
  // The document's title or template names it an IEP (not a consent form or a 504 plan).
  documentTitle: ['.sp-document-title', '.sp-document-header h1'],
} as const;
const IEP_TITLE = /\b(IEP|Individualized Education Program)\b/i;

/** The document's status chip: "Draft" | "Review" | "Final". Not the lifecycle legend. */
const STATUS_CHIP: readonly string[] = [
  // <span class="sp-status-chip" role="status" aria-label="Document status: Draft">Draft</span>
  '.sp-document-header .sp-status-chip',
  // The same chip by its role, if its class changes.
  '.sp-document-header [role="status"]',
];
/** A document is future until it is Final. */
const VIEWS: readonly [RegExp, IepView][] = [
  [/^(draft|review|in review)$/i, 'future'],
  [/^final(ized)?$/i, 'current'],
];

/**
 * Label-based locators of a field, in the order the page shapes are tried:
 * 1. the profile header card, `<dl><dt>Case Manager</dt><dd>Rivera, Jordan</dd></dl>` (read-only
 *    profile; a help icon inside the dt has no text);
 * 2. `<div class="sp-field"><label for=…>Case Manager</label><select|input …></div>` (profile edit
 *    form; Draft document, edit mode) and `<div class="sp-field"><span class="sp-field-label">…
 *    </span><span class="sp-field-value">…</span></div>` (Final document, read-only).
 */
function labelled(...names: string[]): Locator[] {
  return [
    { label: '.sp-header-card dt', names, next: 'dd' },
    {
      label: '.sp-field label, .sp-field .sp-field-label',
      names,
      next: 'select, input, textarea, .sp-field-value',
    },
  ];
}

const FIELDS: FieldLocators = {
  // <h2 class="sp-student-name"> heads the profile card; documents label it.
  studentName: [{ css: '.sp-header-card .sp-student-name' }, ...labelled('Student Name', 'Name')],
  studentId: labelled('Student Number', 'Student ID', 'Local ID'),
  stateId: labelled('State ID', 'SSID', 'State Student ID'),
  grade: labelled('Grade', 'Grade Level'),
  dateOfBirth: labelled('Date of Birth', 'Birthdate', 'DOB'),
  caseManager: labelled('Case Manager', 'IEP Case Manager', 'Case Manager Name'),
  primaryDisability: labelled('Primary Disability', 'Primary Eligibility', 'Disability 1'),
  secondaryDisability: labelled('Secondary Disability', 'Secondary Eligibility', 'Disability 2'),
  alternatePlacement: labelled('Alternate Placement', 'Alternative Placement'),
  program: labelled('Placement', 'Program', 'Special Education Program'),
  setting: labelled('Federal Setting', 'Educational Setting', 'Program Setting'),
  percentInRegularClass: labelled('Percent in Regular Class', '% in Regular Class'),
};

/** Where the services grid is, tried in order. */
const GRID_SELECTORS: readonly string[] = [
  // Profile "Services" section and IEP document "Services" section (fixture E).
  '[data-grid="services"] [role="grid"]',
  // The same grid by its label ("Services", a Draft's "Proposed Services") or its section,
  // if the wrapper's data-grid attribute changes.
  '[role="grid"][aria-label$="Services" i]',
  '#services [role="grid"]',
];

/**
 * The grid's column headers: Service | Setting (where the service is given: a location) |
 * Begin Date | End Date | Duration | Frequency | Group Size | Provider Name | Provider Position
 * (VENDORS.md §5), all in the generic list but the long form of Duration.
 */
const GRID_COLUMNS: ColumnNames = { duration: ['Duration (hours and minutes)'] };

type PageKind = 'profile' | 'document';

function pageKind(root: ParentNode): PageKind | null {
  if (firstMatch(root, PAGE_SIGNATURES.profile)) return 'profile';
  const document = firstMatch(root, PAGE_SIGNATURES.document);
  if (!document) return null;
  const title = firstText(document, PAGE_SIGNATURES.documentTitle);
  const template = document.getAttribute('data-template') ?? '';
  return IEP_TITLE.test(title) || IEP_TITLE.test(template) ? 'document' : null;
}

/**
 * The services of the rendered rows, and how many rows there are in all when the grid says
 * (aria-rowcount counts its own header rows too; -1 means unknown). Null when there is no
 * grid, or it is still loading (aria-busy): "not read yet", not "no services".
 */
function readServicesGrid(root: ParentNode) {
  const element = firstMatch(root, GRID_SELECTORS);
  if (!element || element.getAttribute('aria-busy') === 'true') return null;
  const grid = readGrid(element);
  const rows = [...element.querySelectorAll('[role="row"]')];
  const headerRows = rows.filter((row) => row.querySelector('[role="columnheader"]')).length;
  const count = Number.parseInt(element.getAttribute('aria-rowcount') ?? '', 10);
  return {
    services: servicesOfGrid(grid, { columns: GRID_COLUMNS }),
    // "No records found" in a row of its own is not a row of data.
    rendered: grid.rows.filter((row) => row.length > 1).length,
    total: Number.isFinite(count) && count >= 0 ? count - headerRows : null,
  };
}

/**
 * The label texts this adapter looks for: what a layout capture keeps (src/capture). A function,
 * so the content script, which never asks, carries none of it.
 */
export function labels(): string[] {
  return locatorLabels(Object.values(FIELDS), GRID_COLUMNS.duration ?? []);
}

export const powerschool: VendorAdapter = {
  vendor: 'powerschool',
  matchesUrl: onHost('powerschool.com'),
  read(root: ParentNode): Extraction {
    const kind = pageKind(root);
    if (!kind) return emptyExtraction('powerschool');
    const grid = readServicesGrid(root);
    const extraction = buildSnapshot(root, {
      vendor: 'powerschool',
      // A profile holds current data; a document is future until it is Final.
      iep: kind === 'profile' ? 'current' : iepViewOf(firstText(root, STATUS_CHIP), VIEWS),
      services: grid?.services ?? null,
      fields: locateFields(root, FIELDS),
    });
    if (grid?.total != null && grid.total > grid.rendered) {
      extraction.snapshot.missing.push(
        `services (partial: ${grid.rendered} of ${grid.total} rows rendered)`,
      );
    }
    return extraction;
  },
};

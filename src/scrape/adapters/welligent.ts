/**
 * Welligent, LAUSD's IEP system (VENDORS.md §3; fixtures designed from it, nobody has seen a
 * live screen). Table-based forms with label cells in capitals and no colons
 * (`<tr><td class="label">CASE MANAGER</td><td>1234 – Lee, Dana</td></tr>`), IEP workflow
 * tabs (I. IEP Management … VIII. Services) whose Participants and Services tabs load on first
 * click, and the student header in a same-origin iframe.
 *
 * Each frame is read by itself: the IEP page (disabilities, program, lifecycle, services,
 * FAPE Part 2) and the header frame (student, case manager) give one snapshot each, joined by
 * src/scrape/merge.ts. Other Welligent pages (the caseload home page, the behavioural-health
 * product on the same domain) give nothing.
 */
import type { Extraction, VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';
import type { FieldHit } from '../label-reader';
import type { IepView } from '../snapshot';
import { servicesOf } from '../table-reader';
import {
  codeAndDescription,
  emptyExtraction,
  type FieldLocators,
  firstMatch,
  iepViewOf,
  type Locator,
  locate,
  locateFields,
  locatorLabels,
  onHost,
  type ValueReader,
} from './field-selectors';

/** Which frame this is. */
const PAGE_SIGNATURES = {
  // The IEP page: <table id="wgIepWorkflow" class="wg-workflow-tabs" role="tablist">.
  iep: '#wgIepWorkflow, .wg-workflow-tabs',
  // The student header frame: <table id="studentHeader" class="wg-student-header">.
  header: '#studentHeader, .wg-student-header',
};

/**
 * A label cell (td.label / th.label; capitals, no colon) whose text is one of `names`; the
 * value is the next td. The IEP Management table and the header frame both have this shape,
 * two or three label/value pairs per row.
 */
function row(names: string[], read?: ValueReader): Locator {
  return read
    ? { label: 'td.label, th.label', names, next: 'td', read }
    : { label: 'td.label, th.label', names, next: 'td' };
}

const FIELDS: FieldLocators = {
  // Header frame.
  studentName: [row(['STUDENT NAME', 'STUDENT', 'NAME'])],
  studentId: [row(['STUDENT ID', 'DISTRICT ID', 'STUDENT NUMBER'])],
  stateId: [row(['SSID', 'STATE ID', 'STATE STUDENT ID'])],
  dateOfBirth: [row(['DOB', 'DATE OF BIRTH', 'BIRTHDATE'])],
  grade: [row(['GRADE', 'GRADE LEVEL'])],
  caseManager: [
    // Header frame: "CASE MANAGER | 1234 – Lee, Dana" (buildSnapshot drops the staff number).
    row(['CASE MANAGER', 'CASE CARRIER', 'IEP CASE MANAGER']),
    // III. Participants (loaded on click): <td class="role">Case Manager</td><td>member</td>.
    { label: '#participants td.role', names: ['Case Manager', 'IEP Case Manager'], next: 'td' },
  ],
  // IEP Management: "PRIMARY DISABILITY | <span class=code>290</span><span class=desc>…"
  // (read-only) or "ELIGIBILITY | <select>" (edit view).
  primaryDisability: [
    row(
      ['PRIMARY DISABILITY', 'ELIGIBILITY', 'PRIMARY ELIGIBILITY', 'DISABILITY 1'],
      codeAndDescription,
    ),
  ],
  secondaryDisability: [
    row(['SECONDARY DISABILITY', 'SECONDARY ELIGIBILITY', 'DISABILITY 2'], codeAndDescription),
  ],
  program: [row(['PROGRAM', 'PLACEMENT', 'SPECIAL EDUCATION PROGRAM'])],
  setting: [row(['FEDERAL SETTING', 'EDUCATIONAL SETTING', 'PROGRAM SETTING'])],
  percentInRegularClass: [
    row(['PERCENT OF TIME IN GENERAL EDUCATION', 'PERCENT IN REGULAR CLASS']),
  ],
};

/** VIII. Services, FAPE Part 2: weekly minutes inside and outside general education. */
const FAPE_MINUTES = {
  inside: [row(['MINUTES INSIDE GENERAL EDUCATION', 'MINUTES INSIDE REGULAR CLASS'])],
  outside: [row(['MINUTES OUTSIDE GENERAL EDUCATION', 'MINUTES OUTSIDE REGULAR CLASS'])],
};

/** The IEP's lifecycle: "Final (Locked …)" or "Amendment – In Progress". */
const IEP_STATUS: readonly Locator[] = [
  row(['IEP STATUS', 'STATUS', 'IEP LIFECYCLE']),
  // The badge alone, if the status row is labelled otherwise.
  { css: '#iepManagement .wg-lifecycle, .wg-lifecycle' },
];

/** Amendment in progress (or a draft) is a future IEP; a Final or locked one is current. */
const VIEWS: readonly [RegExp, IepView][] = [
  [/\b(draft|in progress|pending|not finalized)\b/i, 'future'],
  [/\b(final|finalized|locked)\b/i, 'current'],
  [/\bamendment\b/i, 'future'],
];

/**
 * VIII. Services → Service Records table (loaded on click): SERVICE | PROVIDER | FREQUENCY |
 * DURATION | START | END | STATUS (VENDORS.md §3), headers the generic list knows. Records of
 * an earlier IEP are inactivated, not deleted: they are kept, with `status: 'inactive'`.
 */
const SERVICE_TABLES: readonly string[] = [
  'table#serviceRecords',
  '#wgTabPanel-services table.wg-grid',
];

export function iepView(root: ParentNode): IepView {
  return iepViewOf(locate(root, IEP_STATUS)?.value ?? '', VIEWS);
}

/** "1,500" / "1500 min/week" → 1500. */
function minutes(hit: FieldHit | undefined): number | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)/.exec(hit?.value ?? '');
  return m?.[1] ? Number(m[1].replace(/,/g, '')) : null;
}

/**
 * Percent of time in general education from FAPE Part 2's minutes, rounded to a whole
 * percent ("83%"), when the page does not state it.
 */
function fapePercent(root: ParentNode): FieldHit | undefined {
  const insideHit = locate(root, FAPE_MINUTES.inside);
  const inside = minutes(insideHit);
  const outside = minutes(locate(root, FAPE_MINUTES.outside));
  if (!insideHit || inside === null || outside === null || inside + outside <= 0) return;
  return {
    value: `${Math.round((inside / (inside + outside)) * 100)}%`,
    element: insideHit.element,
  };
}

/**
 * The label texts this adapter looks for: what a layout capture keeps (src/capture). A function,
 * so the content script, which never asks, carries none of it.
 */
export function labels(): string[] {
  return locatorLabels([
    ...Object.values(FIELDS),
    FAPE_MINUTES.inside,
    FAPE_MINUTES.outside,
    IEP_STATUS,
  ]);
}

export const welligent: VendorAdapter = {
  vendor: 'welligent',
  matchesUrl: onHost('welligent.com'),
  read(root: ParentNode): Extraction {
    const isIep = root.querySelector(PAGE_SIGNATURES.iep) !== null;
    if (!isIep && !root.querySelector(PAGE_SIGNATURES.header)) return emptyExtraction('welligent');
    const fields = locateFields(root, FIELDS);
    const records = isIep ? firstMatch(root, SERVICE_TABLES) : null;
    const percent = fields.percentInRegularClass ?? fapePercent(root);
    if (percent) fields.percentInRegularClass = percent;
    return buildSnapshot(root, {
      vendor: 'welligent',
      // The header frame cannot tell which IEP it goes with: merge.ts places it.
      iep: isIep ? iepView(root) : 'unknown',
      // Null before the Services tab has loaded the records.
      services: records ? servicesOf([records]) : null,
      fields,
    });
  },
};

/**
 * Data grids: `<table>`s with a header row and ARIA grids (`role=grid/row/gridcell`, headers
 * named by `aria-describedby` or in a header row of their own, possibly in a separate sticky
 * container). Read for three things: services (VENDORS.md §12(b) columns), the case manager
 * ticked in a "Case Manager" checkbox column of a providers table (§12(a) fixture D), and the
 * fields of a one-row table whose column headers are field labels.
 *
 * Grids are found by the label reader's single page walk, or by a vendor adapter's selectors
 * (servicesOf); nothing here searches the page.
 */

import type { ServiceColumnKind } from '../fields/spellings';
import { parseDate } from '../rules';
import {
  byIdList,
  checkboxIn,
  clean,
  headerTextOf,
  isChecked,
  isExcluded,
  tagOf,
  textOf,
} from './dom';
import {
  type LabelMatch,
  matchLabel,
  namePart,
  normaliseLabel,
  serviceColumnFor,
} from './label-match';
import { shownAt } from './shown-at';
import type { ShownService, TimeCells } from './snapshot';
import {
  dateRange,
  isoDate,
  isPlaceholder,
  limit,
  MAX_SERVICES,
  providerText,
  serviceStatus,
  serviceText,
  textValue,
} from './values';

/** Longest cell text read (longer is truncated by the value rules; this bounds the work). */
const MAX_CELL = 500;
const MAX_HEADER = 80;
const MAX_ROWS = 500;
const MAX_COLUMNS = 60;
const MAX_SPAN = 60;

export interface GridCell {
  element: Element;
  /** Texts of the headers over this cell, nearest first. */
  headers: readonly string[];
}

export interface Grid {
  element: Element;
  /** Texts of every column header (nearest first per column). */
  columns: readonly (readonly string[])[];
  rows: readonly (readonly GridCell[])[];
  /** Its headers were taken from a header-only table just before it: a guess. */
  borrowed?: boolean;
}

const ARIA_GRID_ROLES = new Set(['grid', 'treegrid', 'table']);
const CELL_SELECTOR = '[role=gridcell], [role=cell], [role=columnheader], [role=rowheader]';

function headerText(element: Element): string {
  return clean(headerTextOf(element, MAX_HEADER) ?? '');
}

/** Hidden by an ancestor inside the grid (a collapsed row group, a virtualised spare row)? */
function hiddenIn(element: Element, grid: Element): boolean {
  for (let e: Element | null = element; e && e !== grid; e = e.parentElement) {
    if (isExcluded(e)) return true;
  }
  return false;
}

function cellText(cell: GridCell): string {
  return textOf(cell.element, MAX_CELL) ?? '';
}

/** A cell's date as YYYY-MM-DD, or '' when it shows none. */
function cellDate(cell: GridCell | undefined): string {
  return cell ? (parseDate(cellText(cell)) ?? '') : '';
}

// ---------------------------------------------------------------------------------------------
// HTML tables

function isHeaderCell(cell: Element): boolean {
  return tagOf(cell) === 'th' || cell.getAttribute('role') === 'columnheader';
}

function isHeaderRow(row: HTMLTableRowElement): boolean {
  const cells = Array.from(row.cells);
  if (cells.length === 0) return false;
  const parent = row.parentElement;
  if (parent && tagOf(parent) === 'thead') return true;
  if (cells.every(isHeaderCell)) return true;
  return /(?:^|[\s_-])(?:header|head|heading)(?:$|[\s_-])/i.test(row.getAttribute('class') ?? '');
}

/** Leading header rows: a thead's rows, or rows of `<th>` cells before the first data row. */
function headerRows(table: HTMLTableElement): HTMLTableRowElement[] {
  // By index: a long table's rows are never all copied to find its first few.
  const rows = table.rows;
  const header: HTMLTableRowElement[] = [];
  for (let row = rows[0]; row && isHeaderRow(row); row = rows[header.length]) header.push(row);
  return header;
}

/** Does the table have a header row of two or more columns (a data grid, not a label table)? */
export function isDataTable(table: Element): boolean {
  return headerRows(table as HTMLTableElement).some((row) => row.cells.length >= 2);
}

/**
 * May the label reader look inside this table? Yes for label tables; for a two-column data
 * table ("Field | Value" rows); and for a table that holds tables (page layout, not data).
 * No for other data grids: a providers or services row ("Lee, Dana | Case Manager | Resource
 * Room") is not a label and its value.
 */
export function holdsLabels(table: Element): boolean {
  const rows = headerRows(table as HTMLTableElement);
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  return width < 3 || table.querySelector('table') !== null;
}

/**
 * Lays rows out on the table's column grid (colspan and rowspan), the HTML table model in
 * small: each cell lands on the first column its row has free.
 */
function layOut(rows: readonly HTMLTableRowElement[]): { cell: Element; column: number }[][] {
  const taken: number[] = [];
  return rows.slice(0, MAX_ROWS).map((row) => {
    const placed: { cell: Element; column: number }[] = [];
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while ((taken[column] ?? 0) > 0) column++;
      if (column >= MAX_COLUMNS) break;
      const span = Math.min(Math.max((cell as HTMLTableCellElement).colSpan || 1, 1), MAX_SPAN);
      const down = Math.min(Math.max((cell as HTMLTableCellElement).rowSpan || 1, 1), MAX_ROWS);
      placed.push({ cell, column });
      for (let c = column; c < column + span; c++) taken[c] = down;
      column += span;
    }
    for (let c = 0; c < taken.length; c++) taken[c] = Math.max((taken[c] ?? 0) - 1, 0);
    return placed;
  });
}

function readTable(table: HTMLTableElement, borrowed?: readonly (readonly string[])[]): Grid {
  const header = borrowed ? [] : headerRows(table);
  const columns: string[][] = borrowed ? borrowed.map((c) => [...c]) : [];
  // Header rows lie out the same whatever follows them: the rows below are laid out only when
  // read (most grids of a page are never asked for their rows: a 250-row accommodations table).
  for (const row of layOut(header)) {
    for (const { cell, column } of row) {
      const text = headerText(cell);
      const span = Math.min(Math.max((cell as HTMLTableCellElement).colSpan || 1, 1), MAX_SPAN);
      for (let c = column; c < column + span && c < MAX_COLUMNS; c++) {
        columns[c] ??= [];
        // Nearest header first: later header rows sit closer to the data.
        if (text) columns[c]?.unshift(text);
      }
    }
  }
  let rows: GridCell[][] | undefined;
  const grid: Grid = {
    element: table,
    columns,
    get rows() {
      rows ??= layOut(Array.from(table.rows))
        .filter((_, i) => i >= header.length && !isExcluded(table.rows[i] as Element))
        .map((row) =>
          row
            .filter(({ cell }) => !isExcluded(cell))
            .map(({ cell, column }) => ({ element: cell, headers: columns[column] ?? [] })),
        );
      return rows;
    },
  };
  if (borrowed) grid.borrowed = true;
  return grid;
}

// ---------------------------------------------------------------------------------------------
// ARIA grids

/** An ARIA table that names its columns (a header row or cells described by headers). */
export function isDataGrid(element: Element): boolean {
  return element.querySelector('[role=columnheader], [role=gridcell][aria-describedby]') !== null;
}

function ariaCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(CELL_SELECTOR)).slice(0, MAX_COLUMNS);
}

/** Column headers of a grid whose header row sits outside it, just before it. */
function detachedHeaders(grid: Element): Element[] {
  for (let scope: Element | null = grid, i = 0; scope && i < 2; scope = scope.parentElement, i++) {
    const before = scope.previousElementSibling;
    if (!before) continue;
    const headers = Array.from(before.querySelectorAll('[role=columnheader]'));
    if (before.getAttribute('role') === 'columnheader') headers.unshift(before);
    if (headers.length > 0) return headers.slice(0, MAX_COLUMNS);
  }
  return [];
}

function readAriaGrid(grid: Element): Grid {
  const rows = Array.from(grid.querySelectorAll('[role=row]')).slice(0, MAX_ROWS);
  let headerCells: Element[] = [];
  const dataRows: Element[][] = [];
  for (const row of rows) {
    if (hiddenIn(row, grid)) continue;
    const cells = ariaCells(row);
    if (cells.length > 0 && cells.every(isHeaderCell)) {
      if (headerCells.length === 0) headerCells = cells;
      continue;
    }
    dataRows.push(cells.filter((cell) => !isExcluded(cell)));
  }
  if (headerCells.length === 0) headerCells = detachedHeaders(grid);
  const columns = headerCells.map((cell) => [headerText(cell)]);
  const byColIndex = new Map<string, string>();
  for (const cell of headerCells) {
    const index = cell.getAttribute('aria-colindex');
    if (index) byColIndex.set(index, headerText(cell));
  }
  const headersOf = (cell: Element, position: number): string[] => {
    const described = [
      ...byIdList(cell, 'aria-describedby'),
      ...byIdList(cell, 'aria-labelledby'),
    ].map(headerText);
    if (described.some(Boolean)) return described.filter(Boolean);
    const index = cell.getAttribute('aria-colindex');
    const byIndex = index ? byColIndex.get(index) : undefined;
    if (byIndex) return [byIndex];
    return columns[position] ?? [];
  };
  const gridRows = dataRows.map((cells) =>
    cells.map((element, i) => ({ element, headers: headersOf(element, i) })),
  );
  // Cells described by headers name the columns even with no header row in sight.
  if (columns.length === 0) {
    for (const cell of gridRows[0] ?? []) columns.push([...cell.headers]);
  }
  return { element: grid, columns, rows: gridRows };
}

// ---------------------------------------------------------------------------------------------

/** Reads one table or ARIA grid as it is, whatever its header rows (a vendor's known grid). */
export function readGrid(element: Element): Grid {
  return tagOf(element) === 'table'
    ? readTable(element as HTMLTableElement)
    : readAriaGrid(element);
}

/**
 * Reads data grids found on the page, in document order. A header-only table followed by a
 * header-less table of as many columns (a grid with a fixed header, as some widgets draw) is
 * read as one grid.
 */
export function readGrids(elements: readonly Element[]): Grid[] {
  const grids: Grid[] = [];
  let pendingHeader: Grid | null = null;
  for (const element of elements) {
    if (tagOf(element) === 'table') {
      const table = element as HTMLTableElement;
      if (isDataTable(table)) {
        const grid = readTable(table);
        grids.push(grid);
        // No row under the header (hidden ones left out): a fixed header, its rows next.
        pendingHeader = grid;
        const rows = table.rows;
        for (
          let i = headerRows(table).length;
          pendingHeader && i < rows.length && i < MAX_ROWS;
          i++
        ) {
          if (!isExcluded(rows[i] as Element)) pendingHeader = null;
        }
      } else if (pendingHeader) {
        const columnCount = pendingHeader.columns.length;
        const first = table.rows[0];
        if (first && first.cells.length === columnCount) {
          grids.push(readTable(table, pendingHeader.columns));
        }
        pendingHeader = null;
      }
      continue;
    }
    const role = element.getAttribute('role');
    if (role && ARIA_GRID_ROLES.has(role) && isDataGrid(element)) {
      grids.push(readAriaGrid(element));
    }
    pendingHeader = null;
  }
  return grids;
}

// ---------------------------------------------------------------------------------------------
// Services

type ColumnKind = ServiceColumnKind;

/** A vendor's own header texts per column kind, tried before SERVICE_COLUMNS (src/fields/spellings.ts). */
export type ColumnNames = Readonly<Partial<Record<ServiceColumnKind, readonly string[]>>>;

export interface ServiceOptions {
  /** The vendor's own header texts: a long form the generic list lacks, a code read as the name. */
  columns?: ColumnNames;
  /** A cell's text; by default what a person reads in it. */
  read?: (cell: Element) => string;
}

function vendorKind(header: string, columns: ColumnNames): ServiceColumnKind | undefined {
  const text = normaliseLabel(header);
  for (const [kind, names] of Object.entries(columns) as [ServiceColumnKind, readonly string[]][]) {
    if (names.some((name) => normaliseLabel(name) === text)) return kind;
  }
  return undefined;
}

/** The kind of a column, by its nearest header that names one: the vendor's list, then ours. */
function kindOf(headers: readonly string[], columns?: ColumnNames): ColumnKind | undefined {
  // A part of a name in a column of its own ("Provider Last Name", "Provider" over "Last Name",
  // a bare "Last Name") is not read: half a name names no one, so the provider stays unknown
  // and the verdict a review, never a guess. (Put back together, it cost the content script
  // more than its size budget had left.)
  if (namePart(headers[0] ?? '')) return undefined;
  for (const header of headers) {
    const kind = (columns && vendorKind(header, columns)) || serviceColumnFor(header);
    if (kind) return kind;
  }
  return undefined;
}

const DETAIL_KINDS: ReadonlySet<ColumnKind> = new Set([
  'provider',
  'providerPosition',
  'location',
  'frequency',
  'period',
  'sessions',
  'duration',
  'weeklyMinutes',
  'weeklyHours',
  'start',
  'end',
  'dates',
  'delivery',
]);

/** Tables of accommodations or modifications: they have start, end and location columns too. */
const NOT_SERVICES = /accommodation|modification|supports? for (?:school )?personnel/i;

function gridKinds(grid: Grid): Set<ColumnKind> {
  const kinds = new Set<ColumnKind>();
  for (const headers of grid.columns) {
    const kind = kindOf(headers);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * A services grid names a service (or service code) column and at least two of provider,
 * location, frequency, duration, dates, delivery; and is not captioned as accommodations.
 */
export function isServicesGrid(grid: Grid): boolean {
  const kinds = gridKinds(grid);
  if (!kinds.has('service') && !kinds.has('code')) return false;
  let details = 0;
  for (const kind of kinds) if (DETAIL_KINDS.has(kind)) details++;
  if (details < 2) return false;
  const element = grid.element;
  const caption =
    (tagOf(element) === 'table' ? (element as HTMLTableElement).caption : null) ?? null;
  const title = [
    caption ? headerText(caption) : '',
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('summary') ?? '',
    ...byIdList(element, 'aria-labelledby').map(headerText),
  ].join(' ');
  return !NOT_SERVICES.test(title);
}

const TIME_KINDS = [
  'frequency',
  'period',
  'sessions',
  'duration',
  'weeklyMinutes',
  'weeklyHours',
] as const satisfies readonly (keyof TimeCells & ServiceColumnKind)[];

/**
 * One services row; null for a row that is not a record ("No records found" and other one-cell
 * rows, a row with no service). Cells under the same kind of column are read as one
 * ("Frequency" spanning "2 | Weekly" reads "2 Weekly").
 */
function serviceFromRow(
  row: readonly GridCell[],
  { columns, read }: ServiceOptions = {},
): ShownService | null {
  const texts = new Map<ColumnKind, string>();
  let filled = 0;
  let place = row[0]?.element;
  for (const cell of row) {
    const text = read ? clean(read(cell.element)) : cellText(cell);
    if (text) filled++;
    const kind = kindOf(cell.headers, columns);
    if (!kind || !text) continue;
    if (kind === 'service' && !texts.has('service')) place = cell.element;
    const before = texts.get(kind);
    texts.set(kind, before ? `${before} ${text}` : text);
  }
  // "No records found" and other one-cell rows are not services.
  if (filled <= 1 && row.length <= 1) return null;
  const named = serviceText(texts.get('service') ?? '', texts.get('code') ?? '');
  if (!named) return null;
  const service: ShownService = { ...named };
  const provider = providerText(texts.get('provider') ?? '');
  if (provider) service.provider = provider;
  for (const key of ['providerPosition', 'location', 'delivery'] as const) {
    const value = textValue(texts.get(key) ?? '');
    if (value) service[key] = value;
  }
  // Minutes per week are worked out from these outside the page (interpret.ts).
  const time: TimeCells = {};
  for (const kind of TIME_KINDS) {
    const shown = texts.get(kind);
    if (shown) time[kind] = limit(shown);
  }
  if (Object.keys(time).length > 0) service.time = time;
  const status = serviceStatus(texts.get('status') ?? '');
  if (status) service.status = status;
  const range = texts.has('dates') ? dateRange(texts.get('dates') ?? '') : null;
  const start = texts.get('start');
  const end = texts.get('end');
  if (start && !isPlaceholder(start)) service.start = isoDate(start);
  else if (range?.start) service.start = range.start;
  if (end && !isPlaceholder(end)) service.end = isoDate(end);
  else if (range?.end) service.end = range.end;
  return place ? shownAt(service, place) : service;
}

/** The services of one grid known to hold them, a row each, in order. */
export function servicesOfGrid(grid: Grid, options?: ServiceOptions): ShownService[] {
  return grid.rows.flatMap((row) => serviceFromRow(row, options) ?? []);
}

/**
 * The services of the tables and grids a vendor's selectors found, in the order given; null
 * when there are none (no services area on the page, e.g. a tab not opened yet).
 */
export function servicesOf(
  elements: Iterable<Element>,
  options?: ServiceOptions,
): ShownService[] | null {
  const grids = [...elements].map(readGrid);
  return grids.length > 0 ? grids.flatMap((grid) => servicesOfGrid(grid, options)) : null;
}

/**
 * Services of every services grid, in page order; [] for services grids with no rows ("No
 * records found"); null when the page shows no services grid at all.
 */
export function servicesFromGrids(grids: readonly Grid[]): ShownService[] | null {
  let found = false;
  const services: ShownService[] = [];
  const seen = new Set<string>();
  for (const grid of grids) {
    if (!isServicesGrid(grid)) continue;
    found = true;
    for (const service of servicesOfGrid(grid)) {
      // Which column is the provider's rests on the borrowed headers (issue 14).
      if (grid.borrowed) service.readBy = 'heuristic';
      const key = JSON.stringify(service);
      if (seen.has(key)) continue;
      seen.add(key);
      services.push(service);
      if (services.length >= MAX_SERVICES) return services;
    }
  }
  return found ? services : null;
}

// ---------------------------------------------------------------------------------------------
// Fields from grids

export interface GridFieldHit {
  match: LabelMatch;
  value: string;
  element: Element;
}

/** The element to draw after: the cell's only child element when it has one, else the cell. */
export function valueAnchor(cell: Element): Element {
  let element = cell;
  for (let i = 0; i < 4; i++) {
    const only = element.firstElementChild;
    if (!only || only !== element.lastElementChild) break;
    let ownText = false;
    for (let n = element.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') ownText = true;
    }
    if (ownText || isExcluded(only)) break;
    element = only;
  }
  return element;
}

/** Fields of a one-row table whose column headers are field labels ("Case Manager | Grade"). */
export function fieldsFromHeaderGrid(grid: Grid): GridFieldHit[] {
  // Most grids name no field in their headers: then no row is read.
  if (!grid.columns.some((headers) => headers.some((h) => matchLabel(h)))) return [];
  const data: (readonly GridCell[])[] = [];
  for (const row of grid.rows) {
    if (row.some((cell) => cellText(cell) !== '') && data.push(row) > 1) return [];
  }
  if (data.length !== 1) return [];
  const hits: GridFieldHit[] = [];
  for (const cell of data[0] ?? []) {
    for (const header of cell.headers) {
      const match = matchLabel(header);
      if (!match) continue;
      // A bare "Name" column is anyone's name (a provider's, a team member's).
      if (match.field === 'studentName' && normaliseLabel(header) === 'name') break;
      const value = cellText(cell);
      if (value) hits.push({ match, value, element: valueAnchor(cell.element) });
      break;
    }
  }
  return hits;
}

const NAME_HEADERS = new Set([
  'name',
  'staff',
  'staff name',
  'staff member',
  'team member',
  'member',
  'member name',
  'provider',
  'provider name',
  'person',
  'full name',
  'participant',
]);
const TICK = /^(?:yes|y|x|✓|✔|☑|true|primary)$/i;

function isTicked(cell: Element): boolean {
  const box = checkboxIn(cell);
  if (box) return isChecked(box);
  return TICK.test(textOf(cell, 20) ?? '');
}

function columnIs(headers: readonly string[], test: (header: string) => boolean): boolean {
  return headers.some(test);
}

/**
 * The case manager ticked in a "Case Manager" checkbox column of a providers or team table.
 * Of several ticked rows (an ended and a current case manager), the one without an end date,
 * else the latest ending, else the last. The name comes from the Name/Staff column, never
 * from a role column.
 *
 * `current`, for a vendor's providers table (SIRAS): only a case manager still in office
 * counts, by the table's own dates rather than today's. A ticked row with no name, or whose
 * End date is before the latest Start date of the table (someone took over since), is left
 * out; with none left, the table gives an empty value: the field is known empty.
 */
export function caseManagerFromGrid(
  grid: Grid,
  current = false,
): { value: string; element: Element; guessed?: boolean } | null {
  // A ticked "Case Manager" column, never a column of a part of a name ("CM Last Name").
  const isManagerColumn = (h: string) => {
    const match = matchLabel(h);
    return match?.field === 'caseManager' && !match.part;
  };
  if (!grid.columns.some((headers) => columnIs(headers, isManagerColumn))) return null;
  const ticked: { name: GridCell; end: string; guessed: boolean }[] = [];
  let latestStart = '';
  for (const row of grid.rows) {
    if (current) {
      const start = cellDate(row.find((cell) => kindOf(cell.headers) === 'start'));
      if (start > latestStart) latestStart = start;
    }
    const manager = row.find((cell) => columnIs(cell.headers, isManagerColumn));
    if (!manager) continue;
    if (!isTicked(manager.element)) continue;
    const named = row.find((cell) =>
      columnIs(cell.headers, (h) => NAME_HEADERS.has(normaliseLabel(h))),
    );
    // No Name column: the first filled cell is a guess.
    const name = named ?? row.find((cell) => cell !== manager && cellText(cell) !== '');
    if (!name) continue;
    const endCell = row.find((cell) => kindOf(cell.headers) === 'end');
    ticked.push({ name, end: endCell ? cellText(endCell) : '', guessed: !named });
  }
  const inOffice = current
    ? ticked.filter(({ name, end }) => {
        const ended = parseDate(end);
        return !isPlaceholder(cellText(name)) && !(ended && ended < latestStart);
      })
    : ticked;
  const open = inOffice.filter((t) => isPlaceholder(t.end));
  const pool = open.length > 0 ? open : inOffice;
  const latest = [...pool].sort((a, b) => isoDate(a.end).localeCompare(isoDate(b.end))).pop();
  if (latest) {
    const found = { value: cellText(latest.name), element: valueAnchor(latest.name.element) };
    return latest.guessed ? { ...found, guessed: true } : found;
  }
  // The grid has a "Case Manager" column (checked at the top): in SIRAS, its field known empty.
  return current ? { value: '', element: grid.element } : null;
}

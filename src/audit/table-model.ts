/**
 * The results table's model, pure so it is tested without a page: which rows a filter keeps,
 * their order, and the page of them shown. Rows are referred to by their position in the
 * report (file order), so filtering and sorting 10,000 rows moves numbers, never rows.
 *
 * Sorting compares each column's text with the collator once per column (columnRanks), then
 * every later sort of that column, filtered or reversed, compares integers: a sort of 10,000
 * rows stays a few milliseconds.
 */
import type { AuditRow } from '../batch/report';
import type { Role, StudentStatus } from '../rules/types';

export type SortKey = 'id' | 'name' | 'caseManager' | 'role' | 'status' | 'findings';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const STATUSES: readonly StudentStatus[] = ['violation', 'review', 'ok'];

/** Most urgent first when ascending: what needs acting on comes to the top. */
const STATUS_RANK: Record<StudentStatus, number> = { violation: 0, review: 1, ok: 2 };

export interface TableModel {
  rows: readonly AuditRow[];
  /** A role's words as the table shows them, so the role column sorts as it reads. */
  roleLabel: (role: Role) => string;
  /** Each column's rank of each row, computed when the column is first sorted. */
  ranks: Partial<Record<SortKey, Int32Array>>;
  /** Each row's searchable text, lowercased, built when the text filter is first used. */
  haystacks?: string[];
}

export function tableModel(
  rows: readonly AuditRow[],
  roleLabel: (role: Role) => string,
): TableModel {
  return { rows, roleLabel, ranks: {} };
}

/** Every finding's words and rule, with the student and case manager: what the filter searches. */
function haystackOf(row: AuditRow): string {
  const parts = [row.student.id ?? '', row.student.name ?? '', row.caseManager.name ?? ''];
  for (const f of row.findings) parts.push(f.rule, f.message);
  return parts.join('\n').toLowerCase();
}

/**
 * Positions of the rows whose status is shown and whose text holds every word of `text`
 * (case-insensitive), in file order.
 */
export function filterRows(
  model: TableModel,
  shown: ReadonlySet<StudentStatus>,
  text: string,
): number[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) model.haystacks ??= model.rows.map(haystackOf);
  const out: number[] = [];
  const { rows, haystacks } = model;
  for (let i = 0; i < rows.length; i++) {
    if (!shown.has((rows[i] as AuditRow).status)) continue;
    if (words.length > 0) {
      const hay = (haystacks as string[])[i] as string;
      if (!words.every((w) => hay.includes(w))) continue;
    }
    out.push(i);
  }
  return out;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function textOf(model: TableModel, row: AuditRow, key: SortKey): string {
  switch (key) {
    case 'id':
      return row.student.id ?? '';
    case 'name':
      return row.student.name ?? '';
    case 'caseManager':
      return row.caseManager.name ?? '';
    default:
      return model.roleLabel(row.caseManager.role);
  }
}

/** Each row's rank in `key` (equal values share a rank); computed once per column. */
export function columnRanks(model: TableModel, key: SortKey): Int32Array {
  const cached = model.ranks[key];
  if (cached) return cached;
  const { rows } = model;
  const ranks = new Int32Array(rows.length);
  if (key === 'status') {
    rows.forEach((r, i) => {
      ranks[i] = STATUS_RANK[r.status];
    });
  } else if (key === 'findings') {
    rows.forEach((r, i) => {
      ranks[i] = r.findings.length;
    });
  } else {
    // Rank the distinct values (far fewer than rows for case managers and roles).
    const values = rows.map((r) => textOf(model, r, key));
    const distinct = [...new Set(values)].sort(collator.compare);
    const rankOf = new Map<string, number>();
    let rank = 0;
    distinct.forEach((v, i) => {
      if (i > 0 && collator.compare(distinct[i - 1] as string, v) !== 0) rank++;
      rankOf.set(v, rank);
    });
    values.forEach((v, i) => {
      ranks[i] = rankOf.get(v) as number;
    });
  }
  model.ranks[key] = ranks;
  return ranks;
}

/** The positions in `order`, a new array; ties keep file order in both directions. */
export function sortRows(
  model: TableModel,
  positions: readonly number[],
  order: SortOrder,
): number[] {
  const ranks = columnRanks(model, order.key);
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...positions].sort(
    (a, b) => sign * ((ranks[a] as number) - (ranks[b] as number)) || a - b,
  );
}

/** Clicking a column's header: sorts by it ascending, or reverses it when it already sorts. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export interface PageSlice {
  /** 0-based page, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** The slice of the sorted positions shown: [start, end). */
  start: number;
  end: number;
}

export function pageSlice(total: number, page: number, pageSize: number): PageSlice {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const start = p * pageSize;
  return { page: p, pageCount, start, end: Math.min(total, start + pageSize) };
}

import { describe, expect, it } from 'vitest';
import {
  columnRanks,
  filterRows,
  nextSort,
  pageSlice,
  STATUSES,
  sortRows,
  tableModel,
} from '../../src/audit/table-model';
import type { AuditRow } from '../../src/batch/report';
import type { Finding, Role, StudentStatus } from '../../src/rules/types';

const finding = (rule: Finding['rule'], message: string): Finding => ({
  rule,
  severity: 'error',
  message,
  messageId: 'findingInstructionNotCovered',
  data: {},
  source: 'Test source',
  status: 'confirmed',
});

function row(
  id: string | null,
  name: string | null,
  cm: string | null,
  role: Role,
  status: StudentStatus,
  findings: Finding[] = [],
): AuditRow {
  return { student: { id, name }, caseManager: { name: cm, role }, status, findings };
}

const ROWS: AuditRow[] = [
  row('10', 'Bravo, Blake', 'Sample, Boris', 'instruction', 'violation', [
    finding('instruction-authorization', 'Autism is not covered'),
    finding('needs-review', 'Check the era'),
  ]),
  row('9', 'alpha, Avery', 'Example, Alma', 'coordinator', 'ok'),
  row('100', 'Charlie, Casey', 'Example, Alma', 'unknown', 'review', [
    finding('credentials-unknown', 'Nobody named Alma'),
  ]),
  row(null, null, null, 'support', 'violation', [finding('missing-data', 'No case manager')]),
];
const LABELS: Record<Role, string> = {
  instruction: 'Provides instruction',
  support: 'Support services',
  coordinator: 'Coordinates only',
  unknown: 'Unknown',
};
const model = () => tableModel(ROWS, (r) => LABELS[r]);
const all = new Set(STATUSES);

describe('filterRows', () => {
  it('keeps the shown statuses, in file order', () => {
    expect(filterRows(model(), all, '')).toEqual([0, 1, 2, 3]);
    expect(filterRows(model(), new Set(['violation'] as const), '')).toEqual([0, 3]);
    expect(filterRows(model(), new Set<StudentStatus>(), '')).toEqual([]);
  });

  it('finds every word, case-insensitively, in the student, case manager and findings', () => {
    const m = model();
    expect(filterRows(m, all, 'ALMA')).toEqual([1, 2]);
    expect(filterRows(m, all, 'autism')).toEqual([0]);
    expect(filterRows(m, all, 'credentials-unknown')).toEqual([2]);
    expect(filterRows(m, all, '  alma   casey ')).toEqual([2]);
    expect(filterRows(m, all, '100')).toEqual([2]);
    expect(filterRows(m, new Set(['ok'] as const), 'alma')).toEqual([1]);
    expect(filterRows(m, all, 'nobody-at-all')).toEqual([]);
  });
});

describe('sortRows', () => {
  const ids = (positions: number[]) => positions.map((p) => ROWS[p]?.student.id ?? null);

  it('sorts ids as numbers and names without regard to case, empty first', () => {
    const m = model();
    const every = [0, 1, 2, 3];
    expect(ids(sortRows(m, every, { key: 'id', direction: 'ascending' }))).toEqual([
      null,
      '9',
      '10',
      '100',
    ]);
    expect(sortRows(m, every, { key: 'name', direction: 'ascending' })).toEqual([3, 1, 0, 2]);
    expect(sortRows(m, every, { key: 'name', direction: 'descending' })).toEqual([2, 0, 1, 3]);
  });

  it('puts violations first, then reviews, and keeps file order among equals both ways', () => {
    const m = model();
    expect(sortRows(m, [0, 1, 2, 3], { key: 'status', direction: 'ascending' })).toEqual([
      0, 3, 2, 1,
    ]);
    expect(sortRows(m, [0, 1, 2, 3], { key: 'status', direction: 'descending' })).toEqual([
      1, 2, 0, 3,
    ]);
    expect(sortRows(m, [3, 1, 2, 0], { key: 'caseManager', direction: 'ascending' })).toEqual([
      3, 1, 2, 0,
    ]);
  });

  it('sorts roles by the words shown, and findings by their number', () => {
    const m = model();
    expect(sortRows(m, [0, 1, 2, 3], { key: 'role', direction: 'ascending' })).toEqual([
      1, 0, 3, 2,
    ]);
    expect(sortRows(m, [0, 1, 2, 3], { key: 'findings', direction: 'descending' })).toEqual([
      0, 2, 3, 1,
    ]);
  });

  it('sorts only the positions it is given, and leaves them unchanged', () => {
    const m = model();
    const filtered = [2, 0];
    expect(sortRows(m, filtered, { key: 'id', direction: 'ascending' })).toEqual([0, 2]);
    expect(filtered).toEqual([2, 0]);
  });

  it('ranks a column once and reuses it', () => {
    const m = model();
    const first = columnRanks(m, 'caseManager');
    expect(columnRanks(m, 'caseManager')).toBe(first);
    // Example, Alma twice: equal values share a rank.
    expect(first[1]).toBe(first[2]);
  });

  it('sorts 10,000 rows in well under a second', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row(
        String((i * 7919) % 10_000),
        `Name${(i * 31) % 997}, First`,
        `Manager${i % 350}`,
        'instruction',
        STATUSES[i % 3] as StudentStatus,
      ),
    );
    const m = tableModel(many, (r) => LABELS[r]);
    const every = filterRows(m, all, '');
    const started = performance.now();
    const byName = sortRows(m, every, { key: 'name', direction: 'ascending' });
    sortRows(m, every, { key: 'name', direction: 'descending' });
    const elapsed = performance.now() - started;
    expect(byName).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(500);
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and reverses the current one', () => {
    expect(nextSort({ key: 'status', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name').direction).toBe('ascending');
  });
});

describe('pageSlice', () => {
  it('cuts pages of the given size and clamps the page', () => {
    expect(pageSlice(10_000, 0, 100)).toEqual({ page: 0, pageCount: 100, start: 0, end: 100 });
    expect(pageSlice(250, 2, 100)).toEqual({ page: 2, pageCount: 3, start: 200, end: 250 });
    expect(pageSlice(250, 9, 100)).toEqual({ page: 2, pageCount: 3, start: 200, end: 250 });
    expect(pageSlice(250, -1, 100)).toEqual({ page: 0, pageCount: 3, start: 0, end: 100 });
  });

  it('has one empty page when nothing matches', () => {
    expect(pageSlice(0, 3, 100)).toEqual({ page: 0, pageCount: 1, start: 0, end: 0 });
  });
});

/**
 * The caseloads view's model, pure so it is tested without a page: the district's limits read
 * from the form, each person's load, which people the "over a limit" filter keeps and their
 * order. People arrive from the worker already in byLoad order (runCaseloads sorts them), and
 * that order breaks every tie, so the default view is exactly the command line's order.
 */
import { byLoad, type CaseloadKind, type PersonCaseload } from '../batch/caseloads';
import { type CaseloadLimits, DEFAULT_CASELOAD_LIMITS } from '../rules';

export type CaseloadSortKey =
  | 'name'
  | 'kind'
  | 'count'
  | 'limit'
  | 'load'
  | 'verdicts'
  | 'findings';
export type SortDirection = 'ascending' | 'descending';
export interface CaseloadSort {
  key: CaseloadSortKey;
  direction: SortDirection;
}

/** Heaviest load first: byLoad, as `caseloads` prints them. */
export const DEFAULT_CASELOAD_SORT: CaseloadSort = { key: 'load', direction: 'descending' };

/** The limits as the form's three fields hold them (text, as inputs do). */
export type LimitFields = Record<keyof CaseloadLimits, string>;

export const LAW_LIMIT_FIELDS: LimitFields = {
  resourceSpecialist: String(DEFAULT_CASELOAD_LIMITS.resourceSpecialist),
  speechAverage: String(DEFAULT_CASELOAD_LIMITS.speechAverage),
  speechPreschool: String(DEFAULT_CASELOAD_LIMITS.speechPreschool),
};

/**
 * The limits for the worker, or null when a field is not a whole number from 1 to 999 (the
 * form's own min/max/step say the same; this keeps a bad value from reaching the count).
 */
export function parseLimits(fields: LimitFields): CaseloadLimits | null {
  const out = {} as CaseloadLimits;
  for (const key of Object.keys(LAW_LIMIT_FIELDS) as (keyof CaseloadLimits)[]) {
    const text = fields[key].trim();
    if (!/^\d{1,3}$/.test(text) || Number(text) < 1) return null;
    out[key] = Number(text);
  }
  return out;
}

/** Whether these are the law's limits (the view says so when a district changed them). */
export function areLawLimits(limits: CaseloadLimits): boolean {
  return (Object.keys(DEFAULT_CASELOAD_LIMITS) as (keyof CaseloadLimits)[]).every(
    (k) => limits[k] === DEFAULT_CASELOAD_LIMITS[k],
  );
}

/** The count as a whole percentage of the limit; null when the law sets no limit. */
export function loadPercent(p: Pick<PersonCaseload, 'count' | 'limit'>): number | null {
  return p.limit ? Math.round((100 * p.count) / p.limit) : null;
}

export function isOverLimit(p: Pick<PersonCaseload, 'count' | 'limit'>): boolean {
  return p.limit !== null && p.count > p.limit;
}

export function filterPeople(
  people: readonly PersonCaseload[],
  onlyOver: boolean,
): PersonCaseload[] {
  return onlyOver ? people.filter(isOverLimit) : [...people];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Limited caseloads first, resource before speech, as the law's sections come. */
const KIND_RANK: Record<CaseloadKind, number> = {
  'resource-specialist': 0,
  speech: 1,
  'case-manager': 2,
};

const SEVERITY_RANK = (p: PersonCaseload) =>
  p.findings.some((f) => f.severity === 'error') ? 2 : p.findings.length > 0 ? 1 : 0;

/** Each column's ascending order. */
const ASCENDING: Record<CaseloadSortKey, (a: PersonCaseload, b: PersonCaseload) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  kind: (a, b) => KIND_RANK[a.role] - KIND_RANK[b.role],
  count: (a, b) => a.count - b.count,
  // No limit in law reads as above every number: last when ascending.
  limit: (a, b) => (a.limit ?? Number.POSITIVE_INFINITY) - (b.limit ?? Number.POSITIVE_INFINITY),
  // byLoad is heaviest first, so ascending is its reverse.
  load: (a, b) => byLoad(b, a),
  verdicts: (a, b) =>
    a.verdicts.violation - b.verdicts.violation || a.verdicts.review - b.verdicts.review,
  findings: (a, b) => SEVERITY_RANK(a) - SEVERITY_RANK(b) || a.findings.length - b.findings.length,
};

/** A new array in `order`; ties keep the incoming (byLoad) order in both directions. */
export function sortPeople(
  people: readonly PersonCaseload[],
  order: CaseloadSort,
): PersonCaseload[] {
  const compare = ASCENDING[order.key];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return people
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => sign * compare(a, b) || i - j)
    .map(([p]) => p);
}

/** Clicking a header: sorts by it ascending, or reverses it when it already sorts. */
export function nextCaseloadSort(current: CaseloadSort, key: CaseloadSortKey): CaseloadSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

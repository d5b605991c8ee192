/**
 * The caseloads view's model: heaviest load first by default (the command line's byLoad order),
 * each column sorting both ways with ties in that order, the "over a limit" filter, the load
 * percentage, and the district's limits as the form's fields give them.
 */
import { describe, expect, it } from 'vitest';
import {
  areLawLimits,
  DEFAULT_CASELOAD_SORT,
  filterPeople,
  isOverLimit,
  LAW_LIMIT_FIELDS,
  loadPercent,
  nextCaseloadSort,
  parseLimits,
  sortPeople,
} from '../../src/audit/caseload-model';
import { byLoad, type PersonCaseload } from '../../src/batch/caseloads';
import type { Finding } from '../../src/rules/types';

function person(
  name: string,
  role: PersonCaseload['role'],
  count: number,
  limit: number | null,
  more: Partial<PersonCaseload> = {},
): PersonCaseload {
  const severity =
    limit !== null && count > limit ? (role === 'speech' ? 'warning' : 'error') : null;
  const findings: Finding[] = severity
    ? [
        {
          rule: 'caseload-over-limit',
          severity,
          message: 'm',
          messageId: 'findingCaseloadResourceOverLimit',
          data: {},
          source: 's',
          status: 'confirmed',
        },
      ]
    : [];
  return {
    name,
    role,
    count,
    limit,
    findings,
    caseManaged: 0,
    resource: role === 'resource-specialist' ? count : 0,
    speech: role === 'speech' ? count : 0,
    preschoolOnly: false,
    verdicts: { violation: 0, review: 0, ok: count },
    ...more,
  };
}

// As runCaseloads returns them: byLoad order.
const PEOPLE = [
  person('Rivera, Jordan', 'resource-specialist', 29, 28), // 104%
  person('Okafor, Taylor', 'speech', 56, 55), // 102%
  person('Chen, Morgan', 'resource-specialist', 14, 28), // 50%
  person('Lee, Dana', 'speech', 20, 55, { verdicts: { violation: 3, review: 1, ok: 16 } }),
  person('Adams, Pat', 'case-manager', 40, null),
  person('Zhou, Kim', 'case-manager', 12, null),
].sort(byLoad);
const names = (people: readonly PersonCaseload[]) => people.map((p) => p.name);

describe('sorting', () => {
  it('is by load, heaviest first, by default: exactly byLoad', () => {
    expect(DEFAULT_CASELOAD_SORT).toEqual({ key: 'load', direction: 'descending' });
    const shuffled = [
      PEOPLE[3],
      PEOPLE[0],
      PEOPLE[5],
      PEOPLE[1],
      PEOPLE[4],
      PEOPLE[2],
    ] as PersonCaseload[];
    // From byLoad order (as the worker hands it over) it stays that order...
    expect(names(sortPeople(PEOPLE, DEFAULT_CASELOAD_SORT))).toEqual([
      'Rivera, Jordan',
      'Okafor, Taylor',
      'Chen, Morgan',
      'Lee, Dana',
      'Adams, Pat',
      'Zhou, Kim',
    ]);
    // ...and from any order it is byLoad's.
    expect(sortPeople(shuffled, DEFAULT_CASELOAD_SORT)).toEqual([...shuffled].sort(byLoad));
  });

  it('reverses the load order when ascending', () => {
    expect(names(sortPeople(PEOPLE, { key: 'load', direction: 'ascending' }))).toEqual(
      names(PEOPLE).reverse(),
    );
  });

  it('puts "no limit" above every number', () => {
    const up = names(sortPeople(PEOPLE, { key: 'limit', direction: 'ascending' }));
    expect(up.slice(0, 2).sort()).toEqual(['Chen, Morgan', 'Rivera, Jordan']);
    expect(up.slice(-2)).toEqual(['Adams, Pat', 'Zhou, Kim']);
  });

  it('sorts by name, count, kind, verdicts and findings, ties in load order', () => {
    expect(names(sortPeople(PEOPLE, { key: 'name', direction: 'ascending' }))[0]).toBe(
      'Adams, Pat',
    );
    expect(
      sortPeople(PEOPLE, { key: 'count', direction: 'descending' }).map((p) => p.count),
    ).toEqual([56, 40, 29, 20, 14, 12]);
    expect(names(sortPeople(PEOPLE, { key: 'kind', direction: 'ascending' }))).toEqual([
      'Rivera, Jordan',
      'Chen, Morgan',
      'Okafor, Taylor',
      'Lee, Dana',
      'Adams, Pat',
      'Zhou, Kim',
    ]);
    expect(names(sortPeople(PEOPLE, { key: 'verdicts', direction: 'descending' }))[0]).toBe(
      'Lee, Dana',
    );
    // An error above a warning above nothing; the rest keep load order both ways.
    const byFindings = names(sortPeople(PEOPLE, { key: 'findings', direction: 'descending' }));
    expect(byFindings).toEqual([
      'Rivera, Jordan',
      'Okafor, Taylor',
      'Chen, Morgan',
      'Lee, Dana',
      'Adams, Pat',
      'Zhou, Kim',
    ]);
    expect(
      names(sortPeople(PEOPLE, { key: 'findings', direction: 'ascending' })).slice(-2),
    ).toEqual(['Okafor, Taylor', 'Rivera, Jordan']);
  });

  it('does not change the array it sorts', () => {
    const before = names(PEOPLE);
    sortPeople(PEOPLE, { key: 'name', direction: 'descending' });
    expect(names(PEOPLE)).toEqual(before);
  });

  it('a header click sorts ascending, then reverses', () => {
    expect(nextCaseloadSort(DEFAULT_CASELOAD_SORT, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
    expect(nextCaseloadSort(DEFAULT_CASELOAD_SORT, 'load')).toEqual({
      key: 'load',
      direction: 'ascending',
    });
  });
});

describe('over a limit', () => {
  it('keeps only people whose count is over their limit, in the given order', () => {
    expect(names(filterPeople(PEOPLE, true))).toEqual(['Rivera, Jordan', 'Okafor, Taylor']);
    expect(filterPeople(PEOPLE, false)).toHaveLength(PEOPLE.length);
  });

  it('is over, not at: 28 of 28 fits; no limit is never over', () => {
    expect(isOverLimit({ count: 28, limit: 28 })).toBe(false);
    expect(isOverLimit({ count: 29, limit: 28 })).toBe(true);
    expect(isOverLimit({ count: 500, limit: null })).toBe(false);
  });

  it('says the load as a whole percentage, none without a limit', () => {
    expect(loadPercent({ count: 29, limit: 28 })).toBe(104);
    expect(loadPercent({ count: 56, limit: 55 })).toBe(102);
    expect(loadPercent({ count: 14, limit: 28 })).toBe(50);
    expect(loadPercent({ count: 40, limit: null })).toBeNull();
  });
});

describe('the district limits fields', () => {
  it('start at the law: 28, 55, 40', () => {
    expect(parseLimits(LAW_LIMIT_FIELDS)).toEqual({
      resourceSpecialist: 28,
      speechAverage: 55,
      speechPreschool: 40,
    });
    expect(areLawLimits({ resourceSpecialist: 28, speechAverage: 55, speechPreschool: 40 })).toBe(
      true,
    );
    expect(areLawLimits({ resourceSpecialist: 30, speechAverage: 55, speechPreschool: 40 })).toBe(
      false,
    );
  });

  it.each(['', '0', '-3', '2.5', '1e2', 'thirty', '1000'])('refuse %j', (bad) => {
    expect(parseLimits({ ...LAW_LIMIT_FIELDS, resourceSpecialist: bad })).toBeNull();
  });

  it('take a district limit, spaces around it allowed', () => {
    expect(parseLimits({ ...LAW_LIMIT_FIELDS, speechAverage: ' 60 ' })?.speechAverage).toBe(60);
  });
});

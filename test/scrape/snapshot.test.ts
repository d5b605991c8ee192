/**
 * The snapshot's two stages (src/scrape/snapshot.ts): as the content script shows it, services
 * with their time cells; as interpreted (CONTRACT.md §4), minutes per week and no time cells.
 * Two types, so that the rules cannot be handed a snapshot not yet interpreted, and two schemas
 * that hold the data to the same split. And `missing`: names from a closed list, not prose.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { interpretSnapshot } from '../../src/scrape/interpret';
import { MISSING_FIELDS, servicesNotAllRead } from '../../src/scrape/missing';
import {
  type Missing,
  type PageSnapshot,
  PageSnapshotSchema,
  type ShownSnapshot,
  ShownSnapshotSchema,
} from '../../src/scrape/snapshot';
import { SNAPSHOT } from '../security/background-fixtures';

describe('the shown and the interpreted snapshot', () => {
  it('are different types: a shown snapshot is not one the rules take', () => {
    const shown: ShownSnapshot = SNAPSHOT;
    // @ts-expect-error: its services still carry their time cells.
    const unread: PageSnapshot = shown;
    expect(unread.services[0]?.time).toBeDefined();
    const read: PageSnapshot = interpretSnapshot(shown);
    expect(read.services[0]).toEqual({
      code: '330',
      name: 'Specialized Academic Instruction',
      start: '2025-09-02',
      end: '2026-09-01',
      location: 'Special Day Class',
      minutesPerWeek: 300,
    });
  });

  it('each schema takes its own stage: time cells are sent, never kept after interpretation', () => {
    expect(v.is(ShownSnapshotSchema, SNAPSHOT)).toBe(true);
    expect(v.is(PageSnapshotSchema, SNAPSHOT)).toBe(false);
    const read = interpretSnapshot(SNAPSHOT);
    expect(v.is(PageSnapshotSchema, read)).toBe(true);
    // An interpreted snapshot is a valid shown one: a page that gives the minutes themselves.
    expect(v.is(ShownSnapshotSchema, read)).toBe(true);
  });
});

describe('missing', () => {
  const withMissing = (missing: unknown[]) => ({ ...SNAPSHOT, missing });

  it('holds the fields an adapter looks for, and a services grid read in part', () => {
    for (const m of [...MISSING_FIELDS, 'services (partial: 10 of 25 rows rendered)']) {
      expect(v.is(ShownSnapshotSchema, withMissing([m])), m).toBe(true);
    }
  });

  it('holds nothing else: no other field, no other words', () => {
    for (const m of [
      'secondaryDisability',
      'Services',
      'services (partial)',
      'services (partial: 10 of 25 rows rendered) and more',
      'services (partial: -1 of 25 rows rendered)',
      '',
      7,
    ]) {
      expect(v.is(ShownSnapshotSchema, withMissing([m])), String(m)).toBe(false);
      expect(v.is(PageSnapshotSchema, withMissing([m])), String(m)).toBe(false);
    }
  });

  it('tells when the services were not all read, whichever way', () => {
    expect(servicesNotAllRead(['services'])).toBe(true);
    expect(servicesNotAllRead(['grade', 'services.unread'])).toBe(true);
    expect(servicesNotAllRead(['services (partial: 10 of 25 rows rendered)'])).toBe(true);
    expect(servicesNotAllRead(['caseManager', 'primaryDisability', 'grade'])).toBe(false);
    expect(servicesNotAllRead([])).toBe(false);
  });

  it('is a union: a name outside it does not compile', () => {
    // @ts-expect-error: not a field any adapter reports.
    const prose: Missing = 'services (not all shown)';
    // @ts-expect-error: the partial read gives its counts.
    const uncounted: Missing = 'services (partial: some of 25 rows rendered)';
    expect(v.is(ShownSnapshotSchema, withMissing([prose, uncounted]))).toBe(false);
  });
});

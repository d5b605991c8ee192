/**
 * The snapshot's two stages (src/scrape/snapshot.ts): as the content script shows it, services
 * with their time cells; as interpreted (CONTRACT.md §4), minutes per week and no time cells.
 * Two types, so that the rules cannot be handed a snapshot not yet interpreted, and two schemas
 * that hold the data to the same split.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { interpretSnapshot } from '../../src/scrape/interpret';
import {
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

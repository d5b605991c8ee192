import { describe, expect, it } from 'vitest';
import { progressPercent } from '../../src/audit/progress-model';
import { progressThrottle } from '../../src/audit/progress-throttle';

describe('progressPercent', () => {
  it('moves through the phases even without the engine’s own progress', () => {
    const steps = [
      progressPercent({ phase: 'reading', filesRead: 0, files: 2 }),
      progressPercent({ phase: 'reading', filesRead: 1, files: 2 }),
      progressPercent({ phase: 'reading', filesRead: 2, files: 2 }),
      progressPercent({ phase: 'checking' }),
      progressPercent({ phase: 'checking', done: 5_000, total: 10_000 }),
      progressPercent({ phase: 'checking', done: 10_000, total: 10_000 }),
      progressPercent({ phase: 'showing' }),
    ];
    expect(steps).toEqual([0, 5, 10, 12, 54, 95, 97]);
  });

  it('stays within its phase for odd counts', () => {
    expect(progressPercent({ phase: 'checking', done: 20, total: 10 })).toBe(95);
    expect(progressPercent({ phase: 'checking', done: 0, total: 0 })).toBe(12);
    expect(progressPercent({ phase: 'reading', filesRead: 0, files: 0 })).toBe(0);
  });
});

describe('progressThrottle', () => {
  it('passes at most one step per interval, and always the last', () => {
    let clock = 0;
    const sent: number[] = [];
    const report = progressThrottle(
      (done) => sent.push(done),
      50,
      () => clock,
    );
    for (let done = 1; done <= 1_000; done++) {
      clock = done; // one millisecond per student
      report(done, 1_000);
    }
    expect(sent[0]).toBe(1);
    expect(sent.at(-1)).toBe(1_000);
    expect(sent.length).toBe(21);
  });
});

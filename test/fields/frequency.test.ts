import { describe, expect, it } from 'vitest';
import { minutesPerWeek, sessionMinutes, weeklyMinutes } from '../../src/fields/frequency';

describe('minutesPerWeek', () => {
  it.each([
    ['45 min Weekly', 45],
    ['30 min x 5 Times = 150 min Weekly', 150],
    ['30 min x 5 Times Weekly', 150],
    ['60 min x 2 Times = 120 min Daily', 600],
    ['300 min Yearly', 8.33],
    ['120 min Monthly', 30],
    ['1.5 hours Weekly', 90],
    ['30 minutes per week', 30],
    ['  45   MIN   weekly ', 45],
  ])('%s → %s', (text, expected) => {
    expect(minutesPerWeek(text)).toBe(expected);
  });

  it.each(['', 'Weekly', 'as needed', '45 min', 'x 5 Times', '30 min x 5 days'])(
    '"%s" → null',
    (text) => {
      expect(minutesPerWeek(text)).toBeNull();
    },
  );
});

describe('weeklyMinutes', () => {
  it.each([
    [{ frequency: '2 Weekly', duration: '30 min' }, 60],
    [{ frequency: '2', period: 'Weekly', duration: '30 min' }, 60],
    [{ frequency: '30 min x 5 sessions = 150 min Weekly' }, 150],
    [{ duration: '30 min x 5 Times Weekly' }, 150],
    [{ frequency: '45 min Weekly' }, 45],
    [{ frequency: 'Weekly', duration: '120' }, 120],
    [{ frequency: 'Daily', duration: '30 min' }, 150],
    [{ frequency: '2x/wk', duration: '0:30' }, 60],
    [{ frequency: 'twice weekly', duration: '1 hour' }, 120],
    [{ sessions: '2 per Month', duration: '30' }, 15],
    [{ frequency: 'Weekly', duration: '1 hr 30 min' }, 90],
    [{ weeklyMinutes: '150' }, 150],
    [{ weeklyHours: '1.5' }, 90],
    [{ duration: '30 min', frequency: 'Yearly' }, 0.83],
  ])('%j → %d', (cells, minutes) => {
    expect(weeklyMinutes(cells)).toBe(minutes);
  });

  it('gives undefined without a period or a length, or beyond a week', () => {
    expect(weeklyMinutes({ frequency: '2', duration: '30 min' })).toBeUndefined();
    expect(weeklyMinutes({ frequency: 'Weekly' })).toBeUndefined();
    expect(weeklyMinutes({})).toBeUndefined();
    expect(weeklyMinutes({ weeklyMinutes: '99999' })).toBeUndefined();
    expect(weeklyMinutes({ frequency: '500 Daily', duration: '600 min' })).toBeUndefined();
  });

  it('reads session lengths', () => {
    expect(sessionMinutes('30 min')).toBe(30);
    expect(sessionMinutes('30')).toBe(30);
    expect(sessionMinutes('1.5 hrs')).toBe(90);
    expect(sessionMinutes('0:45')).toBe(45);
    expect(sessionMinutes('Group')).toBeUndefined();
  });
});

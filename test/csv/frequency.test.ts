import { describe, expect, it } from 'vitest';
import { minutesPerWeek } from '../../src/csv/frequency';

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

  it.each(['', 'Weekly', 'as needed', '45 min', 'x 5 Times'])('"%s" → null', (text) => {
    expect(minutesPerWeek(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  isBlank,
  labelOf,
  parseDateRange,
  parseYesNo,
  splitDateRange,
} from '../../src/fields/values';

describe('isBlank', () => {
  it.each(['', 'none', 'N/A', 'NA', '-', '--', '—', 'NULL', '(none)', 'Not Applicable'])(
    '%j is blank',
    (text) => {
      expect(isBlank(text)).toBe(true);
    },
  );

  it.each(['0', 'No', 'Nonew', 'n/a.', ' none', 'Lee, Dana'])('%j is not', (text) => {
    expect(isBlank(text)).toBe(false);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Y', true],
    [' yes ', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['Checked', true],
    ['on', true],
    ['N', false],
    ['no', false],
    ['False', false],
    ['0', false],
    ['unchecked', false],
    ['off', false],
    ['', null],
    ['Maybe', null],
    // A leading yes or no, as a page writes it.
    ['Yes - documented', true],
    ['Documented', true],
    ['No, see notes', false],
    ['None', false],
    ['Nope', null],
    ['N/A', null],
  ])('%j → %j', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });
});

describe('parseDateRange', () => {
  it.each([
    ['02/06/2025 - 02/05/2026', ['2025-02-06', '2026-02-05']],
    ['2025-02-06 to 2026-02-05', ['2025-02-06', '2026-02-05']],
    ['2/6/25 – 2/5/26', ['2025-02-06', '2026-02-05']],
    ['02/06/2025 through 02/05/2026', ['2025-02-06', '2026-02-05']],
    // The forms pages show, once read by the page reader only.
    ['2/6/25-2/5/26', ['2025-02-06', '2026-02-05']],
    ['02/06/2025 thru 02/05/2026', ['2025-02-06', '2026-02-05']],
    ['2025-02-06–2026-02-05', ['2025-02-06', '2026-02-05']],
    ['02/06/2025  TO  02/05/2026', ['2025-02-06', '2026-02-05']],
  ])('%j → %j', (text, range) => {
    expect(parseDateRange(text)).toEqual(range);
  });

  it.each(['02/06/2025', '02/06/2025 - ', '08/15/2025 - Present', 'Resource - Room'])(
    '%j → null',
    (text) => {
      expect(parseDateRange(text)).toBeNull();
    },
  );
});

describe('splitDateRange', () => {
  it.each([
    ['02/06/2025 - 02/05/2026', ['02/06/2025', '02/05/2026']],
    ['2025-02-06 - 2026-02-05', ['2025-02-06', '2026-02-05']],
    ['08/15/2025 - ', ['08/15/2025', '']],
    ['08/15/2025 thru Present', ['08/15/2025', 'Present']],
    ['Resource - Room', ['Resource', 'Room']],
  ])('%j → %j', (text, sides) => {
    expect(splitDateRange(text)).toEqual(sides);
  });

  it('takes a hyphen without a space beside it for part of a date', () => {
    expect(splitDateRange('2025-02-06')).toBeNull();
    expect(splitDateRange('Pull-out')).toBeNull();
  });
});

describe('labelOf', () => {
  it.each([
    ['330 - Specialized Academic Instruction', 'Specialized Academic Instruction'],
    ['415: Language and Speech', 'Language and Speech'],
    ['415 Language and Speech', 'Language and Speech'],
    ['Language and Speech', 'Language and Speech'],
    ['Language and Speech (415)', 'Language and Speech'],
    ['Language and Speech [415]', 'Language and Speech'],
    ['(415)', undefined],
    ['330', undefined],
    ['330 - ', undefined],
  ])('%j → %j', (text, label) => {
    expect(labelOf(text)).toBe(label);
  });
});

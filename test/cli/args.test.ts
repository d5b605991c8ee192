import { describe, expect, it } from 'vitest';
import { isIsoDate, parseCommand, UsageError } from '../../src/cli/args';

describe('parseCommand', () => {
  it('parses audit with every option', () => {
    expect(
      parseCommand([
        'audit',
        '--students',
        's.csv',
        '--services=v.csv',
        '--roster',
        'r.csv',
        '--as-of',
        '2026-01-15',
        '--format',
        'html',
        '--out',
        'o.html',
      ]),
    ).toEqual({
      command: 'audit',
      students: 's.csv',
      services: 'v.csv',
      roster: 'r.csv',
      asOf: '2026-01-15',
      format: 'html',
      out: 'o.html',
    });
  });

  it('defaults audit to text', () => {
    expect(parseCommand(['audit', '--students', 's.csv'])).toEqual({
      command: 'audit',
      students: 's.csv',
      format: 'text',
    });
  });

  it.each([
    [['audit'], /--students/],
    [['audit', '--students', 's.csv', '--format', 'xml'], /--format must be one of/],
    [['audit', '--students', 's.csv', '--as-of', '2026-02-30'], /YYYY-MM-DD/],
    [['audit', '--students', 's.csv', '--bogus'], /bogus/],
    [['audit', '--students', 's.csv', 'extra'], /extra/],
    [['lookup'], /exactly one/],
    [['lookup', '--disability', '320', '--credential', 'MMSN'], /exactly one/],
    [['lookup', '--credential', 'MMSN', '--grade', '3'], /--grade/],
    [['lookup', '--disability', '320', '--format', 'html'], /--format/],
    [['scrape', 'x.html'], /scrape needs --url/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it('parses lookup forms', () => {
    expect(
      parseCommand(['lookup', '--disability', 'Autism', '--grade', 'K', '--service', '330,415']),
    ).toEqual({
      command: 'lookup',
      kind: 'disability',
      query: 'Autism',
      grade: 'K',
      services: ['330', '415'],
      format: 'text',
    });
    expect(parseCommand(['lookup', '--credential', 'R3MN', '--format', 'json'])).toEqual({
      command: 'lookup',
      kind: 'credential',
      query: 'R3MN',
      format: 'json',
    });
  });

  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('01/15/2026')).toBe(false);
  });
});

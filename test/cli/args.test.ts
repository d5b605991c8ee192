import { describe, expect, it } from 'vitest';
import { COMMAND_HELP, isIsoDate, parseCommand, UsageError } from '../../src/cli/args';

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
    [['audit', '--students', 's.csv', '--as-of', '2026-02-30'], /not a date on the calendar/],
    [
      ['audit', '--students', 's.csv', '--as-of', '02/30/2026'],
      /02\/30\/2026 is not a date on the calendar/,
    ],
    [['audit', '--students', 's.csv', '--as-of', '2026.01.15'], /YYYY-MM-DD or MM\/DD\/YYYY/],
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

describe('usage (issue 15)', () => {
  it('takes --as-of as MM/DD/YYYY too', () => {
    expect(parseCommand(['audit', '--students', 's.csv', '--as-of', '01/15/2026'])).toMatchObject({
      asOf: '2026-01-15',
    });
    expect(
      parseCommand(['caseloads', '--students', 's', '--services', 'v', '--as-of', '1/5/2026']),
    ).toMatchObject({
      asOf: '2026-01-05',
    });
  });

  it('gives each command its own help', () => {
    for (const command of ['audit', 'caseloads', 'lookup', 'scrape', 'check']) {
      expect(parseCommand([command, '--help'])).toEqual({ command: 'help', topic: command });
      expect(COMMAND_HELP[command]).toContain(`case-manager-check ${command} `);
    }
    // Even with other options, and ones that would be a usage error.
    expect(parseCommand(['audit', '--format', 'pdf', '-h'])).toEqual({
      command: 'help',
      topic: 'audit',
    });
  });

  it('names the command whose help to see', () => {
    try {
      parseCommand(['caseloads', '--students', 's.csv']);
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).command).toBe('caseloads');
    }
  });
});

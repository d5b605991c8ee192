import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRoster } from '../../src/csv/roster';
import { EXPORT_HEADERS, exportFileName, rosterToCsv } from '../../src/options/roster-export';
import type { StaffMember } from '../../src/rules/types';

const withoutLines = (text: string) =>
  readRoster(text).records.map(({ line: _line, ...member }) => member);

const STAFF: StaffMember[] = [
  {
    name: 'Okafor, Taylor',
    email: 'tokafor@example-usd.org',
    position: 'RSP Teacher',
    authorizations: [
      { text: 'Mild to Moderate Support Needs', issued: '2023-06-01', expires: '2030-07-01' },
      { text: 'R3MN' },
    ],
  },
  {
    name: 'Muñoz, Ana',
    position: 'Teacher, "lead"',
    authorizations: [{ text: 'ESN', expires: '2027-01-31' }],
  },
  { name: 'Lee, Sam', position: 'Physical Therapist', authorizations: [] },
];

describe('rosterToCsv', () => {
  it('writes one row per authorization under the contract headers', () => {
    const csv = rosterToCsv(STAFF);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(EXPORT_HEADERS.join(','));
    expect(lines).toHaveLength(1 + 2 + 1 + 1);
    expect(lines[4]).toBe('"Lee, Sam",,Physical Therapist,,,');
  });

  it('reads back as the same staff', () => {
    const first = readRoster(rosterToCsv(STAFF));
    expect(first.errors).toEqual([]);
    expect(withoutLines(rosterToCsv(STAFF))).toEqual(STAFF);
  });

  it('reads back as the same staff for any roster the reader produces', () => {
    const word = fc.stringMatching(/^[A-Z][a-zà-ÿ'-]{1,10}$/);
    const date = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const auth = fc.record(
      {
        text: fc.constantFrom(
          'MMSN',
          'R3MN',
          'Extensive Support Needs',
          'Speech-Language Pathology',
          'ECSE',
        ),
        issued: date,
        expires: date,
      },
      { requiredKeys: ['text'] },
    );
    const member = fc.record(
      {
        last: word,
        first: word,
        email: fc.emailAddress(),
        position: fc.constantFrom('RSP Teacher', 'SDC Teacher', 'Speech, Language Pathologist'),
        authorizations: fc.array(auth, { maxLength: 4 }),
      },
      { requiredKeys: ['last', 'first', 'authorizations'] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(member, {
          selector: (m) => `${m.last} ${m.first}`.toLowerCase(),
          maxLength: 8,
        }),
        (members) => {
          // Emails are unique per person here, as the reader groups rows by email.
          const staff: StaffMember[] = members.map((m, i) => {
            const s: StaffMember = {
              name: `${m.last}, ${m.first}`,
              authorizations: m.authorizations,
            };
            if (m.email) s.email = `${i}.${m.email}`;
            if (m.position) s.position = m.position;
            return s;
          });
          const original = withoutLines(rosterToCsv(staff));
          expect(withoutLines(rosterToCsv(original))).toEqual(original);
          expect(original.map((s) => s.name)).toEqual(staff.map((s) => s.name));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a cell from running as a spreadsheet formula', () => {
    const csv = rosterToCsv([
      { name: '=HYPERLINK("http://x")', authorizations: [{ text: 'MMSN' }] },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 30))).toBe('roster-2026-01-05.csv');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKeys, mayMatch, NameMatcher, StaffIndex } from '../../src/batch/people';
import { findStaff, matchStaff, namesMatch, providerEvidence } from '../../src/rules/names';
import type { StaffMember } from '../../src/rules/types';

// Few distinct parts, so that random names collide often.
const part = fc.constantFrom(
  'Ana',
  'Lee',
  'Dana',
  'Muñoz',
  'Munoz',
  'Garcia',
  'Lopez',
  'D.',
  'A',
  'Smith',
  'Jr.',
  'de la Cruz',
);
const name = fc.oneof(
  fc.tuple(part, part).map(([a, b]) => `${a} ${b}`),
  fc.tuple(part, part).map(([a, b]) => `${a}, ${b}`),
  fc.tuple(part, part, part).map(([a, b, c]) => `${a} ${b} ${c}`),
  fc.tuple(part, part, part).map(([a, b, c]) => `${a}, ${b} ${c}`),
  fc.tuple(part, part).map(([a, b]) => `${a}-${b}, Ana M.A.`),
  fc.tuple(part, part).map(([a, b]) => `${a} ${b}, CCC-SLP`),
  part,
);

describe('people: the shortcuts never change an answer of rules/names.ts', () => {
  it('mayMatch is true whenever namesMatch is', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        if (namesMatch(a, b)) expect(mayMatch(matchKeys(a), matchKeys(b))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('NameMatcher.matches and sameAs equal namesMatch', () => {
    const m = new NameMatcher();
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(m.matches(a, b)).toBe(namesMatch(a, b));
        expect(m.sameAs(b, a)).toBe(namesMatch(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('StaffIndex.find and match equal findStaff and matchStaff on the whole roster', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 0, maxLength: 12 }), name, (names, wanted) => {
        const staff: StaffMember[] = names.map((n) => ({ name: n, authorizations: [] }));
        const index = new StaffIndex(staff);
        expect(index.find(wanted)).toBe(findStaff(staff, wanted));
        expect(index.match(wanted)).toEqual(matchStaff(staff, wanted));
      }),
      { numRuns: 2000 },
    );
  });

  it('NameMatcher.relation equals providerEvidence, agencies and placeholders included', () => {
    const m = new NameMatcher();
    const cell = fc.oneof(
      name,
      fc.constantFrom(
        'To be assigned',
        'Vacant',
        'TBD',
        'NPA – Bright Futures Therapy',
        'County Office Program',
        'Lee Family Therapy',
        'Ms. Lee',
        'Dr. Ana Smith',
        "O'Brien, Dana",
        'Brien, Dana',
        'Garcia-Lopez, Ana',
        'Bob Lee',
        'Robert Lee',
        'Resource Specialist',
      ),
    );
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        expect(m.relation(a, b)).toBe(providerEvidence(b, a).relation);
      }),
      { numRuns: 3000 },
    );
  });

  it('NameMatcher.reading is providerEvidence, probable matches told apart', () => {
    // Initials, nicknames, hyphens, titles and shared first names: the pairs a key could miss.
    const piece = fc.constantFrom(
      'Lee',
      'Dana',
      'Bob',
      'Robert',
      'R.',
      'Park',
      'Lee-Park',
      "O'Brien",
      'Brien',
      'Ms.',
      'Dr.',
      'Ana',
      'Muñoz',
      'Garcia Lopez',
      'Garcia',
      '-',
    );
    const cell = fc.oneof(
      fc.tuple(piece, piece).map(([a, b]) => `${a} ${b}`),
      fc.tuple(piece, piece).map(([a, b]) => `${a}, ${b}`),
      fc.tuple(piece, piece, piece).map(([a, b, c]) => `${a} ${b} ${c}`),
      fc.tuple(piece, piece, piece).map(([a, b, c]) => `${a}, ${b} ${c}`),
      piece,
    );
    const m = new NameMatcher();
    fc.assert(
      fc.property(cell, cell, (cmName, provider) => {
        const e = providerEvidence(provider, cmName);
        expect(m.reading(cmName, provider)).toBe(e.match === 'probable' ? 'probable' : e.relation);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds by e-mail the way findStaff does', () => {
    const staff: StaffMember[] = [
      { name: 'Lee, Dana', email: 'dlee@x.example', authorizations: [] },
    ];
    expect(new StaffIndex(staff).find('DLEE@x.example')).toBe(staff[0]);
  });
});

import { describe, expect, it } from 'vitest';
import { credentialsUnknown } from '../../../src/rules/checks/credentials-unknown';
import { evaluateCase } from '../../../src/rules/engine';
import { instr, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const stranger = { known: false, name: 'Pat Doe', authorizations: [] };
/** A name the roster holds twice (issue 13): two people called Dana Lee. */
const twoDanas = {
  known: false,
  name: 'Lee, Dana',
  authorizations: [],
  rosterMatches: [
    { name: 'Lee, Dana', line: 14, email: 'dlee@district.example' },
    { name: 'Lee, Dana', line: 31, email: 'dana.lee@district.example' },
  ],
};

ruleTester(credentialsUnknown, {
  valid: [
    { name: 'known case manager', case: makeCase() },
    {
      name: 'unknown, but only coordinates: nothing to verify',
      case: makeCase({ services: [instr('RSP', 'other')], caseManager: stranger }),
    },
    {
      name: 'unknown, gives only physical therapy (no CTC credential)',
      case: makeCase({ services: [svc('460')], caseManager: stranger }),
    },
    { name: 'no case manager at all is missing-data', case: makeCase({ caseManager: null }) },
  ],
  invalid: [
    {
      name: 'unknown instructor',
      case: makeCase({ caseManager: stranger }),
      findings: [{ status: 'confirmed', fixes: [/roster/] }],
    },
    {
      name: 'unknown speech provider',
      case: makeCase({ services: [svc('415')], caseManager: stranger }),
      findings: [{}],
    },
    {
      name: 'a name two roster people share: says so, with their lines',
      case: makeCase({ caseManager: twoDanas }),
      findings: [
        {
          message: /^Two people on the roster match "Lee, Dana": lines 14 and 31;/,
          fixes: [/own email/],
        },
      ],
    },
    {
      name: 'a name two roster people share, even when someone else instructs (never ok)',
      case: makeCase({ services: [instr('RSP', 'other')], caseManager: twoDanas }),
      findings: [{ message: /Two people on the roster/ }],
    },
    {
      name: 'a name two people of a stored roster share: told apart by email',
      case: makeCase({
        caseManager: {
          ...twoDanas,
          rosterMatches: twoDanas.rosterMatches.map(({ line: _line, ...m }) => m),
        },
      }),
      findings: [
        {
          message: /Lee, Dana <dlee@district\.example> and Lee, Dana <dana\.lee@district\.example>/,
        },
      ],
    },
    {
      name: 'unknown, role unknown with instruction',
      case: makeCase({ services: [{ code: '330' }], caseManager: stranger }),
      findings: [{}],
    },
  ],
});

describe('a name the roster holds twice', () => {
  it('is a review, never an error and never ok, whatever the case manager does', () => {
    const people = {
      known: false,
      name: 'Lee, Dana',
      authorizations: [],
      rosterMatches: [{ name: 'Lee, Dana' }, { name: 'Dana Lee' }],
    };
    for (const services of [[instr('RSP')], [instr('RSP', 'other')], [svc('415')], []]) {
      const r = evaluateCase(makeCase({ services, caseManager: people }));
      expect(r.status, JSON.stringify(r.findings)).toBe('review');
      expect(r.findings.some((f) => f.severity === 'error')).toBe(false);
    }
  });
});

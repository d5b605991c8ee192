import { credentialsUnknown } from '../../../src/rules/checks/credentials-unknown';
import { instr, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const stranger = { known: false, name: 'Pat Doe', authorizations: [] };

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
      name: 'unknown, role unknown with instruction',
      case: makeCase({ services: [{ code: '330' }], caseManager: stranger }),
      findings: [{}],
    },
  ],
});

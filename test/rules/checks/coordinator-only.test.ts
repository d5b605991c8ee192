import { coordinatorOnly } from '../../../src/rules/checks/coordinator-only';
import { cm, instr, MMSN, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

ruleTester(coordinatorOnly, {
  valid: [
    { name: 'instructor', case: makeCase() },
    {
      name: 'support provider',
      case: makeCase({
        services: [svc('415'), instr('RSP', 'other')],
        caseManager: cm([{ key: 'SLP' }]),
      }),
    },
    {
      name: 'absence of information never makes a coordinator (§9.2)',
      case: makeCase({ services: [{ code: '330' }], caseManager: cm([]) }),
    },
    {
      name: 'absence of information, no instruction either',
      case: makeCase({ services: [{ code: '415' }], caseManager: cm([]) }),
    },
    {
      name: 'no case manager',
      case: makeCase({ caseManager: null, services: [instr('RSP', 'other')] }),
    },
  ],
  invalid: [
    {
      name: 'every service given by others',
      case: makeCase({
        student: { primary: '230' },
        services: [instr('SDC', 'other'), svc('710', 'other')],
        caseManager: cm([MMSN]),
      }),
      findings: [{ status: 'confirmed', message: /Deaf \(230\)/ }],
    },
    { name: 'no services at all', case: makeCase({ services: [] }), findings: [{}] },
    {
      name: 'a non-teaching position with unknown providers (§9.2)',
      case: makeCase({
        services: [{ code: '330' }],
        caseManager: cm([], { position: 'Program Specialist' }),
      }),
      findings: [{}],
    },
    {
      name: 'the user says so',
      case: makeCase({ caseManager: cm([], { roleOverride: 'coordinator' }) }),
      findings: [{}],
    },
  ],
});

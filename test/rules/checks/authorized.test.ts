import { authorized } from '../../../src/rules/checks/authorized';
import { cm, instr, MMSN, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

ruleTester(authorized, {
  valid: [
    { name: 'not covered', case: makeCase({ caseManager: cm([{ key: 'SLP' }]) }) },
    {
      // A permit that does not name its specialty can't be shown to cover: a person checks it.
      name: 'a bare PIP',
      case: makeCase({ caseManager: cm([{ text: 'PIP', expires: '2026-06-30' }]) }),
    },
    { name: 'coordinator', case: makeCase({ services: [instr('RSP', 'other')] }) },
    {
      name: 'support service without a CTC requirement',
      case: makeCase({ services: [svc('460'), instr('SDC', 'other')], caseManager: cm([]) }),
    },
  ],
  invalid: [
    {
      name: 'MMSN names its support-level condition (§9.3)',
      case: makeCase(),
      findings: [
        {
          authorization: 'MMSN',
          until: '2028-07-01',
          status: 'confirmed',
          message: /support needs are mild to moderate/,
        },
      ],
    },
    {
      // Autism: both MMSN and ESN cover it with a confirmed fact (ESN's SLD coverage is U).
      name: 'the longest valid authorization is the one named (§9.8)',
      case: makeCase({
        student: { primary: '320' },
        caseManager: cm([
          { key: 'MMSN', expires: '2027-01-01' },
          { key: 'ESN', expires: '2030-01-01' },
        ]),
      }),
      findings: [{ authorization: 'ESN', until: '2030-01-01' }],
    },
    {
      name: 'an intern credential: authorized with conditions and the end date (§6)',
      case: makeCase({
        caseManager: cm([
          { text: 'Intern: Mild to Moderate Support Needs', expires: '2026-08-31' },
        ]),
      }),
      findings: [{ authorization: 'MMSN', message: /intern credential.*ends 2026-08-31/ }],
    },
    {
      name: 'M/M and ID: the mild/moderate condition (§9.7)',
      case: makeCase({ student: { primary: '210' }, caseManager: cm([{ key: 'MM-PC' }]) }),
      findings: [{ message: /intellectual disability in the mild to moderate range only/ }],
    },
    {
      name: 'covering the secondary under a documented alternate placement',
      case: makeCase({
        student: { primary: '270', secondary: '290', alternatePlacement: true },
        services: [instr(), svc('460', 'other')],
        caseManager: cm([{ key: 'MM-L' }]),
      }),
      findings: [
        {
          authorization: 'MM-L',
          message: /secondary disability, Specific Learning Disability \(290\)/,
        },
      ],
    },
    {
      name: 'role unknown: worded conditionally',
      case: makeCase({ services: [{ code: '330' }], caseManager: cm([MMSN]) }),
      findings: [{ message: /^If the case manager provides the instruction/ }],
    },
    {
      name: 'instruction and a service: one finding each',
      case: makeCase({ services: [instr(), svc('415')], caseManager: cm([MMSN, { key: 'SLP' }]) }),
      findings: [{ authorization: 'MMSN' }, { serviceCode: '415', authorization: 'SLP' }],
    },
    {
      name: 'CTC code of a bridge authorization (R3BM)',
      case: makeCase({ caseManager: cm([{ text: 'R3BM' }]) }),
      findings: [{ authorization: 'MMSN' }],
    },
  ],
});

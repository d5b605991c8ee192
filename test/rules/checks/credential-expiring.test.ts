import { credentialExpiring } from '../../../src/rules/checks/credential-expiring';
import { cm, instr, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const expiringOn = (expires: string) => makeCase({ caseManager: cm([{ key: 'MMSN', expires }]) });

ruleTester(credentialExpiring, {
  valid: [
    { name: 'expires in 61 days', case: expiringOn('2026-03-17') },
    { name: 'no expiry on file', case: makeCase({ caseManager: cm([{ key: 'MMSN' }]) }) },
    { name: 'already expired is credential-expired', case: expiringOn('2026-01-14') },
    {
      name: 'a longer valid covering credential counts (§9.8)',
      case: makeCase({
        student: { primary: '320' },
        caseManager: cm([
          { key: 'MMSN', expires: '2026-02-01' },
          { key: 'ESN', expires: '2030-01-01' },
        ]),
      }),
    },
    {
      name: "a coordinator's credential does not matter",
      case: makeCase({
        services: [instr('RSP', 'other')],
        caseManager: cm([{ key: 'MMSN', expires: '2026-02-01' }]),
      }),
    },
  ],
  invalid: [
    {
      name: 'expires on the check date',
      case: expiringOn('2026-01-15'),
      findings: [{ until: '2026-01-15', authorization: 'MMSN' }],
    },
    {
      name: 'expires in exactly 60 days',
      case: expiringOn('2026-03-16'),
      findings: [{ until: '2026-03-16' }],
    },
    {
      name: 'expires in 26 days',
      case: expiringOn('2026-02-10'),
      findings: [{ message: /expires on 2026-02-10/, fixes: [/Renew/] }],
    },
    {
      name: 'an added authorization expiring with its prerequisite',
      case: makeCase({
        student: { primary: '320' },
        services: [instr('SDC')],
        caseManager: cm([
          { key: 'MM-L', issued: '2004-01-01', expires: '2026-02-01' },
          { key: 'AAAS' },
        ]),
      }),
      findings: [{ authorization: 'AAAS', until: '2026-02-01' }],
    },
    {
      name: 'a service credential expiring',
      case: makeCase({
        services: [svc('415')],
        caseManager: cm([{ key: 'SLP', expires: '2026-02-01' }]),
      }),
      findings: [{ serviceCode: '415', until: '2026-02-01' }],
    },
  ],
});

import { credentialExpired } from '../../../src/rules/checks/credential-expired';
import { cm, instr, MMSN, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const sdc = [instr('SDC')];

ruleTester(credentialExpired, {
  valid: [
    { name: 'valid', case: makeCase() },
    {
      name: 'valid THROUGH the expiry date (§9.8)',
      case: makeCase({ caseManager: cm([{ key: 'MMSN', expires: '2026-01-15' }]) }),
    },
    {
      name: 'a valid covering credential beside an expired one (§9.3)',
      case: makeCase({
        caseManager: cm([
          { key: 'MMSN', expires: '2020-01-01' },
          { key: 'ESN', expires: '2029-01-01' },
        ]),
      }),
    },
    {
      name: 'an expired credential that would not cover is irrelevant',
      case: makeCase({ caseManager: cm([{ key: 'SLP', expires: '2020-01-01' }, MMSN]) }),
    },
    {
      name: 'as of an earlier date it was still valid',
      case: makeCase({
        asOf: '2024-09-01',
        caseManager: cm([{ key: 'MMSN', expires: '2025-06-30' }]),
      }),
    },
  ],
  invalid: [
    {
      name: 'expired the day before',
      case: makeCase({ caseManager: cm([{ key: 'MMSN', expires: '2026-01-14' }]) }),
      findings: [
        {
          authorization: 'MMSN',
          until: '2026-01-14',
          status: 'confirmed',
          message: /expired on 2026-01-14/,
          fixes: [/Renew/],
        },
      ],
    },
    {
      name: 'added authorization void when its prerequisite expired (§9.6)',
      case: makeCase({
        student: { primary: '320' },
        services: sdc,
        caseManager: cm([
          { key: 'MM-L', issued: '2004-05-01', expires: '2024-05-01' },
          { key: 'AAAS', issued: '2011-03-01' },
        ]),
      }),
      findings: [
        { authorization: 'AAAS', until: '2024-05-01', message: /depends on expired on 2024-05-01/ },
      ],
    },
    {
      name: 'service credential expired',
      case: makeCase({
        services: [svc('415')],
        caseManager: cm([{ key: 'SLP', expires: '2025-12-31' }]),
      }),
      findings: [{ serviceCode: '415', authorization: 'SLP', until: '2025-12-31' }],
    },
    {
      name: 'expired R3MM read through its issue date',
      case: makeCase({
        caseManager: cm([{ text: 'R3MM', issued: '2001-01-01', expires: '2006-01-01' }]),
      }),
      findings: [{ until: '2006-01-01' }],
    },
  ],
});

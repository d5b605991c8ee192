import { resourceAuthorization } from '../../../src/rules/checks/resource-authorization';
import { cm, instr, MMSN, makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

const LH = { key: 'LH', issued: '1992-01-01' };

ruleTester(resourceAuthorization, {
  valid: [
    {
      name: 'LH with the Resource Specialist authorization',
      case: makeCase({ caseManager: cm([LH, { key: 'RSAA' }]) }),
    },
    {
      name: 'LH with the Certificate of Competence spelled out',
      case: makeCase({
        caseManager: cm([LH, { text: 'Resource Specialist Certificate of Competence' }]),
      }),
    },
    {
      name: 'LH in an SDC needs no RSAA',
      case: makeCase({ services: [instr('SDC')], caseManager: cm([LH]) }),
    },
    {
      name: 'a current credential beside LH covers RSP',
      case: makeCase({ caseManager: cm([LH, MMSN]) }),
    },
    {
      name: 'Level I/II Mild/Moderate (1997 on) serves in resource',
      case: makeCase({ caseManager: cm([{ key: 'MM-L' }]) }),
    },
    {
      name: 'an unconfirmed covering credential beside LH: needs-review, not an error (§9.4)',
      case: makeCase({ caseManager: cm([LH, { key: 'LAD' }]) }),
    },
    {
      name: 'someone else teaches RSP',
      case: makeCase({ services: [instr('RSP', 'other')], caseManager: cm([LH]) }),
    },
  ],
  invalid: [
    {
      name: 'LH in RSP pull-out',
      case: makeCase({ caseManager: cm([LH]) }),
      findings: [{ authorization: 'LH', status: 'confirmed', fixes: [/Resource Specialist/] }],
    },
    {
      name: 'push-in support of a fully included student is RSP too (§9.10)',
      case: makeCase({
        student: { placement: 'General education, full inclusion', primary: '260' },
        services: [instr('push-in')],
        caseManager: cm([{ key: 'SH' }]),
      }),
      findings: [{ authorization: 'SH', message: /Emotional Disturbance \(260\)/ }],
    },
    {
      name: 'an expired RSAA does not help',
      case: makeCase({ caseManager: cm([LH, { key: 'RSAA', expires: '2020-01-01' }]) }),
      findings: [{}],
    },
  ],
});

import { bestPracticeCaseManager } from '../../../src/rules/checks/best-practice-case-manager';
import { cm, instr, MMSN, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const SLP = { key: 'SLP' };

ruleTester(bestPracticeCaseManager, {
  valid: [
    {
      name: 'speech only, the SLP gives it',
      case: makeCase({ services: [svc('415')], caseManager: cm([SLP]) }),
    },
    {
      name: 'speech and RSP, the RSP teacher',
      case: makeCase({ services: [instr(), svc('415', 'other')] }),
    },
    {
      name: 'PT and SDC, the SDC teacher',
      case: makeCase({
        services: [instr('SDC'), svc('460', 'other')],
        caseManager: cm([{ key: 'ESN' }]),
      }),
    },
    {
      name: 'fully included, push-in RSP teacher',
      case: makeCase({
        services: [instr('push-in')],
        student: { placement: 'General education, full inclusion' },
      }),
    },
    {
      name: 'OT only: no stated best practice',
      case: makeCase({ services: [svc('450', 'other')] }),
    },
    {
      name: 'speech and OT: no stated best practice',
      case: makeCase({ services: [svc('415', 'other'), svc('450', 'other')] }),
    },
    {
      name: 'providers unknown and no position: say nothing (§9.12)',
      case: makeCase({ services: [{ code: '415' }], caseManager: cm([]) }),
    },
    {
      name: 'providers unknown, the position matches',
      case: makeCase({
        services: [{ code: '330', setting: 'SDC' }],
        caseManager: cm([MMSN], { position: 'SDC Teacher' }),
      }),
    },
    {
      name: 'no case manager',
      case: makeCase({ caseManager: null, services: [instr('SDC', 'other')] }),
    },
  ],
  invalid: [
    {
      name: 'speech only, an RSP teacher coordinates',
      case: makeCase({ services: [svc('415', 'other')] }),
      findings: [
        {
          status: 'confirmed',
          message: /speech and language services only.*Speech-Language Pathologist/,
        },
      ],
    },
    {
      name: 'speech and RSP, the SLP is case manager',
      case: makeCase({ services: [instr('RSP', 'other'), svc('415')], caseManager: cm([SLP]) }),
      findings: [{ message: /RSP teacher/ }],
    },
    {
      name: 'PT and SDC, the physical therapist is case manager',
      case: makeCase({
        services: [instr('SDC', 'other'), svc('460')],
        caseManager: cm([], { position: 'Physical Therapist' }),
      }),
      findings: [{ message: /SDC teacher/ }],
    },
    {
      name: 'SDC student whose case manager gives RSP-style pull-out only elsewhere',
      case: makeCase({ services: [instr('SDC', 'other'), instr('RSP pull-out')] }),
      findings: [{ message: /SDC teacher/ }],
    },
    {
      name: 'providers unknown, the position differs',
      case: makeCase({
        services: [{ code: '415' }],
        caseManager: cm([MMSN], { position: 'RSP Teacher' }),
      }),
      findings: [{ message: /Speech-Language Pathologist/ }],
    },
  ],
});

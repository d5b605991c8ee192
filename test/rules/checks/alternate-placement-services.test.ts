import { alternatePlacementServices } from '../../../src/rules/checks/alternate-placement-services';
import { cm, instr, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const ESN = { key: 'ESN' };
const deafWithId = { primary: '230', secondary: '210', alternatePlacement: true, placement: 'SDC' };

ruleTester(alternatePlacementServices, {
  valid: [
    {
      name: 'DHH service present',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC'), svc('710', 'other')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'audiology addresses deafness',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC'), svc('720', 'other')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: '610 addresses any low-incidence disability',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC'), svc('610', 'other')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'orthopedic impairment addressed by physical therapy',
      case: makeCase({
        student: { ...deafWithId, primary: '270' },
        services: [instr('SDC'), svc('460', 'other')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'deaf-blindness addressed by a vision service',
      case: makeCase({
        student: { ...deafWithId, primary: '300' },
        services: [instr('SDC'), svc('725', 'other')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'not documented: not in effect',
      case: makeCase({
        student: { ...deafWithId, alternatePlacement: false },
        services: [instr('SDC')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'no secondary: not in effect',
      case: makeCase({
        student: { ...deafWithId, secondary: null },
        services: [instr('SDC')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'primary not low incidence: not in effect (§9.9)',
      case: makeCase({
        student: { ...deafWithId, primary: '310', secondary: '250' },
        services: [instr('SDC')],
        caseManager: cm([ESN]),
      }),
    },
  ],
  invalid: [
    {
      name: 'no service for the deafness',
      case: makeCase({ student: deafWithId, services: [instr('SDC')], caseManager: cm([ESN]) }),
      findings: [
        {
          status: 'confirmed',
          message: /Intellectual Disability \(210\).*Deaf \(230\)/,
          fixes: [/Specialized Deaf and Hard of Hearing \(710\)/],
        },
      ],
    },
    {
      name: 'whoever the case manager is, even none',
      case: makeCase({ student: deafWithId, services: [instr('SDC', 'other')], caseManager: null }),
      findings: [{}],
    },
    {
      name: 'a vision service does not address deafness',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC'), svc('725', 'other')],
        caseManager: cm([ESN]),
      }),
      findings: [{}],
    },
  ],
});

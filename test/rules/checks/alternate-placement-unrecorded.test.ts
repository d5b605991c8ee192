import { alternatePlacementUnrecorded } from '../../../src/rules/checks/alternate-placement-unrecorded';
import { cm, instr, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const ESN = { key: 'ESN' };
const deafWithId = { primary: '230', secondary: '210', placement: 'SDC' };

ruleTester(alternatePlacementUnrecorded, {
  valid: [
    {
      name: 'documented',
      case: makeCase({
        student: { ...deafWithId, alternatePlacement: true },
        services: [instr('SDC'), svc('710', 'other')],
        caseManager: cm([ESN]),
      }),
    },
    {
      name: 'the instructor covers the primary',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC')],
        caseManager: cm([{ key: 'DHH' }]),
      }),
    },
    {
      name: 'the instructor covers neither',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC')],
        caseManager: cm([{ key: 'SLP' }]),
      }),
    },
    {
      name: 'primary not low incidence',
      case: makeCase({
        student: { primary: '310', secondary: '290' },
        services: [instr('SDC')],
        caseManager: cm([{ key: 'MM-L' }]),
      }),
    },
    {
      name: 'a coordinator',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC', 'other')],
        caseManager: cm([ESN]),
      }),
    },
  ],
  invalid: [
    {
      name: 'ESN teacher, deaf primary, ID secondary, nothing documented',
      case: makeCase({
        student: deafWithId,
        services: [instr('SDC'), svc('710', 'other')],
        caseManager: cm([ESN]),
      }),
      findings: [
        {
          authorization: 'ESN',
          message: /Intellectual Disability \(210\).*Deaf \(230\)/,
          fixes: [/document the alternate placement/],
        },
      ],
    },
    {
      name: 'alternatePlacement false counts as not documented',
      case: makeCase({
        student: { ...deafWithId, alternatePlacement: false },
        services: [instr('SDC')],
        caseManager: cm([ESN]),
      }),
      findings: [{}],
    },
  ],
});

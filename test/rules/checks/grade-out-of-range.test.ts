import { gradeOutOfRange } from '../../../src/rules/checks/grade-out-of-range';
import { cm, instr, MMSN, makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

const sdc = [instr('SDC')];
const autism = (grade: string, extra = {}) => ({ grade, primary: '320', ...extra });

ruleTester(gradeOutOfRange, {
  valid: [
    {
      name: '2022 ECSE covers kindergarten',
      case: makeCase({ student: autism('K'), services: sdc, caseManager: cm([{ key: 'ECSE' }]) }),
    },
    {
      name: '2022 ECSE covers TK (§9.7)',
      case: makeCase({ student: autism('TK'), services: sdc, caseManager: cm([{ key: 'ECSE' }]) }),
    },
    {
      name: 'older ECSE covers preschool',
      case: makeCase({
        student: autism('PS'),
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
    },
    { name: 'MMSN covers TK', case: makeCase({ student: autism('TK'), services: sdc }) },
    {
      name: 'K–12 credentials include TK (§9.7)',
      case: makeCase({ student: { grade: 'TK' }, caseManager: cm([{ key: 'MM-PC' }]) }),
    },
    {
      name: 'CALPADS spelling KN is kindergarten',
      case: makeCase({ student: autism('KN'), services: sdc, caseManager: cm([{ key: 'ECSE' }]) }),
    },
    {
      name: 'no grade: no age check',
      case: makeCase({
        student: autism(''),
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
    },
    {
      name: 'ungraded (UE): no age check',
      case: makeCase({
        student: autism('UE'),
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
    },
    {
      name: 'ages unknown (PHI): not checked (§9.7)',
      case: makeCase({
        student: { grade: 'PS', primary: '270' },
        services: sdc,
        caseManager: cm([{ key: 'PHI', issued: '2015-01-01' }]),
      }),
    },
    {
      name: 'one covering authorization in range is enough',
      case: makeCase({
        student: autism('K'),
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }, { key: 'ECSE' }]),
      }),
    },
    {
      name: 'an expired out-of-range credential says nothing about grades',
      case: makeCase({
        student: autism('K'),
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD', expires: '2020-01-01' }]),
      }),
    },
  ],
  invalid: [
    {
      name: 'older ECSE teaching kindergarten',
      case: makeCase({
        student: autism('K'),
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
      findings: [
        {
          authorization: 'ECSE-OLD',
          status: 'confirmed',
          message: /kindergarten.*birth through pre-kindergarten/,
        },
      ],
    },
    {
      name: 'MMSN teaching preschool (age 4, grade PS)',
      case: makeCase({ student: autism('PS', { age: 4 }), services: sdc }),
      findings: [
        {
          authorization: 'MMSN',
          status: 'confirmed',
          fixes: [/Early Childhood Special Education \(2022\)/],
        },
      ],
    },
    {
      name: 'preschool known from the age alone',
      case: makeCase({ student: { grade: undefined, age: 3 }, caseManager: cm([MMSN]) }),
      findings: [{ authorization: 'MMSN' }],
    },
    {
      name: 'an added authorization takes its prerequisite ages (§9.6)',
      case: makeCase({
        student: autism('PS'),
        services: sdc,
        caseManager: cm([{ key: 'MM-L' }, { key: 'AAAS' }]),
      }),
      findings: [{ authorization: 'AAAS' }],
    },
    {
      name: 'SEEC (added ECSE) has its own ages: birth through K, not grade 1',
      case: makeCase({
        student: autism('1'),
        services: sdc,
        caseManager: cm([{ key: 'LH' }, { text: 'SEEC' }]),
      }),
      findings: [{ authorization: 'ECSE' }],
    },
  ],
});

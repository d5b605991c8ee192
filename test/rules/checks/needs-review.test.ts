import { needsReview } from '../../../src/rules/checks/needs-review';
import { cm, instr, MMSN, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

const sdc = [instr('SDC')];
const autism = { primary: '320' };

ruleTester(needsReview, {
  valid: [
    { name: 'confirmed coverage', case: makeCase() },
    {
      name: 'R3MM issued 2015 is Preliminary/Clear: covers autism',
      case: makeCase({
        student: autism,
        services: sdc,
        caseManager: cm([{ text: 'R3MM', issued: '2015-01-01' }]),
      }),
    },
    {
      name: 'R3MM issued 2012 for SLD: the era does not matter',
      case: makeCase({ caseManager: cm([{ text: 'R3MM', issued: '2012-01-01' }]) }),
    },
    {
      name: 'R3MM issued 2005 for autism: Level I/II, an error not a review',
      case: makeCase({
        student: autism,
        services: sdc,
        caseManager: cm([{ text: 'R3MM', issued: '2005-01-01' }]),
      }),
    },
    {
      name: 'LAD covers autism: confirmed, no review',
      case: makeCase({ student: autism, caseManager: cm([{ key: 'LAD' }]) }),
    },
    {
      name: 'ECSE (2022) covers traumatic brain injury in kindergarten (secondary source)',
      case: makeCase({
        student: { grade: 'K', primary: '330' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE' }]),
      }),
    },
    {
      name: 'LAD beside a confirmed covering credential (§9.3)',
      case: makeCase({ caseManager: cm([{ key: 'LAD' }, MMSN]) }),
    },
    {
      name: 'APE with a special education prerequisite',
      case: makeCase({ services: [svc('425')], caseManager: cm([MMSN, { key: 'APE' }]) }),
    },
    {
      name: 'MMSN support level is a condition, not a review (§9.4)',
      case: makeCase({ student: autism, services: sdc }),
    },
    {
      name: 'ECSE for OHI is S',
      case: makeCase({
        student: { grade: 'K', primary: '280' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE' }]),
      }),
    },
  ],
  invalid: [
    {
      // Found by the 'adding an authorization never adds an error' property.
      name: 'APE whose known prerequisite expired, beside an entry that may be a valid one',
      case: makeCase({
        services: [svc('425', 'cm'), instr('RSP pull-out', 'other')],
        caseManager: cm([
          { text: 'R3MM', expires: '2020-01-01' },
          { text: 'Unknown Thing' },
          { key: 'APE' },
        ]),
      }),
      findings: [{ status: 'unconfirmed' }],
    },
    {
      name: 'a bare PIP: what it covers is on the permit, not in the roster',
      case: makeCase({ caseManager: cm([{ text: 'PIP', expires: '2026-06-30' }]) }),
      findings: [{ status: 'unconfirmed', authorization: 'PIP' }],
    },
    {
      name: 'LAD only',
      case: makeCase({ caseManager: cm([{ key: 'LAD' }]) }),
      findings: [{ status: 'unconfirmed', authorization: 'LAD' }],
    },
    {
      name: 'R3MM issued in the gap (2012) teaching autism (§9.5)',
      case: makeCase({
        student: autism,
        services: sdc,
        caseManager: cm([{ text: 'R3MM', issued: '2012-03-01' }]),
      }),
      findings: [{ authorization: 'MM', message: /2012-03-01/ }],
    },
    {
      name: '"Mild/Moderate" with no issue date teaching autism',
      case: makeCase({
        student: autism,
        services: sdc,
        caseManager: cm([{ text: 'Mild/Moderate' }]),
      }),
      findings: [{ message: /no issue date/ }],
    },
    {
      name: 'PHI with no issue date teaching autism',
      case: makeCase({ student: autism, services: sdc, caseManager: cm([{ key: 'PHI' }]) }),
      findings: [{ authorization: 'PHI' }],
    },
    {
      name: 'DHH of unknown era, deaf autistic student',
      case: makeCase({
        student: { primary: '320', secondary: '230' },
        services: sdc,
        caseManager: cm([{ key: 'DHH', issued: '2011-01-01' }]),
      }),
      findings: [{ authorization: 'DHH' }],
    },
    {
      name: 'added authorization with no prerequisite on file (§9.6)',
      case: makeCase({
        student: { primary: '300' },
        services: sdc,
        caseManager: cm([{ key: 'AADB' }]),
      }),
      findings: [{ authorization: 'AADB', message: /prerequisite/ }],
    },
    {
      name: 'ECSE (2022) for speech or language impairment is U',
      case: makeCase({
        student: { grade: 'K', primary: '240' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE' }]),
      }),
      findings: [{ authorization: 'ECSE', message: /Speech or Language Impairment/ }],
    },
    ...['270', '280', '290'].map((primary) => ({
      name: `ESN for ${primary} is U: sources disagree`,
      case: makeCase({
        student: { primary },
        services: sdc,
        caseManager: cm([{ key: 'ESN' }]),
      }),
      findings: [{ authorization: 'ESN', status: 'unconfirmed' as const }],
    })),
    {
      name: 'older ECSE for deaf-blindness is U',
      case: makeCase({
        student: { grade: 'PS', age: 4, primary: '300' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
      findings: [{ authorization: 'ECSE-OLD' }],
    },
    {
      name: 'LAD for a category other than autism is U, with its regulation as the source',
      case: makeCase({ student: { primary: '260' }, caseManager: cm([{ key: 'LAD' }]) }),
      findings: [{ authorization: 'LAD', source: /80047/ }],
    },
    {
      name: '"Early Childhood Special Education" of unknown era teaching kindergarten',
      case: makeCase({
        student: { grade: 'K', primary: '320' },
        services: sdc,
        caseManager: cm([{ text: 'Early Childhood Special Education' }]),
      }),
      findings: [{ authorization: 'ECSE-ANY' }],
    },
    {
      name: 'Communication Handicapped (U)',
      case: makeCase({
        student: { primary: '240' },
        services: sdc,
        caseManager: cm([{ key: 'CH' }]),
      }),
      findings: [{}],
    },
    {
      name: 'an unrecognised roster entry',
      case: makeCase({ caseManager: cm([{ text: 'Some Old Certificate' }]) }),
      findings: [{ message: /"Some Old Certificate"/ }],
    },
    {
      name: 'the same unrecognised entry twice (a repeated roster row): one finding',
      case: makeCase({
        caseManager: cm([{ text: 'Some Old Certificate' }, { text: 'Some Old Certificate' }]),
      }),
      findings: [{ message: /"Some Old Certificate"/ }],
    },
    {
      name: 'APE with only a physical education credential (U prerequisite)',
      case: makeCase({
        services: [svc('425')],
        caseManager: cm([{ text: 'Single Subject: Physical Education' }, { key: 'APE' }]),
      }),
      findings: [{ serviceCode: '425' }],
    },
    {
      name: 'a service whose requirement is unconfirmed (740)',
      case: makeCase({ services: [svc('740')], caseManager: cm([MMSN]) }),
      findings: [{ serviceCode: '740' }],
    },
    {
      name: 'issued after the check date',
      case: makeCase({ caseManager: cm([{ key: 'MMSN', issued: '2026-06-01' }]) }),
      findings: [{ message: /after the check date/ }],
    },
  ],
});

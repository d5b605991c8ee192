import { instructionAuthorization } from '../../../src/rules/checks/instruction-authorization';
import { cm, instr, MMSN, makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

const sdc = [instr('SDC')];

ruleTester(instructionAuthorization, {
  valid: [
    { name: 'MMSN covers SLD', case: makeCase() },
    {
      name: 'a coordinator needs no specialty',
      case: makeCase({ student: { primary: '230' }, services: [instr('SDC', 'other')] }),
    },
    {
      name: 'an expired covering credential is credential-expired instead (§9.1)',
      case: makeCase({ caseManager: cm([{ key: 'MMSN', expires: '2025-01-01' }]) }),
    },
    {
      name: 'out of range is grade-out-of-range instead (§9.1)',
      case: makeCase({ student: { grade: 'PS', primary: '320' }, services: sdc }),
    },
    {
      name: 'the best valid authorization counts; an irrelevant one beside it changes nothing (§9.3)',
      case: makeCase({
        caseManager: cm([
          { key: 'SLP', expires: '2027-01-01' },
          MMSN,
          { key: 'VI', issued: '2019-01-01' },
        ]),
      }),
    },
    {
      name: 'an unconfirmed fact gives needs-review, never an error (LAD)',
      case: makeCase({ caseManager: cm([{ key: 'LAD' }]) }),
    },
    {
      name: 'an unrecognised roster text gives needs-review rather than a false alarm',
      case: makeCase({ caseManager: cm([{ text: 'Exotic Credential 9' }]) }),
    },
    {
      name: 'alternate placement in effect: covering the secondary suffices',
      case: makeCase({
        student: { primary: '250', secondary: '290', alternatePlacement: true },
        services: [instr(), { code: '725', provider: 'other' }],
      }),
    },
    {
      name: 'DHH covers autism when the student is also deaf, Preliminary/Clear era',
      case: makeCase({
        student: { primary: '320', secondary: '230' },
        services: sdc,
        caseManager: cm([{ key: 'DHH', issued: '2016-01-01' }]),
      }),
    },
    {
      name: 'a name spelled by the roster is recognised ("Mild to Moderate Support Needs")',
      case: makeCase({ caseManager: cm([{ text: 'Mild to Moderate Support Needs' }]) }),
    },
    {
      name: 'disability given as "320 - Autism" and a Moderate/Severe R3MS of any era',
      case: makeCase({
        student: { primary: '320 - Autism' },
        services: sdc,
        caseManager: cm([{ text: 'R3MS', issued: '2012-01-01' }]),
      }),
    },
    {
      name: 'SLP with Special Class Authorization teaches an autism special class',
      case: makeCase({
        student: { primary: '320' },
        services: sdc,
        caseManager: cm([{ key: 'SLP' }, { key: 'SLP-SCA' }]),
      }),
    },
    // REFERENCE §3a as revised (issue 13): each changed row, valid side.
    {
      name: 'MMSN covers orthopedic impairment (confirmed)',
      case: makeCase({ student: { primary: '270' }, services: sdc }),
    },
    {
      name: 'MMSN covers traumatic brain injury (confirmed)',
      case: makeCase({ student: { primary: '330' }, services: sdc }),
    },
    {
      name: 'ESN covers deaf-blindness (confirmed)',
      case: makeCase({
        student: { primary: '300' },
        services: sdc,
        caseManager: cm([{ key: 'ESN' }]),
      }),
    },
    {
      name: 'ESN for specific learning disability is unconfirmed: a review, not an error',
      case: makeCase({ caseManager: cm([{ key: 'ESN' }]) }),
    },
    {
      name: 'ECSE (2022) covers orthopedic impairment in kindergarten (secondary source)',
      case: makeCase({
        student: { grade: 'K', primary: '270' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE' }]),
      }),
    },
    {
      name: 'ECSE (2022) for speech or language impairment is unconfirmed: a review',
      case: makeCase({
        student: { grade: 'K', primary: '240' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE' }]),
      }),
    },
    {
      name: 'older ECSE for deaf-blindness is unconfirmed: a review',
      case: makeCase({
        student: { grade: 'PS', age: 4, primary: '300' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
    },
    {
      name: 'LAD covers autism (confirmed)',
      case: makeCase({
        student: { primary: '320' },
        caseManager: cm([{ key: 'LAD' }]),
      }),
    },
    {
      name: 'LAD for speech or language impairment is unconfirmed: a review',
      case: makeCase({ student: { primary: '240' }, caseManager: cm([{ key: 'LAD' }]) }),
    },
    {
      name: 'SLP with the Special Class Authorization covers a speech or language impairment',
      case: makeCase({
        student: { primary: '240' },
        services: sdc,
        caseManager: cm([{ key: 'SLP' }, { key: 'SLP-SCA' }]),
      }),
    },
  ],
  invalid: [
    // REFERENCE §3a as revised (issue 13): each changed row, invalid side.
    {
      name: 'MMSN does not cover a speech or language impairment (P47)',
      case: makeCase({ student: { primary: '240' } }),
      findings: [{ message: /Speech or Language Impairment \(240\)/, status: 'confirmed' }],
    },
    {
      name: 'MMSN does not cover deafness',
      case: makeCase({ student: { primary: '230' }, services: sdc }),
      findings: [{ message: /Deaf \(230\)/ }],
    },
    {
      name: 'ESN does not cover a speech or language impairment',
      case: makeCase({ student: { primary: '240' }, caseManager: cm([{ key: 'ESN' }]) }),
      findings: [{ message: /Speech or Language Impairment \(240\)/ }],
    },
    {
      name: 'ECSE (2022) does not cover deaf-blindness',
      case: makeCase({
        student: { grade: 'PS', age: 4, primary: '300' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE' }]),
      }),
      findings: [{ message: /Deaf-Blindness \(300\)/ }],
    },
    {
      name: 'older ECSE does not cover orthopedic impairment',
      case: makeCase({
        student: { grade: 'PS', age: 4, primary: '270' },
        services: sdc,
        caseManager: cm([{ key: 'ECSE-OLD' }]),
      }),
      findings: [{ message: /Orthopedic Impairment \(270\)/ }],
    },
    {
      name: 'MM Level I/II teaching autism',
      case: makeCase({
        student: { primary: '320' },
        services: sdc,
        caseManager: cm([{ key: 'MM-L', issued: '2004-01-01' }]),
      }),
      findings: [
        {
          message: /Autism \(320\).*|Level I\/II/,
          status: 'secondary',
          fixes: [/Autism Spectrum Disorders added authorization \(AAAS\)/, /coordinator-only/],
        },
      ],
    },
    {
      name: 'no authorization at all',
      case: makeCase({ caseManager: cm([]) }),
      findings: [
        {
          message: /Specific Learning Disability \(290\)\. They hold: none on file/,
          status: 'confirmed',
        },
      ],
    },
    {
      name: 'DHH does not cover autism without a hearing disability',
      case: makeCase({
        student: { primary: '320' },
        services: sdc,
        caseManager: cm([{ key: 'DHH', issued: '2016-01-01' }]),
      }),
      findings: [{ message: /Deaf and Hard of Hearing \(DHH\)/ }],
    },
    {
      name: 'DHH of Level I/II era does not cover autism even with deafness (§9.5)',
      case: makeCase({
        student: { primary: '320', secondary: '230' },
        services: sdc,
        caseManager: cm([{ key: 'DHH', issued: '2005-01-01' }]),
      }),
      findings: [{}],
    },
    {
      name: 'documented alternate placement with a primary that is not low incidence changes nothing',
      case: makeCase({
        student: { primary: '310', secondary: '250', alternatePlacement: true },
        services: sdc,
        caseManager: cm([{ key: 'VI', issued: '2018-01-01' }]),
      }),
      findings: [{ message: /Multiple Disabilities \(310\)/ }],
    },
    {
      name: 'instruction inferred from an instructional position when providers are unknown',
      case: makeCase({
        services: [{ code: '330', setting: 'SDC' }],
        caseManager: cm([{ key: 'SLP' }], { position: 'SDC Teacher' }),
      }),
      findings: [{}],
    },
    {
      name: 'instruction established by matching the provider name to the case manager',
      case: makeCase({
        services: [{ code: '330', providerName: 'Lee, Dana', setting: 'SDC' }],
        caseManager: cm([{ key: 'PPS-SP' }]),
      }),
      findings: [{}],
    },
  ],
});

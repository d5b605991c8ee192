import { roleUnknown } from '../../../src/rules/checks/role-unknown';
import { cm, MMSN, makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

const unknownRsp = [{ code: '330', provider: 'unknown' as const, setting: 'RSP pull-out' }];

ruleTester(roleUnknown, {
  valid: [
    {
      name: 'providers unknown but the credential covers anyway',
      case: makeCase({ services: unknownRsp, caseManager: cm([MMSN]) }),
    },
    {
      name: 'instructional position settles it',
      case: makeCase({
        services: unknownRsp,
        caseManager: cm([{ key: 'SLP' }], { position: 'RSP Teacher' }),
      }),
    },
    {
      name: 'non-teaching position settles it (coordinator)',
      case: makeCase({
        services: unknownRsp,
        caseManager: cm([{ key: 'PPS-SP' }], { position: 'School Psychologist' }),
      }),
    },
    {
      name: 'override wins',
      case: makeCase({
        services: unknownRsp,
        caseManager: cm([{ key: 'SLP' }], { roleOverride: 'coordinator' }),
      }),
    },
    {
      name: 'provider named as someone else',
      case: makeCase({
        services: [{ code: '330', providerName: 'Kim Park' }],
        caseManager: cm([{ key: 'SLP' }]),
      }),
    },
  ],
  invalid: [
    {
      name: 'SLP credential, providers not named',
      case: makeCase({ services: unknownRsp, caseManager: cm([{ key: 'SLP' }]) }),
      findings: [
        { message: /Specific Learning Disability \(290\)/, fixes: [/Record who provides/] },
      ],
    },
    {
      name: 'a generic position ("Teacher") does not settle it',
      case: makeCase({ services: [{ code: '330' }], caseManager: cm([], { position: 'Teacher' }) }),
      findings: [{}],
    },
    {
      name: 'an SLP holding the Special Class Authorization is not settled as non-teaching',
      case: makeCase({
        services: unknownRsp,
        caseManager: cm([{ key: 'SLP' }, { key: 'SLP-SCA' }], {
          position: 'Speech-Language Pathologist',
        }),
      }),
      findings: [{}],
    },
  ],
});

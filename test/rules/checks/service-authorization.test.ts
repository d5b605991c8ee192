import { serviceAuthorization } from '../../../src/rules/checks/service-authorization';
import { cm, instr, MMSN, makeCase, svc } from '../fixtures';
import { ruleTester } from '../rule-tester';

ruleTester(serviceAuthorization, {
  valid: [
    {
      name: 'SLP gives speech',
      case: makeCase({ services: [svc('415')], caseManager: cm([{ key: 'SLP' }]) }),
    },
    {
      name: 'OT and PT are licensed, not CTC credentialed: never a missing credential',
      case: makeCase({
        services: [svc('450'), svc('460'), instr('RSP', 'other')],
        caseManager: cm([]),
      }),
    },
    {
      name: 'someone else gives the speech',
      case: makeCase({ services: [svc('415', 'other')], caseManager: cm([MMSN]) }),
    },
    {
      name: 'assistive technology and transition have no CTC rule',
      case: makeCase({ services: [svc('445'), svc('850')], caseManager: cm([MMSN]) }),
    },
    {
      name: 'counseling by a school counselor (any PPS)',
      case: makeCase({ services: [svc('510')], caseManager: cm([{ key: 'PPS-SC' }]) }),
    },
    {
      name: 'an unconfirmed requirement (610) gives needs-review, not this error',
      case: makeCase({ services: [svc('610')], caseManager: cm([MMSN]) }),
    },
    {
      name: 'an expired SLP credential is credential-expired instead',
      case: makeCase({
        services: [svc('415')],
        caseManager: cm([{ key: 'SLP', expires: '2025-01-01' }]),
      }),
    },
    {
      name: 'a nurse with the School Nurse Services credential',
      case: makeCase({
        services: [svc('436')],
        caseManager: cm([{ text: 'School Nurse Services Credential' }]),
      }),
    },
  ],
  invalid: [
    {
      name: 'speech by an Education Specialist',
      case: makeCase({ services: [svc('415')], caseManager: cm([MMSN]) }),
      findings: [
        {
          serviceCode: '415',
          status: 'confirmed',
          message: /Language and Speech \(415\).*Speech-Language Pathology/,
        },
      ],
    },
    {
      name: 'psychological services by a counselor',
      case: makeCase({ services: [svc('530')], caseManager: cm([{ key: 'PPS-SC' }]) }),
      findings: [{ serviceCode: '530', message: /School Psychology/ }],
    },
    {
      name: 'an RN licence alone is not the School Nurse Services credential',
      case: makeCase({ services: [svc('435')], caseManager: cm([{ text: 'Registered Nurse' }]) }),
      findings: [{ serviceCode: '435', message: /School Nurse Services Credential/ }],
    },
    {
      name: 'instructor who also gives APE without the authorization: one finding per service, sorted',
      case: makeCase({ services: [svc('730'), instr(), svc('425')], caseManager: cm([MMSN]) }),
      findings: [{ serviceCode: '425' }, { serviceCode: '730', status: 'confirmed' }],
    },
    {
      name: 'social work needs PPS School Social Work (S)',
      case: makeCase({ services: [svc('525')], caseManager: cm([{ key: 'PPS-SP' }]) }),
      findings: [{ serviceCode: '525', status: 'secondary' }],
    },
  ],
});

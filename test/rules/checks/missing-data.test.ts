import { missingData } from '../../../src/rules/checks/missing-data';
import { makeCase } from '../fixtures';
import { ruleTester } from '../rule-tester';

ruleTester(missingData, {
  valid: [
    { name: 'complete', case: makeCase() },
    {
      name: 'primary written as a name',
      case: makeCase({ student: { primary: 'Specific Learning Disability (SLD)' } }),
    },
  ],
  invalid: [
    {
      name: 'no case manager',
      case: makeCase({ caseManager: null }),
      findings: [{ message: /names no case manager/ }],
    },
    {
      name: 'no primary disability',
      case: makeCase({ student: { primary: null } }),
      findings: [{ message: /no primary disability/ }],
    },
    {
      name: 'unreadable primary disability',
      case: makeCase({ student: { primary: 'Zelda' } }),
      findings: [{ message: /not a recognised/ }],
    },
    {
      name: 'neither',
      case: makeCase({ caseManager: null, student: { primary: '' } }),
      findings: [{}, {}],
    },
  ],
});

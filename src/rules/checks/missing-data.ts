/** The IEP shows no case manager, or no (recognisable) primary disability. */
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';
import { say } from '../wording';

const meta = defineMeta(
  'missing-data',
  'warning',
  'The IEP shows no case manager, or no primary disability.',
  'caseManagement',
);

export const missingData: RuleModule = {
  meta,
  check(ctx) {
    const out: Finding[] = [];
    if (!ctx.cm) {
      out.push(
        makeFinding(meta, say('findingMissingCaseManager'), 'confirmed', {
          fixes: ['Name the case manager in the IEP.'],
        }),
      );
    }
    const raw = ctx.case.student.primary;
    if (ctx.primary === null) {
      const unreadable = typeof raw === 'string' && raw.trim() !== '';
      out.push(
        makeFinding(
          meta,
          say(unreadable ? 'findingPrimaryUnrecognised' : 'findingPrimaryMissing'),
          'confirmed',
          { fixes: ['Record the primary disability (Disability 1) in the IEP.'] },
        ),
      );
    }
    return out;
  },
};

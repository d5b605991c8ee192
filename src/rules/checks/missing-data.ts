/** The IEP shows no case manager, or no (recognisable) primary disability. */
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';

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
        makeFinding(
          meta,
          'The IEP names no case manager, so no authorization can be checked.',
          'confirmed',
          {
            fixes: ['Name the case manager in the IEP.'],
          },
        ),
      );
    }
    const raw = ctx.case.student.primary;
    if (ctx.primary === null) {
      const unreadable = typeof raw === 'string' && raw.trim() !== '';
      out.push(
        makeFinding(
          meta,
          unreadable
            ? "The IEP's primary disability is not a recognised CALPADS disability category, so the case manager's authorization cannot be checked against it."
            : "The IEP shows no primary disability, so the case manager's authorization cannot be checked against it.",
          'confirmed',
          { fixes: ['Record the primary disability (Disability 1) in the IEP.'] },
        ),
      );
    }
    return out;
  },
};

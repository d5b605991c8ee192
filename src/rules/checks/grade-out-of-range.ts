/** §9.1, §9.7: an authorization covers the disability but not the student's grade or age. */
import { coverageSource } from '../coverage';
import { disabilityLabel } from '../data/disabilities';
import { gradeName } from '../grades';
import { weakest } from '../held';
import { candidateName, instructionFixes } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

const meta = defineMeta(
  'grade-out-of-range',
  'error',
  "An authorization covers the disability but not the student's age or grade.",
  'spedCredentials',
);

export const gradeOutOfRange: RuleModule = {
  meta,
  check(ctx) {
    const v = ctx.instruction;
    if (ctx.role.role !== 'instruction' || v?.kind !== 'out-of-range') return [];
    const c = v.candidates[0];
    if (!c) return [];
    const ages = c.held.added || c.row.ages === 'prerequisite' ? c.held.ages : c.row.ages;
    const span = ages ? `: it authorizes ${ages.label}` : '';
    return [
      makeFinding(
        meta,
        say('findingGradeOutOfRange', {
          held: candidateName(c),
          disability: disabilityLabel(c.target),
          grade: gradeName(ctx.grade ?? ''),
          span,
        }),
        weakest(c.status, c.row.status === 'unconfirmed' ? 'secondary' : c.row.status),
        {
          authorization: c.row.key,
          fixes: instructionFixes(ctx, false),
          source: coverageSource(c.row, c.target),
        },
      ),
    ];
  },
};

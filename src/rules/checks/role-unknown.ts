/** §9.2: the IEP does not show who instructs, and the case manager's credentials would not cover it. */
import { heldList, targetText } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

const meta = defineMeta(
  'role-unknown',
  'warning',
  'The page does not show whether the case manager instructs, and their credentials would not cover an instructing role.',
  'caseManagement',
);

export const roleUnknown: RuleModule = {
  meta,
  check(ctx) {
    const v = ctx.instruction;
    if (ctx.role.role !== 'unknown' || !v || v.kind === 'authorized') return [];
    const review = v.kind === 'needs-review' ? ' (or need review)' : '';
    const id = ctx.role.instructionUnknown
      ? 'findingRoleUnknownNoServices'
      : 'findingRoleUnknownProvider';
    return [
      makeFinding(
        meta,
        say(id, { held: heldList(ctx.held), review, target: targetText(ctx) }),
        'confirmed',
        {
          fixes: [
            "Record who provides each service in the IEP (for an audit, give the services export with its provider column), or state the case manager's role (instruction or coordination only) in the panel on the IEP page.",
            'If the case manager only coordinates, no specialty match is required.',
          ],
        },
      ),
    ];
  },
};

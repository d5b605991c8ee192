/** §9.2: the IEP does not show who instructs, and the case manager's credentials would not cover it. */
import { heldList, targetText } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';

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
    const unknown = ctx.role.instructionUnknown
      ? 'The page does not show the services, so it cannot tell whether the case manager instructs; if they do'
      : 'The IEP does not show who provides the specialized academic instruction; if it is the case manager';
    return [
      makeFinding(
        meta,
        `${unknown}, what they hold does not cover${review} ${targetText(ctx)}. They hold: ${heldList(ctx.held)}.`,
        'confirmed',
        {
          fixes: [
            "Record who provides each service in the IEP, or state the case manager's role (instruction or coordination only) in the settings.",
            'If the case manager only coordinates, no specialty match is required.',
          ],
        },
      ),
    ];
  },
};

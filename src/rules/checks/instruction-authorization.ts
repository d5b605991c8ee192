/** §1.2, §9.1: an instructing case manager holds nothing that covers the primary disability. */
import type { RuleContext } from '../context';
import { heldList, instructionFixes, targetText } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { FactStatus } from '../types';

const meta = defineMeta(
  'instruction-authorization',
  'error',
  "The case manager provides instruction and nothing they hold covers the student's primary disability (or the secondary under an alternate placement in effect).",
  'caseManagement',
);

/** The negative rests on the rows held; a U row's scope only weakens it to secondary (§9.4). */
function statusOf(ctx: RuleContext): FactStatus {
  return ctx.held.some((h) => h.row && h.row.status !== 'confirmed') ? 'secondary' : 'confirmed';
}

export const instructionAuthorization: RuleModule = {
  meta,
  check(ctx) {
    if (ctx.role.role !== 'instruction' || ctx.instruction?.kind !== 'none') return [];
    return [
      makeFinding(
        meta,
        `The case manager provides instruction, but nothing they hold covers ${targetText(ctx)}. They hold: ${heldList(ctx.held)}.`,
        statusOf(ctx),
        { fixes: instructionFixes(ctx) },
      ),
    ];
  },
};

/** §9.9: the instructor covers the secondary but not the low-incidence primary, and no alternate placement is documented. */
import { disabilityLabel, isLowIncidence } from '../data/disabilities';
import { candidateName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';

const meta = defineMeta(
  'alternate-placement-unrecorded',
  'warning',
  'The instructor covers the secondary but not the low-incidence primary, and the IEP does not document an alternate placement.',
  'spedFaqs',
);

export const alternatePlacementUnrecorded: RuleModule = {
  meta,
  check(ctx) {
    const { primary, secondary } = ctx;
    if (ctx.role.role !== 'instruction' || !primary || !secondary) return [];
    if (ctx.case.student.alternatePlacement === true || !isLowIncidence(primary)) return [];
    if (ctx.instruction?.kind !== 'none' || ctx.secondaryInstruction?.kind !== 'authorized')
      return [];
    const best = ctx.secondaryInstruction.best;
    return [
      makeFinding(
        meta,
        `The case manager's ${candidateName(best)} covers the secondary disability, ${disabilityLabel(secondary)}, but not the low-incidence primary disability, ${disabilityLabel(primary)}, and the IEP does not document an alternate placement.`,
        'confirmed',
        {
          authorization: best.row.key,
          fixes: [
            `If the IEP team finds a placement under ${disabilityLabel(secondary)} appropriate, document the alternate placement in the IEP, with related services for ${disabilityLabel(primary)}.`,
            `Otherwise assign a teacher whose authorization covers ${disabilityLabel(primary)}.`,
          ],
        },
      ),
    ];
  },
};

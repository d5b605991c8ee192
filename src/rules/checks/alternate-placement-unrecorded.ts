/** §9.9: the instructor covers the secondary but not the low-incidence primary, and no alternate placement is documented. */
import { disabilityLabel, isLowIncidence } from '../data/disabilities';
import { candidateName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

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
        say('findingAlternatePlacementUnrecorded', {
          held: candidateName(best),
          secondary: disabilityLabel(secondary),
          primary: disabilityLabel(primary),
        }),
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

/** The case manager is in neither the roster nor the profile: nothing can be verified. */
import { serviceByCode } from '../data/services';
import { serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';

const meta = defineMeta(
  'credentials-unknown',
  'warning',
  'The case manager is not in the profile or roster, so nothing can be verified.',
  'caseManagement',
);

export const credentialsUnknown: RuleModule = {
  meta,
  check(ctx) {
    if (!ctx.cm || ctx.cm.known) return [];
    // A coordinator, or a provider of services with no CTC requirement, needs nothing verified.
    const instructs =
      ctx.role.role === 'instruction' ||
      (ctx.role.role === 'unknown' &&
        (ctx.role.unknownInstruction.length > 0 || ctx.role.instructionUnknown));
    const needsCredential = ctx.role.cmServices.some((s) => {
      const kind = serviceByCode(serviceCodeOf(s))?.requirement.kind;
      return kind === 'authorization' || kind === 'unconfirmed';
    });
    if (!instructs && !needsCredential) return [];
    return [
      makeFinding(
        meta,
        'The case manager is not in the roster or your profile, so their authorizations cannot be checked.',
        'confirmed',
        {
          fixes: ['Add the case manager to the roster with their authorizations and expiry dates.'],
        },
      ),
    ];
  },
};

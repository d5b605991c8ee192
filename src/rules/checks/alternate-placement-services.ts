/** §1.4, §9.9: under an alternate placement, a related service must still address the primary. */
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel, servicesAddressing } from '../data/services';
import { listOr } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

const meta = defineMeta(
  'alternate-placement-services',
  'warning',
  'Alternate placement is in effect but no related service addresses the low-incidence primary disability.',
  'caseManagement',
);

export const alternatePlacementServices: RuleModule = {
  meta,
  check(ctx) {
    if (!ctx.alternatePlacementInEffect || !ctx.primary || !ctx.secondary) return [];
    // Services the page did not show may well address the primary: nothing to say.
    if (ctx.case.servicesShown === false) return [];
    const addressing = servicesAddressing(ctx.primary);
    if (ctx.services.some((s) => addressing.includes(s.code))) return [];
    return [
      makeFinding(
        meta,
        say('findingAlternatePlacementNoServices', {
          secondary: disabilityLabel(ctx.secondary),
          primary: disabilityLabel(ctx.primary),
        }),
        'confirmed',
        {
          fixes: [
            `Make sure the IEP names the related services that meet the needs of ${disabilityLabel(ctx.primary)}, such as ${listOr(addressing.map(serviceLabel))}.`,
          ],
        },
      ),
    ];
  },
};

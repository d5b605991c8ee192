/** §9.3: the best valid authorization covers this student (or the service the case manager gives). */
import { coverageSource } from '../coverage';
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel } from '../data/services';
import { candidateName, heldName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';
import { say } from '../wording';

const meta = defineMeta(
  'authorized',
  'ok',
  "The case manager's authorization covers this student.",
  'caseManagement',
);

/** By whether the case manager is known to instruct, then [primary, secondary]. */
const AUTHORIZED = {
  is: ['findingAuthorizedPrimary', 'findingAuthorizedSecondary'],
  if: ['findingAuthorizedPrimaryIfInstructing', 'findingAuthorizedSecondaryIfInstructing'],
} as const;

export const authorized: RuleModule = {
  meta,
  check(ctx) {
    const out: Finding[] = [];
    const v = ctx.instruction;
    const role = ctx.role.role;
    if ((role === 'instruction' || role === 'unknown') && v?.kind === 'authorized') {
      const c = v.best;
      const conditions = c.conditions.length > 0 ? `; conditions: ${c.conditions.join('; ')}` : '';
      const until = c.held.validity.state === 'valid' ? c.held.validity.until : undefined;
      const id = AUTHORIZED[role === 'unknown' ? 'if' : 'is'][c.target === ctx.primary ? 0 : 1];
      const data = { held: candidateName(c), disability: disabilityLabel(c.target), conditions };
      out.push(
        makeFinding(meta, say(id, data), c.status, {
          authorization: c.row.key,
          source: coverageSource(c.row, c.target),
          ...(until ? { until } : {}),
        }),
      );
    }
    for (const { code, verdict } of ctx.serviceVerdicts) {
      if (verdict.kind !== 'authorized') continue;
      out.push(
        makeFinding(
          meta,
          say('findingAuthorizedService', {
            held: heldName(verdict.held),
            service: serviceLabel(code),
          }),
          verdict.status,
          {
            serviceCode: code,
            ...(verdict.held.row
              ? { authorization: verdict.held.row.key, source: verdict.held.row.source }
              : {}),
            ...(verdict.until ? { until: verdict.until } : {}),
          },
        ),
      );
    }
    return out;
  },
};

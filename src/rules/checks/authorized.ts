/** §9.3: the best valid authorization covers this student (or the service the case manager gives). */
import { coverageSource } from '../coverage';
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel } from '../data/services';
import { candidateName, heldName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';

const meta = defineMeta(
  'authorized',
  'ok',
  "The case manager's authorization covers this student.",
  'caseManagement',
);

export const authorized: RuleModule = {
  meta,
  check(ctx) {
    const out: Finding[] = [];
    const v = ctx.instruction;
    const role = ctx.role.role;
    if ((role === 'instruction' || role === 'unknown') && v?.kind === 'authorized') {
      const c = v.best;
      const which =
        c.target === ctx.primary
          ? `the primary disability, ${disabilityLabel(c.target)}`
          : `the secondary disability, ${disabilityLabel(c.target)}, under the documented alternate placement`;
      const conditions = c.conditions.length > 0 ? `; conditions: ${c.conditions.join('; ')}` : '';
      const until = c.held.validity.state === 'valid' ? c.held.validity.until : undefined;
      const lead =
        role === 'unknown'
          ? `If the case manager provides the instruction, their ${candidateName(c)} covers`
          : `The case manager's ${candidateName(c)} covers`;
      out.push(
        makeFinding(meta, `${lead} ${which}${conditions}.`, c.status, {
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
          `The case manager's ${heldName(verdict.held)} authorizes ${serviceLabel(code)}, which they provide.`,
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

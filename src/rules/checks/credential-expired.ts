/** §6, §9.1, §9.6: the authorization that would cover has expired, or its prerequisite has. */
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel } from '../data/services';
import type { ResolvedHeld } from '../held';
import { heldName, instructionFixes } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

const meta = defineMeta(
  'credential-expired',
  'error',
  'The authorization that would cover the student has expired (or its prerequisite has) as of the check date.',
  'spedCredentials',
);

function why(h: ResolvedHeld, asOf: string): { text: string; until?: string } {
  const v = h.validity;
  if (v.state === 'expired' && v.cause === 'prerequisite') {
    return {
      text: `the credential it depends on expired on ${v.until}, so it no longer authorizes (as of ${asOf})`,
      until: v.until,
    };
  }
  if (v.state === 'expired')
    return { text: `it expired on ${v.until} (checked as of ${asOf})`, until: v.until };
  return { text: `it is not valid as of ${asOf}` };
}

export const credentialExpired: RuleModule = {
  meta,
  check(ctx) {
    const out = [];
    const v = ctx.instruction;
    if (ctx.role.role === 'instruction' && v?.kind === 'expired') {
      const c = v.candidates[0];
      if (c) {
        const w = why(c.held, ctx.asOf);
        out.push(
          makeFinding(
            meta,
            say('findingExpiredInstruction', {
              held: heldName(c.held),
              disability: disabilityLabel(c.target),
              why: w.text,
            }),
            'confirmed',
            {
              authorization: c.row.key,
              ...(w.until ? { until: w.until } : {}),
              fixes: [
                'Renew the credential with the CTC and update the roster.',
                ...instructionFixes(ctx),
              ],
            },
          ),
        );
      }
    }
    for (const { code, verdict: sv } of ctx.serviceVerdicts) {
      if (sv.kind !== 'expired') continue;
      const h = sv.held[0];
      if (!h) continue;
      const w = why(h, ctx.asOf);
      out.push(
        makeFinding(
          meta,
          say('findingExpiredService', {
            service: serviceLabel(code),
            held: heldName(h),
            why: w.text,
          }),
          'confirmed',
          {
            authorization: h.row?.key,
            serviceCode: code,
            ...(w.until ? { until: w.until } : {}),
            fixes: [
              'Renew the credential with the CTC and update the roster, or have a currently authorized provider give the service.',
            ],
          },
        ),
      );
    }
    return out;
  },
};

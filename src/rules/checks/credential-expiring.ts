/** §9.8: the authorization that counts expires on the check date or within the next 60 days. */
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel } from '../data/services';
import { addDays } from '../dates';
import { candidateName, heldName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';
import { say } from '../wording';

const WINDOW_DAYS = 60;

const meta = defineMeta(
  'credential-expiring',
  'warning',
  'The authorization that covers the student expires within 60 days of the check date.',
  'spedCredentials',
);

function expiring(until: string | undefined, asOf: string): until is string {
  return until !== undefined && until >= asOf && until <= windowEnd(asOf);
}

/** addDays(asOf, WINDOW_DAYS), computed once per check date rather than once per case. */
let lastAsOf: string | undefined;
let lastEnd = '';
function windowEnd(asOf: string): string {
  if (asOf !== lastAsOf) {
    lastEnd = addDays(asOf, WINDOW_DAYS);
    lastAsOf = asOf;
  }
  return lastEnd;
}

const RENEW = ['Renew the credential with the CTC before it expires and update the roster.'];

export const credentialExpiring: RuleModule = {
  meta,
  check(ctx) {
    const out: Finding[] = [];
    const v = ctx.instruction;
    const judged = ctx.role.role === 'instruction' || ctx.role.role === 'unknown';
    if (judged && v?.kind === 'authorized') {
      const h = v.best.held;
      const until = h.validity.state === 'valid' ? h.validity.until : undefined;
      if (expiring(until, ctx.asOf)) {
        out.push(
          makeFinding(
            meta,
            say('findingExpiringInstruction', {
              held: candidateName(v.best),
              disability: disabilityLabel(v.best.target),
              until: until ?? '',
              days: String(WINDOW_DAYS),
            }),
            'confirmed',
            { authorization: v.best.row.key, until, fixes: RENEW },
          ),
        );
      }
    }
    for (const { code, verdict: sv } of ctx.serviceVerdicts) {
      if (sv.kind !== 'authorized' || !expiring(sv.until, ctx.asOf)) continue;
      out.push(
        makeFinding(
          meta,
          say('findingExpiringService', {
            held: heldName(sv.held),
            service: serviceLabel(code),
            until: sv.until ?? '',
            days: String(WINDOW_DAYS),
          }),
          'confirmed',
          { authorization: sv.held.row?.key, serviceCode: code, until: sv.until, fixes: RENEW },
        ),
      );
    }
    return out;
  },
};

/** §9.4–§9.6: the verdict rests on an unconfirmed fact, an unknown era or a missing prerequisite. */
import { coverageSource } from '../coverage';
import { disabilityLabel } from '../data/disabilities';
import { serviceByCode, serviceLabel } from '../data/services';
import type { ResolvedHeld } from '../held';
import { heldName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';
import type { WeakReason } from '../verdict';

const meta = defineMeta(
  'needs-review',
  'warning',
  'The verdict rests on an unconfirmed fact, an unknown credential era, or a missing prerequisite.',
  'spedCredentials',
);

function reasonText(
  reason: WeakReason,
  h: ResolvedHeld | undefined,
  what: string,
  asOf: string,
): string {
  const name = h ? heldName(h) : 'an authorization on file';
  switch (reason) {
    case 'unconfirmed-fact':
      return `Whether the case manager's ${name} covers ${what} is not confirmed in the sources; a person should confirm it.`;
    case 'era-unknown': {
      const issued = h?.input.issued
        ? `its issue date (${h.input.issued})`
        : 'no issue date is on file, which';
      return `The case manager's ${name} covers ${what} only for some credential eras (Level I/II before 2010-06-26, Preliminary/Clear from 2014), and ${issued} does not settle the era; check the credential itself.`;
    }
    case 'no-prerequisite':
      return `The case manager's ${name} would cover ${what}, but it is valid only with a prerequisite credential, and none is on file.`;
    case 'unconfirmed-prerequisite':
      return `The case manager's ${name} would cover ${what}, but its only prerequisite on file is one the sources do not confirm.`;
    case 'not-yet-valid':
      return `The case manager's ${name} would cover ${what}, but it was issued after the check date (${asOf}).`;
    case 'unrecognized':
      return `The roster lists ${name}, which the checker does not recognise; confirm whether it covers ${what}.`;
  }
}

const FIX = [
  'Check the credential on the CTC public search and update the roster, or mark the finding as reviewed.',
];

export const needsReview: RuleModule = {
  meta,
  check(ctx) {
    const out: Finding[] = [];
    const add = (message: string, extra: Parameters<typeof makeFinding>[3] = {}) => {
      // One finding per message (a case has a few findings: no set needed to tell).
      if (out.some((f) => f.message === message)) return;
      out.push(makeFinding(meta, message, 'unconfirmed', { fixes: FIX, ...extra }));
    };
    const v = ctx.instruction;
    if (ctx.role.role === 'instruction' && v?.kind === 'needs-review') {
      for (const c of v.candidates) {
        add(
          reasonText(c.reason ?? 'unconfirmed-fact', c.held, disabilityLabel(c.target), ctx.asOf),
          {
            authorization: c.row.key,
            source: coverageSource(c.row, c.target),
          },
        );
      }
      const what = ctx.primary ? disabilityLabel(ctx.primary) : 'the primary disability';
      for (const h of v.unrecognized) add(reasonText('unrecognized', h, what, ctx.asOf));
    }
    for (const { code, verdict } of ctx.serviceVerdicts) {
      if (verdict.kind !== 'needs-review') continue;
      const label = serviceLabel(code);
      if (verdict.reason === 'unconfirmed-fact' && !verdict.held) {
        add(
          `The case manager provides ${label}; the credential this service needs is not confirmed in the sources, so a person should confirm the case manager's authorization.`,
          { serviceCode: code, source: serviceByCode(code)?.source ?? 'calpads' },
        );
        continue;
      }
      if (verdict.reason === 'unrecognized') {
        add(
          `The case manager provides ${label}, and nothing recognised on the roster authorizes it; confirm whether an unrecognised roster entry does.`,
          { serviceCode: code },
        );
        continue;
      }
      add(reasonText(verdict.reason, verdict.held, label, ctx.asOf), {
        serviceCode: code,
        ...(verdict.held?.row ? { authorization: verdict.held.row.key } : {}),
      });
    }
    return out;
  },
};

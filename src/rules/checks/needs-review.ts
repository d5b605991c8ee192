/** §9.4–§9.6: the verdict rests on an unconfirmed fact, an unknown era or a missing prerequisite. */
import { disabilityLabel } from '../data/disabilities';
import { isInstructionCode, serviceByCode, serviceLabel } from '../data/services';
import type { ResolvedHeld } from '../held';
import { heldName } from '../messages';
import { serviceCodeOf } from '../role';
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
            source: c.row.source,
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
    // GUIDE §3 lesson 11: a partial name match or a guessed reading moves toward review.
    const cmName = ctx.cm?.name ?? '';
    for (const { service, name, evidence } of ctx.role.namedProviders) {
      if (evidence.match !== 'probable' || ctx.role.basis === 'override') continue;
      add(
        `The page names "${name}" as the provider of ${serviceLabel(serviceCodeOf(service))}; the checker took this to be the case manager, "${cmName}" (${evidence.how}). Check who provides it.`,
        { fixes: READING_FIX, serviceCode: serviceCodeOf(service), source: 'caseManagement' },
      );
    }
    if (ctx.cm?.readBy === 'heuristic' && ctx.role.basis !== 'override') {
      add(
        `The case manager's name, "${cmName}", was read from the page without a label that names the field; check that it is the case manager.`,
        { fixes: READING_FIX, source: 'caseManagement' },
      );
    }
    for (const f of ctx.services) {
      if (f.service.providerReadBy !== 'heuristic' || !isInstructionCode(f.code)) continue;
      if (ctx.role.basis === 'override') continue;
      add(
        `The provider of ${serviceLabel(f.code)} was read from the page without a column or label that names it; check who provides it.`,
        { fixes: READING_FIX, serviceCode: f.code, source: 'caseManagement' },
      );
    }
    return out;
  },
};

const READING_FIX = [
  "Check the IEP page, then answer the question about the case manager's role in the panel.",
];

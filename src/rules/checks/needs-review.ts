/** §9.4–§9.6: the verdict rests on an unconfirmed fact, an unknown era or a missing prerequisite. */
import { coverageSource } from '../coverage';
import { disabilityLabel } from '../data/disabilities';
import { isInstructionCode, serviceByCode, serviceLabel } from '../data/services';
import type { ResolvedHeld } from '../held';
import { heldName } from '../messages';
import { serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { Finding } from '../types';
import type { WeakReason } from '../verdict';
import { say, type Wording } from '../wording';

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
): Wording {
  const data = { held: h ? heldName(h) : 'an authorization on file', what };
  switch (reason) {
    case 'unconfirmed-fact':
      return say('findingReviewUnconfirmedFact', data);
    case 'era-unknown':
      return h?.input.issued
        ? say('findingReviewEraUnknownIssued', { ...data, issued: h.input.issued })
        : say('findingReviewEraUnknownNoDate', data);
    case 'no-prerequisite':
      return say('findingReviewNoPrerequisite', data);
    case 'unconfirmed-prerequisite':
      return say('findingReviewUnconfirmedPrerequisite', data);
    case 'not-yet-valid':
      return say('findingReviewNotYetValid', { ...data, asof: asOf });
    case 'unrecognized':
      return say('findingReviewUnrecognized', data);
  }
}

const FIX = [
  'Check the credential on the CTC public search and update the roster, or mark the finding as reviewed.',
];

export const needsReview: RuleModule = {
  meta,
  check(ctx) {
    const out: Finding[] = [];
    const add = (wording: Wording, extra: Parameters<typeof makeFinding>[3] = {}) => {
      // One finding per message (a case has a few findings: no set needed to tell).
      if (out.some((f) => f.message === wording.message)) return;
      out.push(makeFinding(meta, wording, 'unconfirmed', { fixes: FIX, ...extra }));
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
        add(say('findingReviewServiceUnconfirmed', { service: label }), {
          serviceCode: code,
          source: serviceByCode(code)?.source ?? 'calpads',
        });
        continue;
      }
      if (verdict.reason === 'unrecognized') {
        add(say('findingReviewServiceUnrecognized', { service: label }), { serviceCode: code });
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
        say('findingReviewProbableProvider', {
          name,
          service: serviceLabel(serviceCodeOf(service)),
          casemanager: cmName,
          how: evidence.how,
        }),
        { fixes: READING_FIX, serviceCode: serviceCodeOf(service), source: 'caseManagement' },
      );
    }
    if (ctx.cm?.readBy === 'heuristic' && ctx.role.basis !== 'override') {
      add(say('findingReviewGuessedCaseManager', { casemanager: cmName }), {
        fixes: READING_FIX,
        source: 'caseManagement',
      });
    }
    for (const f of ctx.services) {
      if (f.service.providerReadBy !== 'heuristic' || !isInstructionCode(f.code)) continue;
      if (ctx.role.basis === 'override') continue;
      add(say('findingReviewGuessedProvider', { service: serviceLabel(f.code) }), {
        fixes: READING_FIX,
        serviceCode: f.code,
        source: 'caseManagement',
      });
    }
    return out;
  },
};

const READING_FIX = [
  "Check the IEP page, then answer the question about the case manager's role in the panel.",
];

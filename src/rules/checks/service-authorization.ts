/** §1.3, §9.11: the case manager provides a support service without the credential it needs. */
import { authorizationLabel } from '../data/authorizations';
import { serviceByCode, serviceLabel } from '../data/services';
import { heldList, listOr } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';

const meta = defineMeta(
  'service-authorization',
  'error',
  'The case manager provides a support service without the credential that service needs.',
  'caseManagement',
);

export const serviceAuthorization: RuleModule = {
  meta,
  check(ctx) {
    return ctx.serviceVerdicts.flatMap(({ code, verdict }) => {
      if (verdict.kind !== 'missing') return [];
      const needed = listOr(verdict.keys.map(authorizationLabel));
      return [
        makeFinding(
          meta,
          `The case manager provides ${serviceLabel(code)}, which needs ${needed}, and does not hold it. They hold: ${heldList(ctx.held)}.`,
          verdict.status,
          {
            serviceCode: code,
            source: serviceByCode(code)?.source ?? 'caseManagement',
            fixes: [
              `Have a provider who holds ${needed} give this service.`,
              'If the case manager holds it, add it to the roster.',
            ],
          },
        ),
      ];
    });
  },
};

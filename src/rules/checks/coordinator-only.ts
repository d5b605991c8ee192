/** §1.5: a coordinator-only case manager needs no specialty in the student's disability. */
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel } from '../data/services';
import { listAnd } from '../messages';
import { serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';

const meta = defineMeta(
  'coordinator-only',
  'info',
  'The case manager only coordinates, so no specialty match is required.',
  'caseManagement',
);

export const coordinatorOnly: RuleModule = {
  meta,
  check(ctx) {
    if (ctx.role.role !== 'coordinator' || !ctx.cm) return [];
    const match = ctx.primary ? ` with ${disabilityLabel(ctx.primary)}` : '';
    // Which names made someone else the instructor, so a person can check the reading.
    const others = ctx.role.namedProviders
      .filter((p) => p.evidence.relation === 'other')
      .map((p) => `"${p.name}" (${serviceLabel(serviceCodeOf(p.service))})`);
    const named =
      others.length > 0
        ? ` The page names ${listAnd([...new Set(others)])} as the instructor, a different person from the case manager, "${ctx.cm.name ?? ''}".`
        : '';
    return [
      makeFinding(
        meta,
        `The case manager coordinates the IEP without providing instruction or services to this student, so no specialty match${match} is required.${named}`,
        'confirmed',
      ),
    ];
  },
};

/** §1.5: a coordinator-only case manager needs no specialty in the student's disability. */
import { disabilityLabel } from '../data/disabilities';
import { serviceLabel } from '../data/services';
import { listAnd } from '../messages';
import { serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

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
    const wording =
      others.length > 0
        ? say('findingCoordinatorOnlyNamed', {
            match,
            others: listAnd([...new Set(others)]),
            name: ctx.cm.name ?? '',
          })
        : say('findingCoordinatorOnly', { match });
    return [makeFinding(meta, wording, 'confirmed')];
  },
};

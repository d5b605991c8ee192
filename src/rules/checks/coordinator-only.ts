/** §1.5: a coordinator-only case manager needs no specialty in the student's disability. */
import { disabilityLabel } from '../data/disabilities';
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
    return [makeFinding(meta, say('findingCoordinatorOnly', { match }), 'confirmed')];
  },
};

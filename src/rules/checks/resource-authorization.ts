/** §1.8, §9.10: a pre-1997 credential used in RSP without a Resource Specialist authorization. */
import { disabilityLabel } from '../data/disabilities';
import { listAnd, rowName } from '../messages';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { say } from '../wording';

const meta = defineMeta(
  'resource-authorization',
  'error',
  'An older (pre-1997) special education credential is used in RSP without a Resource Specialist authorization.',
  'spedCredentials',
);

export const resourceAuthorization: RuleModule = {
  meta,
  check(ctx) {
    const v = ctx.instruction;
    if (ctx.role.role !== 'instruction' || v?.kind !== 'resource') return [];
    const first = v.candidates[0];
    if (!first) return [];
    const names = listAnd([...new Set(v.candidates.map((c) => rowName(c.row)))].sort());
    return [
      makeFinding(
        meta,
        say('findingResourceNeedsRsaa', { disability: disabilityLabel(first.target), held: names }),
        'confirmed',
        {
          authorization: first.row.key,
          fixes: [
            'If the case manager holds the Resource Specialist added authorization or Certificate of Competence, add it to the roster.',
            'Otherwise have a teacher with a current Education Specialist credential provide the resource instruction.',
          ],
        },
      ),
    ];
  },
};

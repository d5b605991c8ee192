/** The case manager is in neither the roster nor the profile: nothing can be verified. */
import { serviceByCode } from '../data/services';
import { listAnd } from '../messages';
import { serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import type { RosterMatch } from '../types';
import { say } from '../wording';

const meta = defineMeta(
  'credentials-unknown',
  'warning',
  'The case manager is not in the profile or roster, so nothing can be verified.',
  'caseManagement',
);

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "lines 14 and 31", or emails where the roster came without lines (a stored roster). */
function whereOnRoster(matches: readonly RosterMatch[]): string {
  if (matches.every((m) => m.line !== undefined)) {
    return `lines ${listAnd(matches.map((m) => String(m.line)))}`;
  }
  return listAnd(matches.map((m) => (m.email ? `${m.name} <${m.email}>` : m.name)));
}

export const credentialsUnknown: RuleModule = {
  meta,
  check(ctx) {
    if (!ctx.cm || ctx.cm.known) return [];
    const matches = ctx.cm.rosterMatches ?? [];
    if (matches.length > 1) {
      // Whatever the role: the verdict must not rest on a guess at who the case manager is.
      const count = NUMBER_WORDS[matches.length] ?? String(matches.length);
      const data = {
        count: `${count.charAt(0).toUpperCase()}${count.slice(1)}`,
        where: whereOnRoster(matches),
      };
      return [
        makeFinding(
          meta,
          ctx.cm.name
            ? say('findingCredentialsAmbiguous', { ...data, name: ctx.cm.name })
            : say('findingCredentialsAmbiguousNoName', data),
          'confirmed',
          {
            fixes: [
              'Give each person their own email and write the case manager in the IEP as the roster does (with a middle initial, say), or correct the roster if these are one person.',
            ],
          },
        ),
      ];
    }
    // A coordinator, or a provider of services with no CTC requirement, needs nothing verified.
    const instructs =
      ctx.role.role === 'instruction' ||
      (ctx.role.role === 'unknown' &&
        (ctx.role.unknownInstruction.length > 0 || ctx.role.instructionUnknown));
    const needsCredential = ctx.role.cmServices.some((s) => {
      const kind = serviceByCode(serviceCodeOf(s))?.requirement.kind;
      return kind === 'authorization' || kind === 'unconfirmed';
    });
    if (!instructs && !needsCredential) return [];
    return [
      makeFinding(meta, say('findingCredentialsUnknown'), 'confirmed', {
        fixes: ['Add the case manager to the roster with their authorizations and expiry dates.'],
      }),
    ];
  },
};

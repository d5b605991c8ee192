/**
 * §1.6, §9.12: the CTC's best-practice case manager for the student's mix of services.
 * Instructed in an SDC → the SDC teacher; else receiving RSP / specialized academic
 * instruction → the RSP teacher; else speech only → the SLP; any other mix → say nothing.
 */
import type { RuleContext } from '../context';
import { isInstructionCode } from '../data/services';
import { classifyPosition, serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { serviceSetting } from '../settings';

const meta = defineMeta(
  'best-practice-case-manager',
  'suggestion',
  'The CTC best-practice case manager for this mix of services differs from the current one.',
  'caseManagement',
);

export type BestPractice = 'sdc' | 'rsp' | 'slp';

const WHO: Record<BestPractice, string> = {
  sdc: 'SDC teacher',
  rsp: 'RSP teacher',
  slp: 'Speech-Language Pathologist',
};

const SITUATION: Record<BestPractice, string> = {
  sdc: 'receives instruction in a special day class (SDC)',
  rsp: 'receives resource (RSP) support or specialized academic instruction',
  slp: 'receives speech and language services only',
};

/** The seed's recommendation from the services alone (exported for lookups). */
export function recommendedCaseManager(
  services: readonly { code: string; setting?: string | null }[],
  placement?: string,
): BestPractice | null {
  const instruction = services.filter((s) => isInstructionCode(s.code));
  if (instruction.some((s) => serviceSetting(s.setting ?? undefined, placement) === 'sdc'))
    return 'sdc';
  if (instruction.length > 0) return 'rsp';
  if (services.length > 0 && services.every((s) => s.code === '415')) return 'slp';
  return null;
}

export function bestPracticeName(bp: BestPractice): string {
  return WHO[bp];
}

/** true: met; false: not met; null: cannot tell (say nothing). */
function met(ctx: RuleContext, rec: BestPractice): boolean | null {
  const { role } = ctx.role;
  const placement = ctx.case.student.placement;
  const provided = ctx.role.cmServices.map((s) => ({ code: serviceCodeOf(s), setting: s.setting }));
  if (rec === 'slp') {
    if (provided.some((s) => s.code === '415')) return true;
    if (role === 'unknown') return positionMeets(ctx, rec);
    return false;
  }
  if (role === 'instruction') {
    const settings = provided
      .filter((s) => isInstructionCode(s.code))
      .map((s) => serviceSetting(s.setting, placement));
    if (settings.length === 0) return positionMeets(ctx, rec) ?? true;
    return settings.some((s) => s === rec || s === null);
  }
  if (role === 'unknown') return positionMeets(ctx, rec);
  return false;
}

/** §9.12: with providers unknown the position decides; with no telling position, nothing. */
function positionMeets(ctx: RuleContext, rec: BestPractice): boolean | null {
  const cls = classifyPosition(ctx.cm?.position);
  if (cls === null || cls === 'sped-teacher') return null;
  const want = rec === 'sdc' ? 'sdc-teacher' : rec === 'rsp' ? 'rsp-teacher' : 'slp';
  return cls === want;
}

export const bestPracticeCaseManager: RuleModule = {
  meta,
  check(ctx) {
    if (!ctx.cm) return [];
    const rec = recommendedCaseManager(
      ctx.services.map((s) => ({ code: s.code, setting: s.service.setting })),
      ctx.case.student.placement,
    );
    if (!rec || met(ctx, rec) !== false) return [];
    return [
      makeFinding(
        meta,
        `CTC best practice for a student who ${SITUATION[rec]} is for the ${WHO[rec]} to be the case manager, and the current case manager is not in that role for this student.`,
        'confirmed',
        {
          fixes: [
            `Consider making the ${WHO[rec]} the case manager; the CTC presents this as best practice, not a requirement.`,
          ],
        },
      ),
    ];
  },
};

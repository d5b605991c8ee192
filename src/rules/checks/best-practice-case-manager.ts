/**
 * §1.6, §9.12: the CTC's best-practice case manager for the student's mix of services.
 * Instructed in an SDC → the SDC teacher; else receiving RSP / specialized academic
 * instruction → the RSP teacher; else speech only → the SLP; any other mix → say nothing.
 */
import type { RuleContext } from '../context';
import { isInstructionCode } from '../data/services';
import { classifyPosition, serviceCodeOf } from '../role';
import { defineMeta, makeFinding, type RuleModule } from '../rule';
import { type SettingKind, serviceSetting } from '../settings';
import { say } from '../wording';

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
  return recommend(
    services,
    (s) => s.code,
    (s) => serviceSetting(s.setting ?? undefined, placement),
  );
}

/** recommendedCaseManager over any list of services, read through `code` and `setting`. */
function recommend<T>(
  services: readonly T[],
  code: (s: T) => string,
  setting: (s: T) => SettingKind | null,
): BestPractice | null {
  let instruction = false;
  let speechOnly = services.length > 0;
  for (const s of services) {
    const c = code(s);
    if (isInstructionCode(c)) {
      instruction = true;
      if (setting(s) === 'sdc') return 'sdc';
    }
    if (c !== '415') speechOnly = false;
  }
  if (instruction) return 'rsp';
  return speechOnly ? 'slp' : null;
}

export function bestPracticeName(bp: BestPractice): string {
  return WHO[bp];
}

/** true: met; false: not met; null: cannot tell (say nothing). */
function met(ctx: RuleContext, rec: BestPractice): boolean | null {
  const { role } = ctx.role;
  const placement = ctx.case.student.placement;
  const provided = ctx.role.cmServices;
  if (rec === 'slp') {
    if (provided.some((s) => serviceCodeOf(s) === '415')) return true;
    if (role === 'unknown') return positionMeets(ctx, rec);
    return false;
  }
  if (role === 'instruction') {
    let instruction = false;
    for (const s of provided) {
      if (!isInstructionCode(serviceCodeOf(s))) continue;
      instruction = true;
      // The setting already read for this service (context.ts), else read here.
      const fact = ctx.services.find((f) => f.service === s);
      const setting = fact ? fact.setting : serviceSetting(s.setting, placement);
      if (setting === rec || setting === null) return true;
    }
    if (!instruction) return positionMeets(ctx, rec) ?? true;
    return false;
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
    // ServiceFact.setting is serviceSetting(service.setting, the student's placement).
    const rec = recommend(
      ctx.services,
      (s) => s.code,
      (s) => s.setting,
    );
    if (!rec || met(ctx, rec) !== false) return [];
    return [
      makeFinding(
        meta,
        say('findingBestPractice', { situation: SITUATION[rec], who: WHO[rec] }),
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

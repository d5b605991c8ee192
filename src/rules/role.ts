/**
 * What the case manager does for this student (REFERENCE.md §9.2).
 *
 *   instruction  provides specialized academic instruction (330, 340, 350) in any setting
 *   support      provides only other services (speech, counseling, nursing…)
 *   coordinator  provides no service
 *   unknown      the IEP does not say who instructs, and the position does not settle it
 *
 * Evidence, strongest first:
 *   1. caseManager.roleOverride: the user's own statement, wins;
 *   2. each service's provider: 'cm' / 'other' when given; else providerName compared with
 *      the case manager's name (namesMatch); else a providerPosition that clearly differs
 *      from the case manager's position means someone else;
 *   3. the case manager's position, only for services whose provider is still unknown:
 *      an instructional position (SDC, RSP, resource, special education teacher, education
 *      specialist) establishes instruction when the student has 330/340/350; a non-teaching
 *      position (psychologist, counselor, social worker, nurse, OT, PT, program specialist,
 *      administrator, general education teacher, SLP without the Special Class Authorization)
 *      settles that the person does not instruct: support if they provide a service their
 *      position gives, else coordinator.
 * Absence of information never makes someone a coordinator: with unknown providers and no
 * telling position the role is unknown.
 */
import { isInstructionCode } from './data/services';
import { memoString } from './memo';
import { type ProviderEvidence, providerEvidence } from './names';
import { parseServiceCode } from './normalize';
import type { CaseManagerInfo, CaseService, ProviderRelation, Role } from './types';

export type PositionClass =
  | 'sdc-teacher'
  | 'rsp-teacher'
  | 'sped-teacher'
  | 'slp'
  | 'psychologist'
  | 'counselor'
  | 'social-worker'
  | 'nurse'
  | 'ot'
  | 'pt'
  | 'program-specialist'
  | 'administrator'
  | 'gen-ed-teacher';

const POSITION_PATTERNS: readonly [PositionClass, RegExp][] = [
  ['program-specialist', /\bprogram specialist\b/i],
  ['psychologist', /\bpsycholog(ist|y)\b|\bpsych\b/i],
  ['social-worker', /\bsocial work(er)?\b/i],
  ['counselor', /\bcounsel(l)?or\b/i],
  ['nurse', /\bnurse\b/i],
  ['ot', /\boccupational therap(ist|y)\b/i],
  // Abbreviations in capitals only: "pt" or "ot" in lower case are ordinary words.
  ['ot', /\bOTR?(\/L)?\b/],
  ['pt', /\bphysical therap(ist|y)\b/i],
  ['pt', /\bD?PT\b/],
  ['slp', /\bspeech\b|\bSLP\b|\blanguage patholog(ist|y)\b|\blanguage,? speech/i],
  ['sdc-teacher', /\bsdc\b|\bspecial day\b/i],
  ['rsp-teacher', /\brsp\b|\bresource\b/i],
  [
    'sped-teacher',
    /\bspecial (ed|education) teacher\b|\bsped teacher\b|\beducation specialist\b|\bed(\.)? specialist\b/i,
  ],
  ['gen-ed-teacher', /\bgen(eral)?\.? ?ed(ucation)? teacher\b|\bclassroom teacher\b/i],
  [
    'administrator',
    /\b(assistant |vice )?principal\b|\badministrator\b|\bdirector\b|\bsuperintendent\b|\bdean\b/i,
  ],
];

export function classifyPosition(position: string | undefined | null): PositionClass | null {
  if (!position) return null;
  return classifyCached(position);
}

/** A roster repeats a few dozen job titles: each is read once (titles only, never names). */
const classifyCached = memoString((position: string): PositionClass | null => {
  for (const [cls, re] of POSITION_PATTERNS) if (re.test(position)) return cls;
  return null;
}, 1024);

const INSTRUCTIONAL: ReadonlySet<PositionClass> = new Set([
  'sdc-teacher',
  'rsp-teacher',
  'sped-teacher',
]);

/** Services a non-teaching position gives (to tell support from coordinator). */
const POSITION_SERVICES: Partial<Record<PositionClass, readonly string[]>> = {
  slp: ['415'],
  psychologist: ['530', '510', '515'],
  counselor: ['510', '515'],
  'social-worker': ['525', '510', '515'],
  nurse: ['435', '436'],
  ot: ['450'],
  pt: ['460'],
};

const NONE: readonly string[] = [];

export function serviceCodeOf(s: CaseService): string {
  return parseServiceCode(s.code) ?? s.code.trim();
}

/** Who provides one service, relative to the case manager. */
export function providerRelation(s: CaseService, cm: CaseManagerInfo | null): ProviderRelation {
  return providerReading(s, cm).relation;
}

/** A service's provider as the engine read it: the relation, and from what. */
export interface ProviderReading {
  relation: ProviderRelation;
  /** Set when the relation comes from comparing names (not from `provider` or positions). */
  evidence?: ProviderEvidence;
}

const GIVEN: Record<ProviderRelation, ProviderReading> = {
  cm: { relation: 'cm' },
  other: { relation: 'other' },
  unknown: { relation: 'unknown' },
};

export function providerReading(s: CaseService, cm: CaseManagerInfo | null): ProviderReading {
  if (s.provider) return GIVEN[s.provider];
  if (s.providerName?.trim() && cm?.name?.trim()) {
    const evidence = providerEvidence(s.providerName, cm.name);
    // A name that is no one's (an agency, "To be assigned") leaves the positions to compare.
    if (evidence.relation !== 'unknown' || evidence.kind === 'person') {
      return { relation: evidence.relation, evidence };
    }
    const byPosition = relationByPosition(s, cm);
    return byPosition === 'unknown' ? { relation: 'unknown', evidence } : GIVEN[byPosition];
  }
  return GIVEN[relationByPosition(s, cm)];
}

/**
 * Positions tell people apart only when they differ in kind: two teaching positions (an "SDC
 * Teacher" provider, an "Education Specialist" case manager) can be one person's two titles.
 */
function relationByPosition(s: CaseService, cm: CaseManagerInfo | null): ProviderRelation {
  const theirs = classifyPosition(s.providerPosition);
  const mine = classifyPosition(cm?.position);
  if (!theirs || !mine || theirs === mine) return 'unknown';
  if (INSTRUCTIONAL.has(theirs) && INSTRUCTIONAL.has(mine)) return 'unknown';
  return 'other';
}

export interface RoleInference {
  role: Role;
  /** Why, in a few words (for the README's promise that the role is explainable). */
  basis: 'override' | 'providers' | 'position' | 'no-case-manager' | 'unknown';
  /** Services the case manager provides, by code, including those the position settles. */
  cmServices: readonly CaseService[];
  /** Instruction services whose provider stayed unknown. */
  unknownInstruction: readonly CaseService[];
  /**
   * The services were not shown and the position does not rule instruction out: the case
   * manager may instruct, so their coverage is judged as for an unknown provider.
   */
  instructionUnknown: boolean;
  /**
   * Instruction services whose provider was told from the case manager by comparing names,
   * with how: what a finding shows so a person can check the reading.
   */
  namedProviders: readonly { service: CaseService; name: string; evidence: ProviderEvidence }[];
}

/**
 * @param holdsSpecialClass the case manager holds a valid SLP Special Class Authorization, in
 *   which case an SLP position does not settle that they do not instruct (§9.2).
 */
export function inferRole(
  services: readonly CaseService[],
  cm: CaseManagerInfo | null,
  holdsSpecialClass = false,
  servicesShown = true,
): RoleInference {
  if (!cm) {
    return {
      role: 'unknown',
      basis: 'no-case-manager',
      cmServices: [],
      unknownInstruction: [],
      instructionUnknown: false,
      namedProviders: [],
    };
  }
  const position = classifyPosition(cm.position);
  const settlesNoInstruction =
    position !== null && !INSTRUCTIONAL.has(position) && !(position === 'slp' && holdsSpecialClass);
  const positionServices = position ? (POSITION_SERVICES[position] ?? NONE) : NONE;

  // One pass over the services, in their order: who provides each, by kind of service.
  const explicitCm: CaseService[] = [];
  const unknownInstr: CaseService[] = [];
  const byPosition: CaseService[] = [];
  let instructsCm = false;
  let othersCm = false;
  let unknownOthers = false;
  const namedProviders: RoleInference['namedProviders'][number][] = [];
  for (const s of services) {
    const code = serviceCodeOf(s);
    const reading = providerReading(s, cm);
    const r = reading.relation;
    const instruction = isInstructionCode(code);
    if (instruction && reading.evidence && s.providerName) {
      namedProviders.push({ service: s, name: s.providerName, evidence: reading.evidence });
    }
    if (r === 'cm') {
      explicitCm.push(s);
      if (instruction) instructsCm = true;
      else othersCm = true;
    } else if (r === 'unknown') {
      if (instruction) unknownInstr.push(s);
      else {
        unknownOthers = true;
        if (positionServices.includes(code)) byPosition.push(s);
      }
    }
  }

  const result = (role: Role, basis: RoleInference['basis'], cmServices: CaseService[]) => ({
    role,
    basis,
    cmServices,
    unknownInstruction: unknownInstr,
    instructionUnknown: false,
    namedProviders,
  });

  if (cm.roleOverride) {
    // The user's word: a coordinator gives no service; an instructor gives the unattributed instruction.
    const provided =
      cm.roleOverride === 'coordinator'
        ? []
        : cm.roleOverride === 'instruction'
          ? [...explicitCm, ...unknownInstr]
          : explicitCm;
    return result(cm.roleOverride, 'override', provided);
  }
  if (instructsCm) return result('instruction', 'providers', explicitCm);
  if (!servicesShown) {
    // Nothing is known of the services: not a coordinator by their absence (§9.2); a
    // non-teaching position still settles that the case manager does not instruct.
    return {
      ...result('unknown', 'unknown', explicitCm),
      instructionUnknown: !settlesNoInstruction,
    };
  }

  if (unknownInstr.length === 0) {
    if (othersCm) return result('support', 'providers', explicitCm);
    if (!unknownOthers) return result('coordinator', 'providers', []);
    if (position === null) return result('unknown', 'unknown', []);
    return byPosition.length > 0
      ? result('support', 'position', byPosition)
      : result('coordinator', 'position', []);
  }

  if (position !== null && INSTRUCTIONAL.has(position)) {
    return result('instruction', 'position', [...explicitCm, ...unknownInstr]);
  }
  if (settlesNoInstruction) {
    const provided = [...explicitCm, ...byPosition];
    return provided.length > 0
      ? result('support', explicitCm.length > 0 ? 'providers' : 'position', provided)
      : result('coordinator', 'position', []);
  }
  return result('unknown', 'unknown', explicitCm);
}

/**
 * Everything the rules need about one case, computed once: the student's disabilities and
 * grade, the case manager's resolved authorizations, the role, whether an alternate placement
 * is in effect, and the verdicts. Rules only read it, so each stays a few lines.
 */
import { isLowIncidence } from './data/disabilities';
import { isInstructionCode } from './data/services';
import { ageOn, gradeFromAge, isGrade } from './grades';
import { type ResolvedHeld, sharedHeld } from './held';
import { normalizeGrade, parseDisability, parseServiceCode } from './normalize';
import { inferRole, providerRelation, type RoleInference, serviceCodeOf } from './role';
import { type SettingKind, serviceSetting } from './settings';
import { compareStrings, sortInPlace } from './sort';
import type {
  CaseManagerInfo,
  CaseService,
  CaseStudent,
  ProviderRelation,
  StudentCase,
} from './types';
import {
  type InstructionVerdict,
  instructionVerdict,
  type ServiceVerdict,
  type StudentFacts,
  serviceVerdict,
} from './verdict';

export interface ServiceFact {
  service: CaseService;
  code: string;
  relation: ProviderRelation;
  setting: SettingKind | null;
}

export interface RuleContext {
  readonly case: StudentCase;
  readonly asOf: string;
  readonly primary: string | null;
  readonly secondary: string | null;
  /** Grade used for age checks; null when unknown or ungraded (no check, §9.7). */
  readonly grade: string | null;
  readonly student: StudentFacts;
  readonly cm: CaseManagerInfo | null;
  /** The case manager is named and in the roster or profile. */
  readonly cmKnown: boolean;
  readonly held: readonly ResolvedHeld[];
  readonly services: readonly ServiceFact[];
  readonly role: RoleInference;
  /** §9.9: documented, low-incidence primary, and a secondary disability. */
  readonly alternatePlacementInEffect: boolean;
  /** Settings of the instruction the case manager gives (or may give, when the role is unknown). */
  readonly instructionSettings: readonly (SettingKind | null)[];
  /** Verdict on instructing this student; null when it cannot be judged (no primary, unknown CM). */
  readonly instruction: InstructionVerdict | null;
  /** The same verdict for the secondary disability alone (for alternate-placement-unrecorded). */
  readonly secondaryInstruction: InstructionVerdict | null;
  /** Verdicts on the non-instruction services the case manager provides, by service code. */
  readonly serviceVerdicts: readonly { code: string; verdict: ServiceVerdict }[];
}

function disability(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return parseDisability(value);
}

const NO_HELD: readonly ResolvedHeld[] = Object.freeze([]);

/**
 * The grade the rules compare: the student's grade, else one their age settles (§9.7); null
 * when unknown or ungraded. The only way the engine reads grade, age and date of birth.
 */
export function effectiveGrade(student: CaseStudent, asOf: string): string | null {
  const raw = student.grade;
  // A grade already normalised (the CSV import and the scrapers give one) is its own reading.
  const g = raw ? (isGrade(raw) ? raw : normalizeGrade(raw)) : null;
  if (g) return isGrade(g) ? g : null;
  const age = student.age ?? (student.dateOfBirth ? ageOn(student.dateOfBirth, asOf) : null);
  return age === null || age === undefined ? null : gradeFromAge(age);
}

/**
 * A student's disability codes, one set per pair of codes: every case builds one, and there
 * are few pairs. Shared: read them, never change them.
 */
function codesOf(primary: string | null, secondary: string | null): ReadonlySet<string> {
  return sharedPair(CODE_SETS, primary, secondary, makeCodes);
}

function makeCodes(primary: string | null, secondary: string | null): ReadonlySet<string> {
  const codes = new Set<string>();
  if (primary !== null) codes.add(primary);
  if (secondary !== null) codes.add(secondary);
  return codes;
}

/** [a] or [a, b], one list per pair (disability codes judged). Shared: never change them. */
function listOf(a: string, b: string | null): readonly string[] {
  return sharedPair(LISTS, a, b, makeList);
}

function makeList(a: string | null, b: string | null): readonly string[] {
  return b === null ? [a ?? ''] : [a ?? '', b];
}

const CODE_SETS = new Map<string | null, Map<string | null, ReadonlySet<string>>>();
const LISTS = new Map<string | null, Map<string | null, readonly string[]>>();

/**
 * The value for a pair of disability codes, made once. Bounded: past a few hundred pairs (the
 * codes are CALPADS codes, a few dozen) a value is made anew each time.
 */
function sharedPair<V>(
  cache: Map<string | null, Map<string | null, V>>,
  a: string | null,
  b: string | null,
  make: (a: string | null, b: string | null) => V,
): V {
  let byB = cache.get(a);
  if (byB === undefined) {
    if (cache.size >= 256) return make(a, b);
    byB = new Map();
    cache.set(a, byB);
  }
  let v = byB.get(b);
  if (v === undefined) {
    if (byB.size >= 256) return make(a, b);
    v = make(a, b);
    byB.set(b, v);
  }
  return v;
}

function byCode(a: ServiceFact, b: ServiceFact): number {
  return compareStrings(a.code, b.code);
}

export function buildContext(c: StudentCase): RuleContext {
  const primary = disability(c.student.primary);
  const secondary = disability(c.student.secondary);
  const grade = effectiveGrade(c.student, c.asOf);
  const student: StudentFacts = { grade, codes: codesOf(primary, secondary) };
  const cm = c.caseManager;
  const cmKnown = cm?.known === true;
  const held = cm && cmKnown ? sharedHeld(cm.authorizations, c.asOf) : NO_HELD;

  let holdsSpecialClass = false;
  for (const h of held) {
    if (h.row?.key === 'SLP-SCA' && h.validity.state === 'valid') holdsSpecialClass = true;
  }
  const role = inferRole(c.services, cm, holdsSpecialClass, c.servicesShown !== false);
  const services: ServiceFact[] = new Array(c.services.length);
  for (let i = 0; i < services.length; i++) {
    const s = c.services[i] as CaseService;
    services[i] = {
      service: s,
      code: serviceCodeOf(s),
      relation: providerRelation(s, cm),
      setting: serviceSetting(s.setting, c.student.placement),
    };
  }
  sortInPlace(services, byCode);

  const alternatePlacementInEffect =
    c.student.alternatePlacement === true && isLowIncidence(primary) && secondary !== null;

  // The instruction judged is the case manager's own, or (role unknown) what they may give.
  const instructing =
    role.role === 'instruction'
      ? role.cmServices.filter((s) => isInstructionCode(serviceCodeOf(s)))
      : role.role === 'unknown'
        ? role.unknownInstruction
        : [];
  // Each service's setting is read once (services[].setting); these services are among them.
  const instructionSettings = instructing.map((s) => {
    const fact = services.find((f) => f.service === s);
    return fact ? fact.setting : serviceSetting(s.setting, c.student.placement);
  });
  const inResource = instructionSettings.includes('rsp');

  const judgeable =
    cmKnown &&
    primary !== null &&
    (role.role === 'instruction' || instructing.length > 0 || role.instructionUnknown);
  const targets =
    alternatePlacementInEffect && secondary
      ? listOf(primary ?? '', secondary)
      : listOf(primary ?? '', null);
  const instruction = judgeable ? instructionVerdict(held, targets, student, inResource) : null;
  const secondaryInstruction =
    judgeable && secondary
      ? instructionVerdict(held, listOf(secondary, null), student, inResource)
      : null;

  const provided: string[] = [];
  if (cmKnown) {
    for (const s of role.cmServices) {
      const code = serviceCodeOf(s);
      if (provided.includes(code)) continue;
      if (!isInstructionCode(code) && parseServiceCode(code) !== null) provided.push(code);
    }
    sortInPlace(provided, compareStrings);
  }
  const serviceVerdicts = provided.map((code) => ({ code, verdict: serviceVerdict(held, code) }));

  return {
    case: c,
    asOf: c.asOf,
    primary,
    secondary,
    grade,
    student,
    cm,
    cmKnown,
    held,
    services,
    role,
    alternatePlacementInEffect,
    instructionSettings,
    instruction,
    secondaryInstruction,
    serviceVerdicts,
  };
}

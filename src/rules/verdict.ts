/**
 * Verdicts on what the case manager holds, computed once per case and read by the rules.
 *
 * Instruction (§1.2, §9.1, §9.3, §9.4): every (authorization, disability) pair gets an outcome;
 * the case's verdict is the best outcome, in this order:
 *   authorized  >  needs-review  >  resource  >  out-of-range  >  expired  >  none
 * so "one finding per cause, the most specific", a U fact never yields an error, and adding an
 * authorization can only move the verdict up.
 */

import { type CoverageAnswer, rowCovers, verdictConditionText } from './coverage';
import { type AuthorizationRow, authorizationByKey } from './data/authorizations';
import { serviceByCode } from './data/services';
import { endKey } from './dates';
import { gradeIndex, inSpan } from './grades';
import { type ResolvedHeld, weakest } from './held';
import type { FactStatus } from './types';

export type Outcome = 'authorized' | 'weak' | 'out-of-range' | 'expired' | 'none';

/** Why an outcome rests on something a person must confirm (needs-review). */
export type WeakReason =
  | 'unconfirmed-fact'
  | 'era-unknown'
  | 'no-prerequisite'
  | 'unconfirmed-prerequisite'
  | 'not-yet-valid'
  | 'unrecognized';

export interface Candidate {
  held: ResolvedHeld;
  /** The concrete row judged (a variant for era-generic rows of unknown era: the first). */
  row: AuthorizationRow;
  /** Disability code it covers (or would cover). */
  target: string;
  outcome: Outcome;
  status: FactStatus;
  reason?: WeakReason;
  /** Plain-English conditions on an `authorized` outcome. */
  conditions: readonly string[];
  /** Serves in RSP only with a Resource Specialist authorization (§1.8). */
  ryan: boolean;
}

const ORDER: Record<Outcome, number> = {
  authorized: 0,
  weak: 1,
  'out-of-range': 2,
  expired: 3,
  none: 4,
};

export interface StudentFacts {
  grade: string | null;
  codes: ReadonlySet<string>;
}

function judgeRow(
  held: ResolvedHeld,
  row: AuthorizationRow,
  target: string,
  student: StudentFacts,
): Omit<Candidate, 'held' | 'row' | 'target'> {
  const answer: CoverageAnswer = rowCovers(row, target, held.era, student.codes);
  const ryan = row.kind === 'ryan';
  const none = { outcome: 'none' as const, status: 'confirmed' as const, conditions: [], ryan };
  if (answer.covers === 'no') return none;
  // Ages: an added authorization's are its prerequisite's (held.ages); else the row's.
  const ages = held.added || row.ages === 'prerequisite' ? held.ages : row.ages;
  const inRange = ages ? inSpan(student.grade, ages) : null;
  const v = held.validity;
  if (v.state === 'expired') {
    return inRange === false
      ? none
      : { outcome: 'expired', status: 'confirmed', conditions: [], ryan };
  }
  if (v.state === 'not-yet') {
    return {
      outcome: 'weak',
      status: 'unconfirmed',
      reason: 'not-yet-valid',
      conditions: [],
      ryan,
    };
  }
  if (v.state === 'no-prerequisite') {
    return {
      outcome: 'weak',
      status: 'unconfirmed',
      reason: 'no-prerequisite',
      conditions: [],
      ryan,
    };
  }
  if (inRange === false) {
    const status = answer.covers === 'yes' ? answer.status : 'unconfirmed';
    return { outcome: 'out-of-range', status, conditions: [], ryan };
  }
  if (answer.covers === 'era-unknown') {
    return { outcome: 'weak', status: 'unconfirmed', reason: 'era-unknown', conditions: [], ryan };
  }
  if (answer.status === 'unconfirmed') {
    return {
      outcome: 'weak',
      status: 'unconfirmed',
      reason: 'unconfirmed-fact',
      conditions: [],
      ryan,
    };
  }
  if (held.prerequisiteStatus === 'unconfirmed') {
    return {
      outcome: 'weak',
      status: 'unconfirmed',
      reason: 'unconfirmed-prerequisite',
      conditions: [],
      ryan,
    };
  }
  const conditions = answer.conditions
    .map((c) => verdictConditionText(c, target))
    .filter((c): c is string => c !== null);
  if (ages) conditions.push(`ages/grades: ${ages.label}`);
  conditions.push(...permitConditions(held, row));
  return {
    outcome: 'authorized',
    status: weakest(answer.status, held.prerequisiteStatus),
    conditions,
    ryan,
  };
}

const PERMIT_NAMES: Record<string, string> = {
  intern: 'an intern credential',
  pip: 'a Provisional Internship Permit',
  stsp: 'a Short-Term Staff Permit',
  selap: 'a Special Education Limited Assignment Permit',
  waiver: 'a waiver',
};

/** §6: permits, interns and waivers authorize with conditions and an end date. */
function permitConditions(held: ResolvedHeld, row: AuthorizationRow): string[] {
  if (!held.permit && row.kind !== 'permit') return [];
  const end = held.validity.state === 'valid' ? held.validity.until : undefined;
  const what = held.permit ? (PERMIT_NAMES[held.permit] ?? 'a permit') : 'a permit';
  const out = [
    `held under ${what}, with its conditions`,
    end ? `ends ${end}` : 'end date not on file',
  ];
  if (row.kind === 'permit') out.push('the permit must name this assignment');
  return out;
}

/** One held authorization against one disability; era-generic rows of unknown era try each variant (§9.5). */
export function judge(held: ResolvedHeld, target: string, student: StudentFacts): Candidate | null {
  if (!held.row) return null;
  const rows = held.variants
    .map((k) => authorizationByKey(k))
    .filter((r): r is AuthorizationRow => r !== undefined);
  if (rows.length === 0) return null;
  const judged = rows.map((row) => ({ row, ...judgeRow(held, row, target, student) }));
  const outcomes = new Set(judged.map((j) => j.outcome));
  const first = judged[0];
  if (!first) return null;
  if (outcomes.size === 1) {
    const status = weakest(...judged.map((j) => j.status));
    return { held, target, ...first, status };
  }
  // Variants disagree: the era decides and is unknown.
  if (outcomes.has('authorized') || outcomes.has('weak')) {
    return {
      held,
      target,
      // The generic row (MM, MS, ECSE-ANY): which variant it is, is the open question.
      row: held.row,
      outcome: 'weak',
      status: 'unconfirmed',
      reason: 'era-unknown',
      conditions: [],
      ryan: first.ryan,
    };
  }
  const best = [...judged].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome])[0] ?? first;
  return { held, target, ...best };
}

export type InstructionVerdict =
  | { kind: 'authorized'; best: Candidate }
  | {
      kind: 'needs-review';
      candidates: readonly Candidate[];
      unrecognized: readonly ResolvedHeld[];
    }
  | { kind: 'resource'; candidates: readonly Candidate[] }
  | { kind: 'out-of-range'; candidates: readonly Candidate[] }
  | { kind: 'expired'; candidates: readonly Candidate[] }
  | { kind: 'none' };

function untilOf(c: Candidate): string | undefined {
  return c.held.validity.state === 'valid' ? c.held.validity.until : undefined;
}

const STATUS_ORDER: Record<FactStatus, number> = { confirmed: 0, secondary: 1, unconfirmed: 2 };

/** §9.8: of several covering authorizations the one valid longest counts; then the surer fact. */
function byLongestValid(a: Candidate, b: Candidate): number {
  const ea = endKey(untilOf(a));
  const eb = endKey(untilOf(b));
  if (ea !== eb) return ea > eb ? -1 : 1;
  if (a.status !== b.status) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  return a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : a.target < b.target ? -1 : 1;
}

function byId(a: Candidate, b: Candidate): number {
  const ka = `${a.held.id}#${a.target}`;
  const kb = `${b.held.id}#${b.target}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * @param targets the primary disability, plus the secondary when an alternate placement is in effect (§9.9).
 * @param inResource the instruction is RSP (pull-out, push-in, full inclusion) (§9.10).
 */
export function instructionVerdict(
  held: readonly ResolvedHeld[],
  targets: readonly string[],
  student: StudentFacts,
  inResource: boolean,
): InstructionVerdict {
  const memo = verdictsOn(held);
  const key = instructionKey(targets, student, inResource);
  let v = memo.get(key) as InstructionVerdict | undefined;
  if (v === undefined) {
    v = computeInstructionVerdict(held, targets, student, inResource);
    remember(memo, key, v);
  }
  return v;
}

/**
 * The key of an instruction verdict: everything it reads besides the authorizations. A number
 * when the parts are few and known (one or two disabilities, a known grade), which is cheaper
 * to find than text; else text. Numbers and texts never collide as keys.
 */
function instructionKey(
  targets: readonly string[],
  student: StudentFacts,
  inResource: boolean,
): number | string {
  const grade = student.grade == null ? 16 : gradeIndex(student.grade);
  const codes = student.codes;
  if (grade !== null && targets.length <= 2 && codes.size <= 2) {
    const t0 = codeNumber(targets[0]);
    const t1 = codeNumber(targets[1]);
    let c0 = 0;
    let c1 = 0;
    for (const c of codes) {
      const n = codeNumber(c);
      if (c0 === 0) c0 = n;
      else c1 = n;
    }
    if (t0 >= 0 && t1 >= 0 && c0 >= 0 && c1 >= 0) {
      // The codes are a set: in ascending order.
      const lo = c1 !== 0 && c1 < c0 ? c1 : c0;
      const hi = c1 !== 0 && c1 < c0 ? c0 : c1;
      return (inResource ? 1 : 0) + 2 * grade + 64 * t0 + 4096 * t1 + 262144 * lo + 16777216 * hi;
    }
  }
  let key = `${inResource ? 'i1' : 'i0'}${student.grade == null ? '~' : `${student.grade.length}:${student.grade}`}|`;
  for (const t of targets) key += `${t.length}:${t},`;
  key += '|';
  if (codes.size <= 1) {
    for (const c of codes) key += `${c.length}:${c},`;
  } else {
    for (const c of [...codes].sort()) key += `${c.length}:${c},`;
  }
  return key;
}

/** Disability codes as numbers 1 to 63 for instructionKey (0: none); -1 past 63 codes. */
const CODE_NUMBERS = new Map<string, number>();

function codeNumber(code: string | undefined): number {
  if (code === undefined) return 0;
  let n = CODE_NUMBERS.get(code);
  if (n === undefined) {
    if (CODE_NUMBERS.size >= 63) return -1;
    n = CODE_NUMBERS.size + 1;
    CODE_NUMBERS.set(code, n);
  }
  return n;
}

/**
 * Verdicts already given on one resolved list of authorizations. resolveHeld shares one array
 * between every case with the same credentials and check date (held.ts), so one case manager's
 * students reuse the verdicts on their credentials. Keyed by that array (entries go with it)
 * and, inside, by everything else a verdict reads: disabilities, grade, setting, service code.
 * Verdicts are shared: read them, never change them.
 */
const VERDICTS_PER_HELD = 512;
const verdicts = new WeakMap<readonly ResolvedHeld[], Map<number | string, unknown>>();

/** The last list asked about: consecutive cases often share one (an audit goes by case manager). */
let lastHeld: readonly ResolvedHeld[] | undefined;
let lastMemo: Map<number | string, unknown> | undefined;

function verdictsOn(held: readonly ResolvedHeld[]): Map<number | string, unknown> {
  if (held === lastHeld && lastMemo !== undefined) return lastMemo;
  let memo = verdicts.get(held);
  if (memo === undefined) {
    memo = new Map();
    verdicts.set(held, memo);
  }
  lastHeld = held;
  lastMemo = memo;
  return memo;
}

function remember(memo: Map<number | string, unknown>, key: number | string, value: unknown): void {
  if (memo.size >= VERDICTS_PER_HELD) memo.clear();
  memo.set(key, value);
}

function computeInstructionVerdict(
  held: readonly ResolvedHeld[],
  targets: readonly string[],
  student: StudentFacts,
  inResource: boolean,
): InstructionVerdict {
  const candidates = held
    .flatMap((h) => targets.map((t) => judge(h, t, student)))
    .filter((c): c is Candidate => c !== null && c.outcome !== 'none');
  const rsaa = held.some((h) => h.row?.key === 'RSAA' && h.validity.state === 'valid');
  const blocked = (c: Candidate) => c.ryan && inResource && !rsaa;

  const authorized = candidates.filter((c) => c.outcome === 'authorized');
  const usable = authorized.filter((c) => !blocked(c)).sort(byLongestValid);
  if (usable[0]) return { kind: 'authorized', best: usable[0] };

  const weak = candidates.filter((c) => c.outcome === 'weak').sort(byId);
  const unrecognized = held.filter((h) => h.row === null);
  if (weak.length > 0 || unrecognized.length > 0) {
    return { kind: 'needs-review', candidates: weak, unrecognized };
  }
  if (authorized.length > 0) return { kind: 'resource', candidates: [...authorized].sort(byId) };
  const pick = (o: Outcome) => candidates.filter((c) => c.outcome === o).sort(byId);
  const outOfRange = pick('out-of-range');
  if (outOfRange.length > 0) return { kind: 'out-of-range', candidates: outOfRange };
  const expired = pick('expired');
  if (expired.length > 0) return { kind: 'expired', candidates: expired };
  return { kind: 'none' };
}

// ---------------------------------------------------------------------------------------------
// Support services (§1.3, §9.11)

export type ServiceVerdict =
  | { kind: 'no-requirement' }
  | { kind: 'authorized'; held: ResolvedHeld; status: FactStatus; until?: string }
  | { kind: 'needs-review'; reason: WeakReason; held?: ResolvedHeld }
  | { kind: 'expired'; held: readonly ResolvedHeld[] }
  | { kind: 'missing'; keys: readonly string[]; status: FactStatus };

function authorizesService(h: ResolvedHeld, code: string): FactStatus | null {
  if (!h.row) return null;
  const entry = h.row.services.find((s) => s.code === code);
  return entry ? entry.status : null;
}

export function serviceVerdict(held: readonly ResolvedHeld[], code: string): ServiceVerdict {
  const memo = verdictsOn(held);
  const key = `s${code}`;
  let v = memo.get(key) as ServiceVerdict | undefined;
  if (v === undefined) {
    v = computeServiceVerdict(held, code);
    remember(memo, key, v);
  }
  return v;
}

function computeServiceVerdict(held: readonly ResolvedHeld[], code: string): ServiceVerdict {
  const req = serviceByCode(code)?.requirement;
  if (!req || req.kind === 'none' || req.kind === 'instruction') return { kind: 'no-requirement' };
  if (req.kind === 'unconfirmed') {
    const plausible = held.some(
      (h) => h.validity.state === 'valid' && h.row && req.plausibleKeys.includes(h.row.key),
    );
    return plausible
      ? { kind: 'no-requirement' }
      : { kind: 'needs-review', reason: 'unconfirmed-fact' };
  }
  const holders = held
    .map((h) => ({ h, status: authorizesService(h, code) }))
    .filter((x): x is { h: ResolvedHeld; status: FactStatus } => x.status !== null);
  const valid = holders
    .filter((x) => x.h.validity.state === 'valid' && x.h.prerequisiteStatus !== 'unconfirmed')
    .sort((a, b) =>
      validEnd(a.h) > validEnd(b.h)
        ? -1
        : validEnd(a.h) < validEnd(b.h)
          ? 1
          : a.h.id < b.h.id
            ? -1
            : 1,
    );
  const best = valid[0];
  if (best) {
    const until = best.h.validity.state === 'valid' ? best.h.validity.until : undefined;
    const status = weakest(best.status, req.status);
    return until
      ? { kind: 'authorized', held: best.h, status, until }
      : { kind: 'authorized', held: best.h, status };
  }
  const pending = holders.find(
    (x) => x.h.validity.state === 'no-prerequisite' || x.h.validity.state === 'not-yet',
  );
  if (pending) {
    const reason = pending.h.validity.state === 'not-yet' ? 'not-yet-valid' : 'no-prerequisite';
    return { kind: 'needs-review', reason, held: pending.h };
  }
  const unconfirmedPrereq = holders.find((x) => x.h.prerequisiteStatus === 'unconfirmed');
  if (unconfirmedPrereq)
    return { kind: 'needs-review', reason: 'unconfirmed-prerequisite', held: unconfirmedPrereq.h };
  const expired = holders.filter((x) => x.h.validity.state === 'expired').map((x) => x.h);
  if (expired.length > 0) return { kind: 'expired', held: expired };
  if (held.some((h) => h.row === null)) return { kind: 'needs-review', reason: 'unrecognized' };
  return { kind: 'missing', keys: req.keys, status: req.status };
}

function validEnd(h: ResolvedHeld): string {
  return h.validity.state === 'valid' ? endKey(h.validity.until) : '0000-00-00';
}

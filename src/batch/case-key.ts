/**
 * A memo of the rule engine for large audits. Students with the same case (same grade,
 * disabilities, placement, services and the same case manager credentials) get the same
 * result, so the engine runs once per distinct case instead of once per student.
 *
 * The key holds every input the engine reads except what identifies the student: id, name and
 * date of birth, and the services' start and end dates (the engine does not read them; the
 * audit passes it only the services in effect on the check date). Date of birth is in the key
 * as the one thing the engine makes of it with the grade, the grade it compares
 * (effectiveGrade: the grade, else one the age settles). The audit looks a case up first by that
 * grade's class (rules/grade-classes.ts), where a result that does not name the grade is kept,
 * then by the grade itself.
 * Provider names are in the key as the relation they establish (`provider`, set by the audit
 * with namesMatch exactly as the engine would), but for a provider who only probably is the case
 * manager (an initial, a nickname): the engine's finding then names both, so the pair of names is
 * in the key (probableId). The case manager is in the key as their credentials,
 * position and whether they are known. test/batch/audit.test.ts checks that an audit with the
 * memo equals one without it.
 *
 * Results are kept by case manager (their credentials, as above), then by a number for the
 * student's part and the services' (each interned once per distinct value by the audit), so a
 * key is built without reading a name or a free-text cell. Equal results are kept once (see
 * set): most distinct cases get one of a few results.
 * The memo lives as long as one audit: it is not shared between runs.
 */

import type { CaseManagerInfo, CaseResult, Finding, ProviderRelation } from '../rules/types';

/** The relation in a service's number (see serviceKey): none set, 'cm', 'other', 'unknown'. */
const RELATION_CODE: Record<ProviderRelation, number> = { cm: 1, other: 2, unknown: 3 };

/** A service's part of a key: its number from serviceId and the provider relation set on it. */
export function serviceKey(service: number, relation: ProviderRelation | undefined): number {
  return service * 4 + (relation === undefined ? 0 : RELATION_CODE[relation]);
}

/** Pairs of service keys below it are numbered by a number (CaseMemo.list). */
const PAIR_BASE = 2 ** 26;

/** How many results of one shape (shapeOf) a new one is compared with. */
const PEERS_COMPARED = 8;

export class CaseMemo {
  /** Results by case manager (managerId), then by case (key). */
  private readonly results = new Map<number, Map<number, CaseResult>>();
  private current = new Map<number, CaseResult>();
  /** Results kept, by shape (shapeOf), to share equal ones (see set). */
  private readonly kept = new Map<number, CaseResult[]>();
  private readonly managers = new WeakMap<CaseManagerInfo, number>();
  private readonly managerIds = new Map<string, number>();
  private readonly serviceIds = new Map<string, number>();
  /** Lists of services by number: 0 for none, then one service (by serviceKey) or several. */
  private readonly singles = new Map<number, number>();
  /** Lists of two services by a number made of both (most students have one or two). */
  private readonly pairs = new Map<number, number>();
  private readonly lists = new Map<string, number>();
  private listCount = 1;
  hits = 0;
  misses = 0;

  /** @param students how many numbers `key` may be given for a student (0 to students - 1). */
  constructor(private readonly students: number) {}

  /** Makes get and set work on the cases of this case manager. */
  forManager(cm: CaseManagerInfo | null): void {
    const id = this.managerId(cm);
    let results = this.results.get(id);
    if (results === undefined) {
      results = new Map();
      this.results.set(id, results);
    }
    this.current = results;
  }

  get(key: number): CaseResult | undefined {
    const result = this.current.get(key);
    if (result !== undefined) this.hits++;
    return result;
  }

  /**
   * Stores the engine's result for a key; returns the result to use: an equal one already
   * kept, or a compact copy of this one. Most distinct cases get one of a few results, and a
   * large audit's results outlive many young-generation collections, each one copying them:
   * sharing keeps one copy of each, with its texts flat rather than in the many pieces a
   * message is built from.
   */
  set(key: number, result: CaseResult): CaseResult {
    this.misses++;
    const shape = shapeOf(result);
    let peers = this.kept.get(shape);
    if (peers === undefined) {
      peers = [];
      this.kept.set(shape, peers);
    }
    let kept: CaseResult | undefined;
    for (const peer of peers) {
      if (sameResult(peer, result)) {
        kept = peer;
        break;
      }
    }
    if (kept === undefined) {
      kept = compactResult(result);
      if (peers.length < PEERS_COMPARED) peers.push(kept);
    }
    this.current.set(key, kept);
    return kept;
  }

  /**
   * The key of a case of the current case manager from its parts: `student` a number for what
   * the engine reads of the student (disabilities, alternate placement, placement, and the grade
   * compared or its class), below the constructor's `students`; `list` the number `list` gave
   * for its services. Lists and students are numbered densely, each fewer than the students of
   * the file, so keys stay exact integers. Within one audit every student's services come from
   * the same place (the services file, or the placement when there is none), so the key need
   * not say which.
   */
  key(student: number, list: number): number {
    return list * this.students + student;
  }

  /** The number of a list of services, `services[0…count)` from serviceKey in any order (sorted in place). */
  list(services: number[], count: number): number {
    if (count === 0) return 0;
    if (count === 1) {
      const only = services[0] as number;
      let id = this.singles.get(only);
      if (id === undefined) {
        id = this.listCount++;
        this.singles.set(only, id);
      }
      return id;
    }
    // In ascending order (insertion sort: a student has a few services).
    for (let i = 1; i < count; i++) {
      const id = services[i] as number;
      let j = i - 1;
      for (; j >= 0 && (services[j] as number) > id; j--) services[j + 1] = services[j] as number;
      services[j + 1] = id;
    }
    if (count === 2) {
      const a = services[0] as number;
      const b = services[1] as number;
      // Both below 2^26 (serviceKey: four per distinct service), so the pair is an exact number.
      if (b < PAIR_BASE) {
        const pair = a * PAIR_BASE + b;
        let id = this.pairs.get(pair);
        if (id === undefined) {
          id = this.listCount++;
          this.pairs.set(pair, id);
        }
        return id;
      }
    }
    let k = `${services[0]}`;
    for (let i = 1; i < count; i++) k += `,${services[i]}`;
    let id = this.lists.get(k);
    if (id === undefined) {
      id = this.listCount++;
      this.lists.set(k, id);
    }
    return id;
  }

  /**
   * The number of a service of the services file from the fields the engine reads of the
   * CaseService the audit makes of it (the setting from location and delivery; not the provider's
   * name, which serviceKey stands for by its relation). Keyed on location and delivery apart,
   * which is finer than the setting they make: equal numbers still mean equal services.
   */
  serviceId(
    code: string,
    name: string | undefined,
    location: string | undefined,
    delivery: string | undefined,
    providerPosition: string | undefined,
  ): number {
    const k = `${part(code)}${part(name)}${part(location)}${part(delivery)}${part(providerPosition)}`;
    let id = this.serviceIds.get(k);
    if (id === undefined) {
      id = this.serviceIds.size;
      this.serviceIds.set(k, id);
    }
    return id;
  }

  /**
   * The number of a service (serviceId's `service`) whose provider only probably matches the
   * case manager: the engine's finding then names both, so each pair of names is its own.
   */
  probableId(service: number, provider: string, caseManager: string | null | undefined): number {
    const k = `p${service}|${part(provider)}${part(caseManager)}`;
    let id = this.serviceIds.get(k);
    if (id === undefined) {
      id = this.serviceIds.size;
      this.serviceIds.set(k, id);
    }
    return id;
  }

  private managerId(cm: CaseManagerInfo | null): number {
    if (cm === null) return -1;
    let id = this.managers.get(cm);
    if (id === undefined) {
      let k = `${cm.known}|${Boolean(cm.name?.trim())}|${part(cm.position)}${part(cm.roleOverride)}`;
      for (const a of cm.authorizations) {
        k += `|${part(a.key)}${part(a.text)}${part(a.issued)}${part(a.expires)}`;
      }
      // The finding for a name the roster holds twice names the case manager and the lines.
      if (cm.rosterMatches) {
        k += `|${part(cm.name)}`;
        for (const m of cm.rosterMatches)
          k += `|${part(m.name)}${part(String(m.line))}${part(m.email)}`;
      }
      id = this.managerIds.get(k);
      if (id === undefined) {
        id = this.managerIds.size;
        this.managerIds.set(k, id);
      }
      this.managers.set(cm, id);
    }
    return id;
  }
}

/**
 * A number from a result's lengths and a few characters of its short texts: equal results have
 * equal shapes, and results of one shape are few enough to compare.
 */
function shapeOf(r: CaseResult): number {
  let h = r.findings.length * 31 + r.status.length * 7 + r.role.length;
  for (const f of r.findings) {
    h = Math.imul(h, 31) + f.message.length;
    h = Math.imul(h, 31) + f.rule.length * 5 + f.severity.length;
    if (f.until !== undefined) h = Math.imul(h, 31) + textHash(f.until);
    if (f.authorization !== undefined) h = Math.imul(h, 31) + textHash(f.authorization);
    if (f.fixes !== undefined) h = Math.imul(h, 31) + f.fixes.length;
  }
  return h | 0;
}

/** The last few characters of a short text (a date's day and month, a key). */
function textHash(text: string): number {
  let h = text.length;
  for (let i = Math.max(0, text.length - 6); i < text.length; i++) {
    h = Math.imul(h, 31) + text.charCodeAt(i);
  }
  return h;
}

/** A copy of a result with its findings' texts flat (properties in the same order). */
function compactResult(r: CaseResult): CaseResult {
  return {
    ...r,
    findings: r.findings.map((f) => {
      const copy = { ...f, message: flat(f.message) };
      if (f.fixes !== undefined) copy.fixes = f.fixes.map(flat);
      return copy;
    }),
  };
}

/**
 * A text in one piece: a message is built of many, and a string made by concatenation is
 * flattened into a new string when sliced.
 */
function flat(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * Deep equality of two results, with properties in the same order (so JSON output is the same
 * too). The fields the engine sets are compared directly, any others as plain data.
 */
function sameResult(a: CaseResult, b: CaseResult): boolean {
  if (a.status !== b.status || a.role !== b.role) return false;
  const fa = a.findings;
  const fb = b.findings;
  if (fa.length !== fb.length) return false;
  for (let i = 0; i < fa.length; i++) {
    const x = fa[i] as Finding;
    const y = fb[i] as Finding;
    if (
      x.rule !== y.rule ||
      x.severity !== y.severity ||
      x.status !== y.status ||
      x.until !== y.until ||
      x.authorization !== y.authorization ||
      x.serviceCode !== y.serviceCode ||
      x.source !== y.source ||
      x.message !== y.message ||
      !sameContent(x.fixes, y.fixes) ||
      !sameRest(x, y, FINDING_FIELDS, 1)
    ) {
      return false;
    }
  }
  return sameRest(a, b, RESULT_FIELDS, 0);
}

const RESULT_FIELDS: ReadonlySet<string> = new Set(['status', 'role', 'findings']);
const FINDING_FIELDS: ReadonlySet<string> = new Set([
  'rule',
  'severity',
  'message',
  'source',
  'status',
  'fixes',
  'authorization',
  'serviceCode',
  'until',
]);

/** Same properties in the same order, those not `compared` already equal (sameContent). */
function sameRest(a: object, b: object, compared: ReadonlySet<string>, depth: number): boolean {
  const keys = keysAt(depth);
  let n = 0;
  for (const k in a) keys[n++] = k;
  let i = 0;
  for (const k in b) {
    if (i === n || keys[i] !== k) return false;
    if (
      !compared.has(k) &&
      !sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1)
    ) {
      return false;
    }
    i++;
  }
  return i === n;
}

/** Deep equality of plain data, with properties in the same order. */
function sameContent(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContent(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  return sameRest(a, b, NONE, depth);
}

const NONE: ReadonlySet<string> = new Set();

/** A reused list of an object's keys for each depth of a comparison. */
function keysAt(depth: number): string[] {
  let keys = KEYS[depth];
  if (keys === undefined) {
    keys = [];
    KEYS[depth] = keys;
  }
  return keys;
}

const KEYS: string[][] = [];

/** One key field, length-prefixed so that no text can forge another key; null and undefined apart. */
function part(x: string | null | undefined): string {
  return x === undefined ? '~' : x === null ? '!' : `${x.length}:${x}`;
}

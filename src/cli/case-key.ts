/**
 * A memo of the rule engine for large audits. Students with the same case (same grade,
 * disabilities, placement, services and the same case manager credentials) get the same
 * result, so the engine runs once per distinct case instead of once per student.
 *
 * The key holds every input the engine reads except what identifies the student: id, name and
 * date of birth, and the services' start and end dates (the engine does not read them; the
 * audit passes it only the services in effect on the check date). Grade, age and date of birth
 * are in the key as the one thing the engine makes of them, the grade it compares
 * (effectiveGrade: the grade, else one the age settles).
 * Provider names are in the key as the relation they establish (`provider`, set by the audit
 * with namesMatch exactly as the engine would), and the case manager as their credentials,
 * position and whether they are known. test/cli/audit.test.ts checks that an audit with the
 * memo equals one without it.
 *
 * The memo lives as long as one audit: it is not shared between runs.
 */

import { effectiveGrade } from '../rules/context';
import type {
  CaseManagerInfo,
  CaseResult,
  CaseService,
  CaseStudent,
  StudentCase,
} from '../rules/types';

/** One key field: undefined and null kept apart from any text. */
function part(x: string | number | boolean | null | undefined): string {
  return x === undefined ? '\u0001' : x === null ? '\u0004' : String(x);
}

/** What the engine reads of a service (not its dates, not the provider's name: see above). */
export type ServiceParts = Pick<
  CaseService,
  'code' | 'name' | 'setting' | 'provider' | 'providerPosition'
>;

function serviceKey(v: ServiceParts): string {
  return `S${v.code}\u0002${part(v.name)}\u0002${part(v.setting)}\u0002${part(v.provider)}\u0002${part(v.providerPosition)}`;
}

export class CaseMemo {
  private readonly results = new Map<string, CaseResult>();
  /** Interned parts, so that keys stay short: one number per case manager and per service. */
  private readonly managers = new WeakMap<CaseManagerInfo, number>();
  private readonly managerIds = new Map<string, number>();
  private readonly services = new WeakMap<CaseService, number>();
  private readonly serviceIds = new Map<string, number>();
  private readonly studentIds = new Map<string, number>();
  hits = 0;
  misses = 0;

  constructor(private readonly evaluate: (c: StudentCase) => CaseResult) {}

  run(c: StudentCase): CaseResult {
    return this.runKeyed(this.key(c), () => c);
  }

  /**
   * The result for a case named by its key (see `caseKey`); `build` makes the case only when
   * the engine must run. Lets an audit skip building cases it has already seen.
   */
  runKeyed(key: string, build: () => StudentCase): CaseResult {
    let result = this.results.get(key);
    if (result === undefined) {
      this.misses++;
      result = this.evaluate(build());
      this.results.set(key, result);
    } else {
      this.hits++;
    }
    return result;
  }

  key(c: StudentCase): string {
    const ids = new Array<number>(c.services.length);
    for (let i = 0; i < ids.length; i++) ids[i] = this.serviceId(c.services[i] as CaseService);
    return this.caseKey(
      c.asOf,
      c.caseManager,
      this.studentId(c.student, c.asOf),
      ids,
      c.disabledRules,
    );
  }

  /**
   * The key of a case from its parts: `student` from studentId, `services` from serviceId or
   * servicePartsId (any order; the array is sorted in place).
   */
  caseKey(
    asOf: string,
    caseManager: CaseManagerInfo | null,
    student: number,
    services: number[],
    disabledRules?: readonly string[],
  ): string {
    // In ascending order (insertion sort: a student has a few services).
    for (let i = 1; i < services.length; i++) {
      const id = services[i] as number;
      let j = i - 1;
      for (; j >= 0 && (services[j] as number) > id; j--) services[j + 1] = services[j] as number;
      services[j + 1] = id;
    }
    let list = '';
    for (let i = 0; i < services.length; i++)
      list += i === 0 ? `${services[i]}` : `,${services[i]}`;
    const disabled = disabledRules && disabledRules.length > 0 ? disabledRules.join(',') : '';
    return `${asOf}\u0005${this.managerId(caseManager)}\u0005${student}\u0005${list}\u0005${disabled}`;
  }

  /** What the engine reads of the student, as a number: grade compared, disabilities, placement. */
  studentId(s: CaseStudent, asOf: string): number {
    const k =
      `${part(effectiveGrade(s, asOf))}\u0005${part(s.primary)}\u0005${part(s.secondary)}` +
      `\u0005${part(s.alternatePlacement)}\u0005${part(s.placement)}`;
    let id = this.studentIds.get(k);
    if (id === undefined) {
      id = this.studentIds.size;
      this.studentIds.set(k, id);
    }
    return id;
  }

  /** A service's number; the same service object is read once (do not change it after). */
  serviceId(v: CaseService): number {
    let id = this.services.get(v);
    if (id === undefined) {
      id = this.servicePartsId(v);
      this.services.set(v, id);
    }
    return id;
  }

  /**
   * The number of a service of the services file, from the fields its CaseService is made of
   * (the audit's toCaseService): setting from location and delivery, provider the relation set.
   * Keyed on location and delivery apart, which is finer than the setting they make: equal keys
   * still mean equal services for the engine.
   */
  recordId(
    code: string,
    name: string | undefined,
    location: string | undefined,
    delivery: string | undefined,
    provider: CaseService['provider'],
    providerPosition: string | undefined,
  ): number {
    const k = `R${code}\u0002${part(name)}\u0002${part(location)}\u0002${part(delivery)}\u0002${part(provider)}\u0002${part(providerPosition)}`;
    let id = this.serviceIds.get(k);
    if (id === undefined) {
      id = this.serviceIds.size;
      this.serviceIds.set(k, id);
    }
    return id;
  }

  /** The number of a service from the fields the engine reads, without building the service. */
  servicePartsId(v: ServiceParts): number {
    const k = serviceKey(v);
    let id = this.serviceIds.get(k);
    if (id === undefined) {
      id = this.serviceIds.size;
      this.serviceIds.set(k, id);
    }
    return id;
  }

  managerId(cm: CaseManagerInfo | null): number {
    if (cm === null) return -1;
    let id = this.managers.get(cm);
    if (id === undefined) {
      const k = JSON.stringify([
        cm.known,
        Boolean(cm.name?.trim()),
        cm.position ?? null,
        cm.roleOverride ?? null,
        cm.authorizations.map((a) => [
          a.key ?? null,
          a.text ?? null,
          a.issued ?? null,
          a.expires ?? null,
        ]),
      ]);
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

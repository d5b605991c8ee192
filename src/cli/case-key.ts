/**
 * A memo of the rule engine for large audits. Students with the same case (same grade,
 * disabilities, placement, services and the same case manager credentials) get the same
 * result, so the engine runs once per distinct case instead of once per student.
 *
 * The key holds every input the engine reads except what identifies the student: id, name and
 * date of birth (the engine reads the date of birth only for the age, which is in the key), and
 * the services' start and end dates (the engine does not read them; the audit passes it only
 * the services in effect on the check date).
 * Provider names are in the key as the relation they establish (`provider`, set by the audit
 * with namesMatch exactly as the engine would), and the case manager as their credentials,
 * position and whether they are known. test/cli/audit.test.ts checks that an audit with the
 * memo equals one without it.
 */

import { ageOn } from '../rules/grades';
import type { CaseManagerInfo, CaseResult, CaseService, StudentCase } from '../rules/types';

/** One key field: undefined and null kept apart from any text. */
function part(x: string | number | boolean | null | undefined): string {
  return x === undefined ? '\u0001' : x === null ? '\u0004' : String(x);
}

/** What the engine reads of a service (not its dates, not the provider's name: see above). */
function serviceKey(v: CaseService): string {
  return `${v.code}\u0002${part(v.name)}\u0002${part(v.setting)}\u0002${part(v.provider)}\u0002${part(v.providerPosition)}`;
}

export class CaseMemo {
  private readonly results = new Map<string, CaseResult>();
  /** Interned parts, so that keys stay short: one number per case manager and per service. */
  private readonly managers = new WeakMap<CaseManagerInfo, number>();
  private readonly managerIds = new Map<string, number>();
  private readonly serviceIds = new Map<string, number>();
  hits = 0;
  misses = 0;

  constructor(private readonly evaluate: (c: StudentCase) => CaseResult) {}

  run(c: StudentCase): CaseResult {
    const key = this.key(c);
    let result = this.results.get(key);
    if (result === undefined) {
      this.misses++;
      result = this.evaluate(c);
      this.results.set(key, result);
    } else {
      this.hits++;
    }
    return result;
  }

  key(c: StudentCase): string {
    const s = c.student;
    const age = s.age ?? (s.dateOfBirth ? ageOn(s.dateOfBirth, c.asOf) : null);
    let services = '';
    if (c.services.length === 1) services = String(this.serviceId(c.services[0] as CaseService));
    else if (c.services.length > 1) {
      services = c.services
        .map((v) => this.serviceId(v))
        .sort((a, b) => a - b)
        .join(',');
    }
    return (
      `${c.asOf}\u0005${this.managerId(c.caseManager)}\u0005${part(s.grade)}\u0005${part(age)}` +
      `\u0005${part(s.primary)}\u0005${part(s.secondary)}\u0005${part(s.alternatePlacement)}` +
      `\u0005${part(s.placement)}\u0005${services}\u0005${(c.disabledRules ?? []).join(',')}`
    );
  }

  private serviceId(v: CaseService): number {
    const k = serviceKey(v);
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

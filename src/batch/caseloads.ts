/**
 * Caseloads (REFERENCE.md §8): who carries how many students, from the same exports the audit
 * reads. Each person gets
 *   - their case-management caseload: the students naming them as case manager;
 *   - their service caseload: the students they give resource specialist instruction to
 *     (service 330/340/350 in a resource setting) or speech and language services to (415);
 *   - the credential verdicts of those students, from the audit.
 * The count held to a limit is the resource specialist caseload (28, EC 56362(c)), else the
 * speech caseload (55 on average, 40 for a specialist serving only children aged 3 to 5,
 * EC 56363.3, 56441.7), else the case-management caseload, which the law does not limit.
 *
 * People are the same person whatever order their name is written in: a name the roster knows
 * is that staff member (rules/names.ts findStaff, through people.ts's index: either order,
 * middle initials, suffixes);
 * any other name is grouped by its order-free key (csv/ids.ts nameKey).
 */

import { inForce } from '../check/services-in-force';
import { ID_KINDS, nameKey } from '../csv/ids';
import type { CsvProblem } from '../csv/problems';
import type { ServiceRecord } from '../csv/services';
import type { StudentRecord } from '../csv/students';
import {
  ageOn,
  type CaseloadLimits,
  type CaseloadRole,
  caseloadLimit,
  checkCaseload,
  classifyPosition,
  isInstructionCode,
  serviceSetting,
} from '../rules';
import type { Finding, StaffMember, StudentStatus } from '../rules/types';
import { StaffIndex } from './people';

export type CaseloadKind = Exclude<CaseloadRole, 'sdc' | 'other'> | 'case-manager';

export interface PersonCaseload {
  name: string;
  /** What `count` and `limit` are about. */
  role: CaseloadKind;
  count: number;
  /** The limit that applies, or null when the law sets none. */
  limit: number | null;
  findings: Finding[];
  /** The roster's position, when the roster knows the person. */
  position?: string;
  /** Students naming this person as case manager. */
  caseManaged: number;
  /** Students receiving resource specialist instruction from this person. */
  resource: number;
  /** Students receiving speech and language services from this person. */
  speech: number;
  /** A speech caseload of children aged 3 to 5 only (the limit is then 40). */
  preschoolOnly: boolean;
  /** The credential verdicts of all this person's students (case-managed or served). */
  verdicts: Record<StudentStatus, number>;
}

export interface CaseloadInput {
  students: readonly StudentRecord[];
  /** The audit's status of each student, in the same order. */
  statuses: readonly StudentStatus[];
  services: readonly ServiceRecord[];
  roster: readonly StaffMember[];
  asOf: string;
  limits?: Partial<CaseloadLimits>;
}

const SPEECH = '415';

interface Tally {
  name: string;
  position?: string;
  caseManaged: Set<number>;
  resource: Set<number>;
  speech: Set<number>;
}

/**
 * Aged 3 to 5 on the check date, by birth date, else by a preschool grade; undefined when the
 * export says neither (the stricter preschool limit is then not applied: no false error).
 */
function preschoolAge(s: StudentRecord, asOf: string): boolean | undefined {
  const age = s.dateOfBirth ? ageOn(s.dateOfBirth, asOf) : null;
  if (age !== null) return age >= 3 && age <= 5;
  if (s.grade === 'PS') return true;
  if (s.grade) return false;
  return undefined;
}

export function tallyCaseloads(input: CaseloadInput): PersonCaseload[] {
  const people = new Map<string, Tally>();
  const staff = new StaffIndex(input.roster);
  const place = new Map(input.roster.map((member, i) => [member, i]));
  const person = (written: string): Tally => {
    const member = staff.find(written);
    const key = member ? `staff:${place.get(member)}` : `name:${nameKey(written)}`;
    let tally = people.get(key);
    if (!tally) {
      tally = {
        name: member?.name ?? written,
        caseManaged: new Set(),
        resource: new Set(),
        speech: new Set(),
      };
      if (member?.position) tally.position = member.position;
      people.set(key, tally);
    }
    return tally;
  };

  // Students by each id they carry and by name, for the services naming them.
  const byId = new Map<string, number>();
  input.students.forEach((s, i) => {
    for (const kind of ID_KINDS) {
      const id = s.ids[kind];
      if (id && !byId.has(`${kind}:${id}`)) byId.set(`${kind}:${id}`, i);
    }
    if (s.name && !byId.has(`name:${nameKey(s.name)}`)) byId.set(`name:${nameKey(s.name)}`, i);
    if (s.caseManager) person(s.caseManager).caseManaged.add(i);
  });
  const studentOf = (r: ServiceRecord): number | undefined => {
    for (const kind of ID_KINDS) {
      const id = r.studentIds[kind];
      const found = id ? byId.get(`${kind}:${id}`) : undefined;
      if (found !== undefined) return found;
    }
    return r.studentName ? byId.get(`name:${nameKey(r.studentName)}`) : undefined;
  };

  for (const r of input.services) {
    // A caseload is who is served on the date: only services in force count, with no fallback to
    // the IEP as written (that fallback is for a verdict, which must not lose a service).
    if (!inForce(r.start, r.end, input.asOf) || !r.providerName) continue;
    const student = studentOf(r);
    if (student === undefined) continue;
    if (r.code === SPEECH) {
      person(r.providerName).speech.add(student);
    } else if (
      isInstructionCode(r.code) &&
      (serviceSetting(r.location, input.students[student]?.placement) === 'rsp' ||
        classifyPosition(r.providerPosition) === 'rsp-teacher')
    ) {
      person(r.providerName).resource.add(student);
    }
  }

  return [...people.values()].map((t) => summarize(t, input));
}

function summarize(t: Tally, input: CaseloadInput): PersonCaseload {
  const verdicts: Record<StudentStatus, number> = { violation: 0, review: 0, ok: 0 };
  for (const i of new Set([...t.caseManaged, ...t.resource, ...t.speech])) {
    const status = input.statuses[i];
    if (status) verdicts[status]++;
  }
  const ages = [...t.speech].map((i) => {
    const s = input.students[i];
    return s ? preschoolAge(s, input.asOf) : undefined;
  });
  const preschoolOnly = ages.length > 0 && ages.every((a) => a === true);
  const [role, count]: [CaseloadKind, number] =
    t.resource.size > 0
      ? ['resource-specialist', t.resource.size]
      : t.speech.size > 0
        ? ['speech', t.speech.size]
        : ['case-manager', t.caseManaged.size];
  const limited = role === 'case-manager' ? null : { role, preschoolOnly, limits: input.limits };
  const out: PersonCaseload = {
    name: t.name,
    role,
    count,
    limit: limited ? caseloadLimit(limited) : null,
    findings: limited ? checkCaseload({ ...limited, count }) : [],
    caseManaged: t.caseManaged.size,
    resource: t.resource.size,
    speech: t.speech.size,
    preschoolOnly,
    verdicts,
  };
  if (t.position) out.position = t.position;
  return out;
}

/** Heaviest load against its limit first, then by count, then by name. */
export function byLoad(a: PersonCaseload, b: PersonCaseload): number {
  const load = (p: PersonCaseload) => (p.limit ? p.count / p.limit : 0);
  return load(b) - load(a) || b.count - a.count || a.name.localeCompare(b.name);
}

/** The caseloads of an export, heaviest first, as every output format sees them. */
export interface CaseloadsOutcome {
  asOf: string;
  /** The limits the people were held to: the law's, or the district's own (--rsp-limit…). */
  limits: CaseloadLimits;
  people: PersonCaseload[];
  /** Problems that did not stop the audit the caseloads were counted from. */
  warnings: CsvProblem[];
}

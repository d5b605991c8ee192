/**
 * The audit of an export: read the students (and optionally services and roster) files, join
 * them and run the rule engine on every student. No files and no printing: the command line
 * (cli/commands/audit.ts) and the audit page's worker both call runAudit.
 *
 * Speed (bench/bench.ts measures it against papaparse's bare parse of the same files): one pass
 * per file with rows read one at a time (csv/rows.ts; the command reads each file in pieces,
 * csv/chunked.ts) and every cell normalisation cached by
 * distinct value. No file's records are kept: the roster is read first, then each student is
 * kept as what the report and the engine need of it (Roll), then each service is joined to its
 * student as it is read (join.ts) and kept as a number for its distinct fields plus its own
 * dates (ServiceLinks). A large export's records would otherwise outlive many young-generation
 * collections, each one copying them. One roster lookup per distinct case manager name, one
 * provider comparison per case manager and distinct service, and the engine once per distinct
 * case (case-key.ts), taking the students one case manager at a time so that the engine's
 * caches on credentials stay warm.
 */

import { lookUpCaseManager } from '../check/case-manager';
import { inForce } from '../check/services-in-force';
import { type ByteSource, isByteSource } from '../csv/chunked';
import { type CsvProblem, formatProblem, type ReadSummary } from '../csv/problems';
import { type RosterMember, readRoster } from '../csv/roster';
import { eachService, type ServiceRecord } from '../csv/services';
import { eachStudent, type StudentRecord } from '../csv/students';
import { evaluateCase, namesGrade } from '../rules';
import type {
  CaseManagerInfo,
  CaseResult,
  CaseService,
  ProviderRelation,
  Role,
  RuleId,
  StaffMember,
  StudentCase,
} from '../rules/types';
import { CaseMemo, serviceKey } from './case-key';
import { InputError } from './input-error';
import { ServiceJoin } from './join';
import { NameMatcher, StaffIndex } from './people';
import { type AuditReport, type AuditRow, countStatuses } from './report';
import { Roll } from './roll';

export interface AuditInput {
  students: InputFile;
  services?: InputFile;
  roster?: InputFile;
  asOf: string;
  /**
   * The extension's settings, applied as every page check applies them: the saved roster (when
   * no roster file is given), the user's own profile, which wins for the user's own name, and
   * the rules switched off by the user or the district.
   */
  staff?: { file: string; members: readonly StaffMember[] };
  profile?: StaffMember | null;
  disabledRules?: readonly RuleId[];
  /** Run the engine once per distinct case (default true; see case-key.ts). */
  memo?: boolean;
  /** The rule engine (default evaluateCase); the benchmark swaps it to time the rest. */
  engine?: (c: StudentCase) => CaseResult;
  /** Told how many students are checked, every 1,024 and at the end (the audit page's bar). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Handed every record as it is read, in file order, for a caller that needs them whole (the
   * caseloads tally): the audit itself keeps only what it needs of each, and reads each file once.
   */
  records?: RecordTaps;
}

/**
 * One input: its name for messages, and its bytes or text, or a function that reads them when
 * the audit comes to that file. Read that way, each file's bytes are garbage once its records
 * are read: a statewide export's three files are never all in memory at once.
 */
export interface InputFile {
  file: string;
  data: Uint8Array | string | (() => Uint8Array | string) | ByteSource;
}

/** A file read whole (the roster, which is small). */
function contentOf(input: InputFile): Uint8Array | string {
  const data = input.data;
  if (typeof data === 'function') return data();
  return isByteSource(data) ? data.bytes() : data;
}

export interface RecordTaps {
  student(record: StudentRecord): void;
  service(record: ServiceRecord): void;
  roster(members: readonly RosterMember[]): void;
}

export interface AuditOutcome {
  report: AuditReport;
  /** Problems that did not stop the audit (values set aside, services with no student). */
  warnings: CsvProblem[];
  /** How many times the engine ran (once per distinct case with the memo). */
  evaluations: number;
}

/** Problems that stop the audit: a file that cannot be read, or rows that cannot be used. */
export class AuditInputError extends InputError {
  constructor(readonly problems: CsvProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** The audit itself, without files or printing. Throws AuditInputError on unusable input. */
export function runAudit(input: AuditInput): AuditOutcome {
  const asOf = input.asOf;
  const roster = input.roster
    ? readRoster(contentOf(input.roster), { file: input.roster.file })
    : undefined;
  if (roster) input.records?.roster(roster.records);
  const matcher = new NameMatcher();
  const managers = new CaseManagers(
    roster?.records ?? input.staff?.members ?? [],
    input.profile ?? null,
    matcher,
  );
  const roll = new Roll(managers, asOf);
  let join = input.services ? new ServiceJoin(asOf, input.services.file) : undefined;
  const students = eachStudent(
    input.students.data,
    (s) => {
      roll.add(s);
      input.records?.student(s);
      // The roll's copy of the name (roll.ts): the record's is a slice of the file's text.
      join?.addStudent(s, (roll.who[roll.count - 1] as AuditRow['student']).name ?? undefined);
    },
    { file: input.students.file },
  );
  let links: ServiceLinks | undefined;
  let services: ReadSummary | undefined;
  if (input.services && join) {
    const kept = new ServiceLinks(roll.count, asOf);
    services = eachService(
      input.services.data,
      (svc) => {
        input.records?.service(svc);
        const at = (join as ServiceJoin).match(svc);
        if (at !== undefined) kept.add(at, svc);
      },
      { file: input.services.file },
    );
    links = kept;
  }
  // The join's tables are keyed by cells of the students file, which keep its whole text alive:
  // done with, they go before the engine runs (at 800,000 students, 116 MB of text).
  const joinNotes = join ? [...join.warnings, ...join.summary()] : [];
  join = undefined;

  const problems = [students, services, roster].flatMap((r) => (r ? r.errors : []));
  if (problems.length > 0) throw new AuditInputError(problems);
  const warnings = [students, services, roster].flatMap((r) => (r ? r.warnings : []));
  warnings.push(...joinNotes);
  if (!links) {
    warnings.push({
      file: input.students.file,
      line: 1,
      column: 1,
      message:
        'no services file: who teaches each student is not known, so no case manager is taken to only coordinate, and one whose credential would not cover the instruction needs a look; give --services for exact roles',
    });
  }

  const engine = input.engine ?? evaluateCase;
  const memo = input.memo === false ? undefined : new CaseMemo(roll.factCount);
  const relations = links ? new ProviderRelations(links, matcher) : undefined;
  const serviceKeys: number[] = [];
  let evaluations = 0;

  const build = (i: number, cm: CaseManagerInfo | null): StudentCase => {
    const c: StudentCase = {
      asOf,
      student: roll.caseStudent(i),
      services: links && relations ? links.caseServices(i, relations) : [],
      caseManager: cm,
    };
    if (input.disabledRules?.length) c.disabledRules = input.disabledRules;
    // No services file says nothing of who teaches: an empty list would make every case
    // manager a coordinator, whose credential then needs to cover no instruction (§9.2).
    if (!links) c.servicesShown = false;
    return c;
  };

  // Students are checked one case manager at a time (each row keeps its place in the report):
  // a case manager's students share credentials, so the engine's caches on them stay warm.
  const rows: AuditRow[] = new Array(roll.count);
  const { order, starts } = roll.byManager();
  for (let m = 0; m < managers.count; m++) {
    const cm = managers.info(m);
    relations?.forManager(cm);
    memo?.forManager(cm);
    const views = new RoleViews(cm?.name ?? null);
    for (let k = starts[m] as number; k < (starts[m + 1] as number); k++) {
      if ((k & 1023) === 0) input.onProgress?.(k, roll.count);
      const i = order[k] as number;
      let result: CaseResult | undefined;
      if (memo) {
        const count = links && relations ? links.keys(i, relations, memo, serviceKeys) : 0;
        const list = memo.list(serviceKeys, count);
        // The result for the student's grade class, else for their grade (rules/grade-classes.ts).
        const classKey = memo.key(roll.classFacts[i] as number, list);
        result = memo.get(classKey);
        if (result === undefined) {
          const key = memo.key(roll.facts[i] as number, list);
          result = memo.get(key);
          if (result === undefined) {
            const found = engine(build(i, cm));
            result = memo.set(namesGrade(found) ? key : classKey, found);
          }
        }
      } else {
        result = engine(build(i, cm));
        evaluations++;
      }
      rows[i] = {
        student: roll.who[i] as AuditRow['student'],
        caseManager: views.of(result.role),
        status: result.status,
        findings: result.findings,
      };
    }
  }

  input.onProgress?.(roll.count, roll.count);
  const files: AuditReport['files'] = { students: input.students.file };
  if (input.services) files.services = input.services.file;
  if (input.roster) files.roster = input.roster.file;
  else if (input.staff) files.roster = input.staff.file;
  const report: AuditReport = { asOf, files, rows, counts: countStatuses(rows) };
  if (!links) report.rolesUnknown = true;
  return {
    report,
    warnings,
    evaluations: memo ? memo.misses : evaluations,
  };
}

/** Case manager names to CaseManagerInfo, one roster search per distinct name, numbered. */
class CaseManagers {
  private readonly index: StaffIndex;
  private readonly numbers = new Map<string | null, number>();
  private readonly infos: (CaseManagerInfo | null)[] = [];

  constructor(
    staff: readonly StaffMember[],
    private readonly profile: StaffMember | null,
    matcher: NameMatcher,
  ) {
    this.index = new StaffIndex(staff, matcher);
  }

  get count(): number {
    return this.infos.length;
  }

  info(m: number): CaseManagerInfo | null {
    return this.infos[m] as CaseManagerInfo | null;
  }

  indexOf(name: string | null): number {
    let m = this.numbers.get(name);
    if (m === undefined) {
      const kept = compact(name);
      m = this.infos.length;
      this.infos.push(kept === null ? null : this.resolve(kept));
      this.numbers.set(kept, m);
    }
    return m;
  }

  private resolve(name: string): CaseManagerInfo {
    return lookUpCaseManager(name, this.profile, (n) => this.index.match(n));
  }
}

/** One case manager's rows share their `caseManager` object, one per role. */
class RoleViews {
  private readonly views = new Map<Role, AuditRow['caseManager']>();

  constructor(private readonly name: string | null) {}

  of(role: Role): AuditRow['caseManager'] {
    let view = this.views.get(role);
    if (view === undefined) {
      view = { name: this.name, role };
      this.views.set(role, view);
    }
    return view;
  }
}

/** A service's fields the engine is given, but its dates; `setting` from location and delivery. */
type ServiceKind = Pick<
  ServiceRecord,
  'code' | 'name' | 'location' | 'delivery' | 'providerName' | 'providerPosition'
> & { setting?: string };

function toKind(r: ServiceRecord): ServiceKind {
  // Code and name are the reader's cached values, shared by every row that has them.
  const kind: ServiceKind = { code: r.code };
  // The label is a slice of the first cell that had it: copied, or it keeps the whole services
  // text alive for the rest of the audit.
  if (r.name !== undefined) kind.name = compact(r.name);
  if (r.location !== undefined) kind.location = compact(r.location);
  if (r.delivery !== undefined) kind.delivery = compact(r.delivery);
  if (r.providerName !== undefined) kind.providerName = compact(r.providerName);
  if (r.providerPosition !== undefined) kind.providerPosition = compact(r.providerPosition);
  // One setting text per kind: the engine reads each distinct text once (rules/settings.ts).
  const setting = settingOf(kind);
  if (setting !== undefined) kind.setting = setting;
  return kind;
}

/**
 * A text kept for the whole audit and compared often (a service's fields, a case manager's
 * name), copied out of the file's text: a cell is a slice of a text of many megabytes, and
 * reading it again from far away in that text costs a cache miss each time.
 */
function compact<T extends string | null | undefined>(text: T): T {
  // A string made by concatenation is flattened into a new string when sliced.
  return (typeof text === 'string' ? ` ${text}`.slice(1) : text) as T;
}

/**
 * Each student's services, in file order, with the rule of which count on the check date
 * (check/services-in-force.ts): a number for the service's fields (the
 * same for every row that repeats them, with the first such record kept) and its own dates.
 * Kept in typed arrays, as linked lists from each student.
 */
class ServiceLinks {
  /** Each distinct service, by number. */
  readonly kinds: ServiceKind[] = [];
  /** Kinds by provider name. */
  private readonly kindIds = new Map<string | undefined, number[]>();
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private kind: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private next: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Whether each service is in force on the check date (1) or not (0). */
  private force: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  private readonly start: (string | undefined)[] = [];
  private readonly end: (string | undefined)[] = [];

  constructor(
    students: number,
    private readonly asOf: string,
  ) {
    this.head = new Int32Array(students).fill(-1);
    this.tail = new Int32Array(students).fill(-1);
  }

  /**
   * Whether only a student's services in force count: when one is; else all of them, judged as
   * written (check/services-in-force.ts, the rule the page check applies).
   */
  private onlyInForce(student: number): boolean {
    for (let l = this.head[student] as number; l !== -1; l = this.next[l] as number) {
      if (this.force[l] === 1) return true;
    }
    return false;
  }

  private counts(l: number, onlyInForce: boolean): boolean {
    return !onlyInForce || this.force[l] === 1;
  }

  add(at: number | number[], svc: ServiceRecord): void {
    const kind = this.kindOf(svc);
    if (typeof at === 'number') this.link(at, kind, svc);
    else for (const i of at) this.link(i, kind, svc);
  }

  /**
   * The number of the service's fields the engine is given (all but its dates): found by
   * provider, then compared field by field (a provider gives a few kinds of service).
   */
  private kindOf(svc: ServiceRecord): number {
    let list = this.kindIds.get(svc.providerName);
    if (list === undefined) {
      list = [];
      this.kindIds.set(compact(svc.providerName), list);
    }
    for (const k of list) {
      const r = this.kinds[k] as ServiceKind;
      // Code and name come from the reader's caches, one string per distinct text: compared by
      // reference first.
      if (
        r.code === svc.code &&
        r.name === svc.name &&
        r.delivery === svc.delivery &&
        r.location === svc.location &&
        r.providerPosition === svc.providerPosition
      ) {
        return k;
      }
    }
    const kind = this.kinds.length;
    this.kinds.push(toKind(svc));
    list.push(kind);
    return kind;
  }

  private link(student: number, kind: number, svc: ServiceRecord): void {
    const l = this.start.length;
    if (l === this.kind.length) {
      this.kind = grow(this.kind);
      this.next = grow(this.next);
      const force = new Uint8Array(l * 2);
      force.set(this.force);
      this.force = force;
    }
    this.kind[l] = kind;
    this.next[l] = -1;
    this.force[l] = inForce(svc.start, svc.end, this.asOf) ? 1 : 0;
    this.start.push(svc.start);
    this.end.push(svc.end);
    const last = this.tail[student] as number;
    if (last === -1) this.head[student] = l;
    else this.next[last] = l;
    this.tail[student] = l;
  }

  /** The memo's part for each of a student's services (serviceKey), in out[0…]; how many. */
  keys(student: number, relations: ProviderRelations, memo: CaseMemo, out: number[]): number {
    let count = 0;
    const only = this.onlyInForce(student);
    for (let l = this.head[student] as number; l !== -1; l = this.next[l] as number) {
      if (this.counts(l, only)) out[count++] = relations.keyOf(this.kind[l] as number, memo);
    }
    return count;
  }

  /** A student's services as the engine takes them. */
  caseServices(student: number, relations: ProviderRelations): CaseService[] {
    const out: CaseService[] = [];
    const only = this.onlyInForce(student);
    for (let l = this.head[student] as number; l !== -1; l = this.next[l] as number) {
      if (!this.counts(l, only)) continue;
      const kind = this.kind[l] as number;
      out.push(
        toCaseService(
          this.kinds[kind] as ServiceKind,
          relations.of(kind),
          this.start[l],
          this.end[l],
        ),
      );
    }
    return out;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * The provider relation of each distinct service to the case manager being checked, computed
 * once per case manager and service, with the service's part of a memo key.
 *
 * The relation is set only when both names are given; it is what the engine itself would find
 * (namesMatch of the two names, see toCaseService), through the audit's NameMatcher. Each
 * name's match keys are read once, and most pairs of names are told apart by them alone.
 */
class ProviderRelations {
  /** Which case manager (forManager call) relation[kind] was computed for; 0: none yet. */
  private readonly stamp: Int32Array;
  private readonly relation: (ProviderRelation | 'probable' | undefined)[];
  private readonly key: Float64Array;
  /** Each kind's CaseMemo.serviceId; -1 until asked for. */
  private readonly ids: Float64Array;
  /**
   * Each kind's provider name words (NameMatcher.wordsOf); null when it names no one, undefined
   * until asked for. Kept by kind: looking a name up by its text costs a hash of the text.
   */
  private readonly providerWords: (readonly string[] | null | undefined)[];
  /** Each kind's provider name read as a person's (classifyName): 1 yes, 2 no, 0 not asked. */
  private readonly providerPerson: Uint8Array;
  private current = 0;
  private cm: CaseManagerInfo | null = null;
  /** The case manager's name words; null when they have no name. */
  private cmWords: ReadonlySet<string> | null = null;
  /** The case manager's name read as a person's: as providerPerson. */
  private cmPerson = 0;

  constructor(
    private readonly links: ServiceLinks,
    private readonly matcher: NameMatcher,
  ) {
    const n = links.kinds.length;
    this.stamp = new Int32Array(n);
    this.relation = new Array(n).fill(undefined);
    this.key = new Float64Array(n);
    this.ids = new Float64Array(n).fill(-1);
    this.providerWords = new Array(n).fill(undefined);
    this.providerPerson = new Uint8Array(n);
  }

  forManager(cm: CaseManagerInfo | null): void {
    this.cm = cm;
    this.cmWords = cm?.name?.trim() ? this.matcher.wordsOf(cm.name) : null;
    this.cmPerson = 0;
    this.current++;
  }

  of(kind: number): ProviderRelation | 'probable' | undefined {
    this.update(kind);
    return this.relation[kind];
  }

  /** serviceKey of the service with its relation to the current case manager. */
  keyOf(kind: number, memo: CaseMemo): number {
    this.update(kind);
    let key = this.key[kind] as number;
    if (key === -1) {
      let id = this.ids[kind] as number;
      if (id === -1) {
        const r = this.links.kinds[kind] as ServiceKind;
        id = memo.serviceId(r.code, r.name, r.location, r.delivery, r.providerPosition);
        this.ids[kind] = id;
      }
      const relation = this.relation[kind];
      if (relation === 'probable') {
        // The engine names both names in a finding (see toCaseService): they are in the key.
        const r = this.links.kinds[kind] as ServiceKind;
        id = memo.probableId(id, r.providerName as string, (this.cm as CaseManagerInfo).name);
        key = serviceKey(id, 'cm');
      } else {
        key = serviceKey(id, relation);
      }
      this.key[kind] = key;
    }
    return key;
  }

  private update(kind: number): void {
    if (this.stamp[kind] === this.current) return;
    this.stamp[kind] = this.current;
    this.relation[kind] = this.relationOf(kind);
    this.key[kind] = -1;
  }

  private relationOf(kind: number): ProviderRelation | 'probable' | undefined {
    const cmWords = this.cmWords;
    if (cmWords === null) return undefined;
    const provider = (this.links.kinds[kind] as ServiceKind).providerName;
    let words = this.providerWords[kind];
    if (words === undefined) {
      words = provider?.trim() ? [...this.matcher.wordsOf(provider)] : null;
      this.providerWords[kind] = words;
    }
    if (words === null || provider === undefined) return undefined;
    const name = (this.cm as CaseManagerInfo).name as string;
    // What the engine finds from the two names (rules/names.ts providerEvidence): an agency or
    // "To be assigned" is nobody identified, never someone other than the case manager.
    // NameMatcher.reading, with each name's words and kind read once per kind and case manager.
    let shared = false;
    for (let i = 0; i < words.length && !shared; i++) shared = cmWords.has(words[i] as string);
    if (shared) return this.matcher.reading(name, provider);
    if (this.providerPerson[kind] === 0) {
      this.providerPerson[kind] = this.matcher.kindOf(provider) === 'person' ? 1 : 2;
    }
    if (this.cmPerson === 0) this.cmPerson = this.matcher.kindOf(name) === 'person' ? 1 : 2;
    return this.providerPerson[kind] === 1 && this.cmPerson === 1 ? 'other' : 'unknown';
  }
}

/**
 * One service for the engine. When the service names its provider and the student has a case
 * manager, `provider` is set to what the engine itself would find (namesMatch of the two names,
 * through the cached NameMatcher: see ProviderRelations): the same answer, computed once per
 * distinct pair of names.
 */
function toCaseService(
  r: ServiceKind,
  provider: ProviderRelation | 'probable' | undefined,
  start: string | undefined,
  end: string | undefined,
): CaseService {
  const out: CaseService = { code: r.code };
  if (r.name !== undefined) out.name = r.name;
  if (r.setting !== undefined) out.setting = r.setting;
  if (r.providerName !== undefined) {
    out.providerName = r.providerName;
    // A probable match (an initial, a nickname) is left to the engine, which takes the provider
    // for the case manager as given here and also says so, naming both (rules/names.ts
    // providerEvidence, checks/needs-review.ts), as the page check does.
    if (provider !== undefined && provider !== 'probable') out.provider = provider;
  }
  if (r.providerPosition !== undefined) out.providerPosition = r.providerPosition;
  if (start !== undefined) out.start = start;
  if (end !== undefined) out.end = end;
  return out;
}

/** A service's setting: "Location; Delivery", or whichever is given. */
function settingOf(r: ServiceKind): string | undefined {
  return r.location && r.delivery ? `${r.location}; ${r.delivery}` : (r.location ?? r.delivery);
}

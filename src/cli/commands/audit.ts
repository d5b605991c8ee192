/**
 * `audit`: read the students (and optionally services and roster) files, join them, run the
 * rule engine on every student, and format the result.
 *
 * Speed (bench/bench.ts holds it to 1.5 × papaparse's bare parse of the same files): one pass
 * per file with rows read one at a time (csv/rows.ts), every cell normalisation cached by
 * distinct value, Map-based joins by id or by an order-free name key, one roster lookup per
 * distinct case manager name, and the engine once per distinct case (case-key.ts), taking the
 * students one case manager at a time so that the engine's caches on credentials stay warm.
 */

import { ID_KINDS, type IdKind, nameKey } from '../../csv/ids';
import { type CsvProblem, formatProblem, type ReadResult } from '../../csv/problems';
import { type RosterMember, readRoster } from '../../csv/roster';
import { readServices, type ServiceRecord } from '../../csv/services';
import { readStudents, type StudentRecord } from '../../csv/students';
import { evaluateCase } from '../../rules/engine';
import { namesMatch } from '../../rules/names';
import type {
  CaseManagerInfo,
  CaseResult,
  CaseService,
  ProviderRelation,
  StudentCase,
} from '../../rules/types';
import type { AuditArgs } from '../args';
import { CaseMemo } from '../case-key';
import { formatCsv } from '../format/csv';
import { formatHtml } from '../format/html';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { type CliIo, InputError } from '../io';
import { NameMatcher, StaffIndex } from '../people';
import { type AuditReport, type AuditRow, countStatuses } from '../report';

export interface AuditInput {
  students: { file: string; data: Uint8Array | string };
  services?: { file: string; data: Uint8Array | string };
  roster?: { file: string; data: Uint8Array | string };
  asOf: string;
  /** Run the engine once per distinct case (default true; see case-key.ts). */
  memo?: boolean;
  /** The rule engine (default evaluateCase); the benchmark swaps it to time the rest. */
  engine?: (c: StudentCase) => CaseResult;
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
  const students = readStudents(input.students.data, { file: input.students.file });
  const services = input.services
    ? readServices(input.services.data, { file: input.services.file })
    : undefined;
  const roster = input.roster
    ? readRoster(input.roster.data, { file: input.roster.file })
    : undefined;

  const problems = [students, services, roster].flatMap((r) => (r ? r.errors : []));
  if (problems.length > 0) throw new AuditInputError(problems);
  const warnings = [students, services, roster].flatMap((r) => (r ? r.warnings : []));

  const servicesOf = joinServices(
    students.records,
    services,
    input.asOf,
    input.services?.file,
    warnings,
  );
  const matcher = new NameMatcher();
  const caseManagerOf = caseManagerResolver(roster, matcher);
  const assumed = input.services === undefined;
  if (assumed) {
    warnings.push({
      file: input.students.file,
      line: 1,
      column: 1,
      message:
        'no services file: each student is checked as receiving specialized academic instruction (speech and language for a speech-only student) from a provider the file does not name; give --services for exact roles',
    });
  }
  const engine = input.engine ?? evaluateCase;
  const memo = input.memo === false ? undefined : new CaseMemo(engine);
  const asOf = input.asOf;

  // Students are checked one case manager at a time (each row keeps its place in the report):
  // a case manager's students share credentials, so the engine's caches on them stay warm.
  const count = students.records.length;
  const managers = new Array<CaseManagerInfo | null>(count);
  const groups = new Map<CaseManagerInfo | null, number[]>();
  for (let i = 0; i < count; i++) {
    const cm = caseManagerOf((students.records[i] as StudentRecord).caseManager);
    managers[i] = cm;
    const group = groups.get(cm);
    if (group) group.push(i);
    else groups.set(cm, [i]);
  }

  const rows: AuditRow[] = new Array(count);
  for (const [caseManager, group] of groups) {
    // The relation of each provider named to this case manager, once per name.
    const relations = new Map<string, ProviderRelation | 'none'>();
    const self = caseManager?.name;
    let selfRelation: ProviderRelation | 'none' | undefined;
    const relation = (r: ServiceRecord): ProviderRelation | undefined => {
      if (r.providerName === undefined) return undefined;
      if (r.providerName === self) {
        // Most services name the case manager themself.
        selfRelation ??= relationOf(r, caseManager, matcher) ?? 'none';
        return selfRelation === 'none' ? undefined : selfRelation;
      }
      let rel = relations.get(r.providerName);
      if (rel === undefined) {
        rel = relationOf(r, caseManager, matcher) ?? 'none';
        relations.set(r.providerName, rel);
      }
      return rel === 'none' ? undefined : rel;
    };
    for (const i of group) {
      const s = students.records[i] as StudentRecord;
      const records = assumed ? undefined : servicesOf[i];
      const build = (): StudentCase => ({
        asOf,
        student: toCaseStudent(s),
        services: assumed
          ? assumedServices(s)
          : (records ?? []).map((r) => toCaseService(r, relation(r))),
        caseManager,
      });
      let result: CaseResult;
      if (!memo) result = engine(build());
      else if (assumed) result = memo.run(build());
      else {
        // The key from the records themselves: a case already seen is not built again.
        const ids: number[] = [];
        if (records) {
          for (const r of records) {
            ids.push(
              memo.recordId(
                r.code,
                r.name,
                r.location,
                r.delivery,
                relation(r),
                r.providerPosition,
              ),
            );
          }
        }
        result = memo.runKeyed(
          memo.caseKey(asOf, caseManager, memo.studentId(s, asOf), ids),
          build,
        );
      }
      rows[i] = {
        student: { id: s.id ?? null, name: s.name ?? null },
        caseManager: { name: s.caseManager, role: result.role },
        status: result.status,
        findings: result.findings,
      };
    }
  }

  const files: AuditReport['files'] = { students: input.students.file };
  if (input.services) files.services = input.services.file;
  if (input.roster) files.roster = input.roster.file;
  return {
    report: { asOf: input.asOf, files, rows, counts: countStatuses(rows) },
    warnings,
    evaluations: memo ? memo.misses : rows.length,
  };
}

function toCaseStudent(s: StudentRecord): StudentCase['student'] {
  const out: StudentCase['student'] = {
    primary: s.primary,
    secondary: s.secondary,
    alternatePlacement: s.alternatePlacement,
  };
  if (s.id !== undefined) out.id = s.id;
  if (s.name !== undefined) out.name = s.name;
  if (s.grade !== undefined) out.grade = s.grade;
  if (s.dateOfBirth !== undefined) out.dateOfBirth = s.dateOfBirth;
  if (s.placement !== undefined) out.placement = s.placement;
  return out;
}

const INSTRUCTION_PLACEMENT = /\b(rsp|resource|sdc|special day|sai|specialized academic)\b/i;

/**
 * Without a services file the IEP's services are unknown, and an empty list would tell the
 * engine that the case manager gives none (a coordinator). Instead each student gets the service
 * their placement implies, from an unnamed provider: specialized academic instruction (330), or
 * language and speech (415) for a speech-or-language primary disability outside RSP/SDC. The
 * engine then decides the role from the case manager's position, or reports it unknown.
 */
function assumedServices(s: StudentRecord): CaseService[] {
  const speechOnly = s.primary === '240' && !INSTRUCTION_PLACEMENT.test(s.placement ?? '');
  const service: CaseService = { code: speechOnly ? '415' : '330', provider: 'unknown' };
  if (s.placement !== undefined) service.setting = s.placement;
  return [service];
}

/**
 * One service for the engine. When the service names its provider and the student has a case
 * manager, `provider` is set to what the engine itself would find (namesMatch of the two names,
 * through the cached NameMatcher: see relationOf): the same answer, computed once per distinct
 * pair of names.
 */
function toCaseService(r: ServiceRecord, provider: ProviderRelation | undefined): CaseService {
  const out: CaseService = { code: r.code };
  if (r.name !== undefined) out.name = r.name;
  const setting = settingOf(r);
  if (setting !== undefined) out.setting = setting;
  if (r.providerName !== undefined) {
    out.providerName = r.providerName;
    if (provider !== undefined) out.provider = provider;
  }
  if (r.providerPosition !== undefined) out.providerPosition = r.providerPosition;
  if (r.start !== undefined) out.start = r.start;
  if (r.end !== undefined) out.end = r.end;
  return out;
}

/** A service's setting: "Location; Delivery", or whichever is given. */
function settingOf(r: ServiceRecord): string | undefined {
  return r.location && r.delivery ? `${r.location}; ${r.delivery}` : (r.location ?? r.delivery);
}

/** The provider relation to set: only when both names are given. */
function relationOf(
  r: ServiceRecord,
  cm: CaseManagerInfo | null,
  matcher: NameMatcher,
): ProviderRelation | undefined {
  if (r.providerName === undefined || !cm?.name?.trim() || !r.providerName.trim()) {
    return undefined;
  }
  return matcher.sameAs(cm.name, r.providerName) ? 'cm' : 'other';
}

/**
 * Services to their students: by an id kind both files carry (SEIS ID, Student ID, SSID, in
 * that order), else by name. Only services in effect on the check date are kept (start on or
 * before it, end on or after it, where given). A service whose student is not in the students
 * file is a warning.
 */
function joinServices(
  students: readonly StudentRecord[],
  services: ReadResult<ServiceRecord> | undefined,
  asOf: string,
  file: string | undefined,
  warnings: CsvProblem[],
): (ServiceRecord[] | undefined)[] {
  const out = new Array<ServiceRecord[] | undefined>(students.length);
  if (!services) return out;

  // Indexes are built on first use: an export joined by SEIS ID never pays for the others.
  // Each maps a value to the position of the student who has it (a list when several do).
  const indexes = new Map<IdKind | 'name', Map<string, number | number[]>>();
  const index = (kind: IdKind | 'name') => {
    let m = indexes.get(kind);
    if (m === undefined) {
      m = new Map();
      for (let i = 0; i < students.length; i++) {
        const s = students[i] as StudentRecord;
        const v =
          kind === 'name' ? (s.name === undefined ? undefined : nameKey(s.name)) : s.ids[kind];
        if (v === undefined) continue;
        const at = m.get(v);
        if (at === undefined) m.set(v, i);
        else if (typeof at === 'number') m.set(v, [at, i]);
        else at.push(i);
      }
      indexes.set(kind, m);
    }
    return m;
  };
  const studentKinds = new Set(
    ID_KINDS.filter((k) => students.some((s) => s.ids[k] !== undefined)),
  );

  const add = (i: number, svc: ServiceRecord) => {
    const list = out[i];
    if (list) list.push(svc);
    else out[i] = [svc];
  };
  const nameKeys = new Map<string, string>();
  let unmatched = 0;
  let outside = 0;
  for (const svc of services.records) {
    // Only services in effect on the check date count (ISO dates compare as strings).
    if (
      (svc.start !== undefined && svc.start > asOf) ||
      (svc.end !== undefined && svc.end < asOf)
    ) {
      outside++;
      continue;
    }
    let found: number | number[] | undefined;
    let sharedKind = false;
    for (const kind of ID_KINDS) {
      const v = svc.studentIds[kind];
      if (v === undefined || !studentKinds.has(kind)) continue;
      sharedKind = true;
      found = index(kind).get(v);
      if (found !== undefined) break;
    }
    if (found === undefined && !sharedKind && svc.studentName !== undefined) {
      let key = nameKeys.get(svc.studentName);
      if (key === undefined) {
        key = nameKey(svc.studentName);
        nameKeys.set(svc.studentName, key);
      }
      found = index('name').get(key) ?? matchByName(students, svc.studentName);
    }
    if (found === undefined) {
      unmatched++;
      if (unmatched <= 5) {
        const p: CsvProblem = {
          line: svc.line,
          column: svc.studentColumn,
          message:
            'this service names a student who is not in the students file; it is not checked',
        };
        if (file !== undefined) p.file = file;
        warnings.push(p);
      }
      continue;
    }
    if (typeof found === 'number') add(found, svc);
    else for (const i of found) add(i, svc);
  }
  if (outside > 0) {
    const p: CsvProblem = {
      line: 1,
      column: 1,
      message: `${outside} ${outside === 1 ? 'service starts or ends' : 'services start or end'} outside ${asOf} and ${outside === 1 ? 'is' : 'are'} not counted`,
    };
    if (file !== undefined) p.file = file;
    warnings.push(p);
  }
  if (unmatched > 5) {
    const p: CsvProblem = {
      line: 1,
      column: 1,
      message: `${unmatched - 5} more services name students who are not in the students file`,
    };
    if (file !== undefined) p.file = file;
    warnings.push(p);
  }
  return out;
}

/** Slow path for a name the key misses (middle initials and the like): student positions. */
function matchByName(students: readonly StudentRecord[], name: string): number[] | undefined {
  const hits: number[] = [];
  for (let i = 0; i < students.length; i++) {
    const s = students[i] as StudentRecord;
    if (s.name !== undefined && namesMatch(s.name, name)) hits.push(i);
  }
  return hits.length > 0 ? hits : undefined;
}

/** Case manager name → CaseManagerInfo, one roster search per distinct name. */
function caseManagerResolver(
  roster: ReadResult<RosterMember> | undefined,
  matcher: NameMatcher,
): (name: string | null) => CaseManagerInfo | null {
  const index = new StaffIndex(roster?.records ?? [], matcher);
  const memo = new Map<string, CaseManagerInfo>();
  return (name) => {
    if (name === null) return null;
    let info = memo.get(name);
    if (info === undefined) {
      const member = index.find(name);
      if (member) {
        info = { name, known: true, authorizations: member.authorizations };
        if (member.position !== undefined) info.position = member.position;
      } else {
        info = { name, known: false, authorizations: [] };
      }
      memo.set(name, info);
    }
    return info;
  };
}

/** The CLI command: read files, audit, format, write. Returns the exit status. */
export function auditCommand(args: AuditArgs, io: CliIo): number {
  const read = (file: string) => ({ file, data: io.readFile(file) });
  const input: AuditInput = { students: read(args.students), asOf: args.asOf ?? io.today() };
  if (args.services !== undefined) input.services = read(args.services);
  if (args.roster !== undefined) input.roster = read(args.roster);

  const { report, warnings } = runAudit(input);
  for (const w of warnings.slice(0, 20)) io.stderr(`note: ${formatProblem(w)}\n`);
  if (warnings.length > 20) io.stderr(`note: ${warnings.length - 20} more notes not shown\n`);

  const output = formatReport(report, args.format);
  if (args.out !== undefined) io.writeFileAtomic(args.out, output);
  else io.stdout(output);
  return report.counts.violation > 0 ? 1 : 0;
}

export function formatReport(report: AuditReport, format: AuditArgs['format']): string {
  switch (format) {
    case 'json':
      return formatJson(report.rows);
    case 'csv':
      return formatCsv(report.rows);
    case 'html':
      return formatHtml(report);
    default:
      return formatText(report);
  }
}

/**
 * Services to their students: by an id kind both files carry (SEIS ID, Student ID, SSID, in
 * that order), else by name. Every service is joined, in effect on the check date or not: which
 * count is decided per student (check/services-in-force.ts). A service whose student is not in
 * the students file is a warning.
 *
 * The students are added first, then each service is matched as it is read, so that neither
 * file's records need to be kept for the join (a large audit keeps only what it needs of them).
 */

import { inForce } from '../check/services-in-force';
import { ID_KINDS, type IdKind, nameKey } from '../csv/ids';
import type { CsvProblem } from '../csv/problems';
import type { ServiceRecord } from '../csv/services';
import type { StudentRecord } from '../csv/students';
import { namesMatch } from '../rules';

/** How many unmatched services are named one by one; the rest are counted. */
const NAMED_UNMATCHED = 5;

export class ServiceJoin {
  private readonly ids: Record<IdKind, (string | undefined)[]> = {
    vendorId: [],
    localId: [],
    stateId: [],
  };
  private readonly names: (string | undefined)[] = [];
  /** Id kinds some student has. */
  private readonly studentKinds = new Set<IdKind>();
  /**
   * Built on first use: an export joined by SEIS ID never pays for the others. Each maps a
   * value to the position of the student who has it (a list when several do).
   */
  private readonly indexes = new Map<IdKind | 'name', Map<string, number | number[]>>();
  private readonly nameKeys = new Map<string, string>();
  private unmatched = 0;
  private outside = 0;
  /** The last service matched and what it found: a student's services are often consecutive. */
  private last: ServiceRecord | undefined;
  private lastFound: number | number[] | undefined;
  /** The first unmatched services, in file order (see summary for the rest). */
  readonly warnings: CsvProblem[] = [];

  constructor(
    private readonly asOf: string,
    private readonly file: string | undefined,
  ) {}

  /**
   * Adds the next student (positions count from 0 in the order added). `name` is the record's
   * name, or the caller's copy of it: a cell of the file is a slice of the file's text, and
   * keeping it keeps that text (a large audit keeps each name once, see roll.ts).
   */
  addStudent(s: StudentRecord, name: string | undefined = s.name): void {
    for (const kind of ID_KINDS) {
      const v = s.ids[kind];
      this.ids[kind].push(v);
      if (v !== undefined) this.studentKinds.add(kind);
    }
    this.names.push(name);
  }

  /**
   * The position (or positions) of the student a service belongs to; undefined when it names
   * no student of the file.
   */
  match(svc: ServiceRecord): number | number[] | undefined {
    // Counted, not dropped: which of a student's services count is decided with all of them in
    // view (check/services-in-force.ts), so a student whose services all ended is still judged.
    if (!inForce(svc.start, svc.end, this.asOf)) this.outside++;
    const last = this.last;
    const found =
      last !== undefined &&
      svc.studentIds.vendorId === last.studentIds.vendorId &&
      svc.studentIds.localId === last.studentIds.localId &&
      svc.studentIds.stateId === last.studentIds.stateId &&
      svc.studentName === last.studentName
        ? this.lastFound
        : this.find(svc);
    this.last = svc;
    this.lastFound = found;
    if (found === undefined) {
      this.unmatched++;
      if (this.unmatched <= NAMED_UNMATCHED) {
        this.warnings.push(
          this.problem(
            svc.line,
            svc.studentColumn,
            'this service names a student who is not in the students file; it is not checked',
          ),
        );
      }
    }
    return found;
  }

  private find(svc: ServiceRecord): number | number[] | undefined {
    let found: number | number[] | undefined;
    let sharedKind = false;
    for (const kind of ID_KINDS) {
      const v = svc.studentIds[kind];
      if (v === undefined || !this.studentKinds.has(kind)) continue;
      sharedKind = true;
      found = this.index(kind).get(v);
      if (found !== undefined) break;
    }
    if (found === undefined && !sharedKind && svc.studentName !== undefined) {
      let key = this.nameKeys.get(svc.studentName);
      if (key === undefined) {
        key = nameKey(svc.studentName);
        this.nameKeys.set(svc.studentName, key);
      }
      found = this.index('name').get(key) ?? this.matchByName(svc.studentName);
    }
    return found;
  }

  /** The notes counting what match set aside beyond the warnings, once every service is read. */
  summary(): CsvProblem[] {
    const out: CsvProblem[] = [];
    const { outside, unmatched, asOf } = this;
    if (outside > 0) {
      out.push(
        this.problem(
          1,
          1,
          `${outside} ${outside === 1 ? 'service starts or ends' : 'services start or end'} outside ${asOf}: ${outside === 1 ? 'it counts' : 'they count'} only for a student with no service in force on that date, whose IEP is then checked as written`,
        ),
      );
    }
    if (unmatched > NAMED_UNMATCHED) {
      out.push(
        this.problem(
          1,
          1,
          `${unmatched - NAMED_UNMATCHED} more services name students who are not in the students file`,
        ),
      );
    }
    return out;
  }

  private problem(line: number, column: number, message: string): CsvProblem {
    const p: CsvProblem = { line, column, message };
    if (this.file !== undefined) p.file = this.file;
    return p;
  }

  private index(kind: IdKind | 'name'): Map<string, number | number[]> {
    let m = this.indexes.get(kind);
    if (m === undefined) {
      m = new Map();
      const values = kind === 'name' ? this.names : this.ids[kind];
      for (let i = 0; i < values.length; i++) {
        const raw = values[i];
        if (raw === undefined) continue;
        const v = kind === 'name' ? nameKey(raw) : raw;
        const at = m.get(v);
        if (at === undefined) m.set(v, i);
        else if (typeof at === 'number') m.set(v, [at, i]);
        else at.push(i);
      }
      this.indexes.set(kind, m);
    }
    return m;
  }

  /** Slow path for a name the key misses (middle initials and the like): student positions. */
  private matchByName(name: string): number[] | undefined {
    const hits: number[] = [];
    for (let i = 0; i < this.names.length; i++) {
      const s = this.names[i];
      if (s !== undefined && namesMatch(s, name)) hits.push(i);
    }
    return hits.length > 0 ? hits : undefined;
  }
}

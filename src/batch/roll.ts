/**
 * The students of an audit in file order, each kept as what the report and the engine need of
 * it: the row's student (id and name), its grade and date of birth, a number for its other
 * fields (Profile), a number for its case manager, and two numbers for the memo (case-key.ts):
 *
 * - facts: the Profile and the grade the engine compares (effectiveGrade), everything the
 *   engine reads of the student;
 * - classFacts: the Profile and that grade's class (rules/grade-classes.ts). A result that
 *   does not name the grade holds for every grade of the class.
 *
 * Both are numbered from one counter, so a facts number is never a classFacts number.
 */

import type { StudentRecord } from '../csv/students';
import { effectiveGrade, gradeClass } from '../rules';
import type { CaseStudent } from '../rules/types';
import type { AuditRow } from './report';

/** What the engine reads of a student besides identity, grade and date of birth. */
export type Profile = Pick<
  StudentRecord,
  'primary' | 'secondary' | 'alternatePlacement' | 'placement'
>;

/** Case managers numbered by name (the audit's CaseManagers). */
export interface ManagerNumbers {
  readonly count: number;
  indexOf(name: string | null): number;
}

export class Roll {
  readonly who: AuditRow['student'][] = [];
  readonly facts: number[] = [];
  readonly classFacts: number[] = [];
  private readonly grade: (string | undefined)[] = [];
  private readonly dateOfBirth: (string | undefined)[] = [];
  private readonly profile: number[] = [];
  private readonly manager: number[] = [];
  private readonly profiles: Profile[] = [];
  /**
   * Profile numbers by placement, then in a list to compare (one per disability and alternate
   * placement: the codes are the reader's cached strings, compared by reference, and there are
   * a few dozen codes).
   */
  private readonly profileIds = new Map<string | undefined, number[]>();
  /** Facts numbers by Profile, then by the grade compared. */
  private readonly factIds: Map<string | null, number>[] = [];
  /** Class facts numbers by Profile, then by the grade's class. */
  private readonly classIds: Map<number, number>[] = [];
  /** How many facts and class facts numbers there are (each is below it). */
  factCount = 0;

  constructor(
    private readonly managers: ManagerNumbers,
    private readonly asOf: string,
  ) {}

  get count(): number {
    return this.who.length;
  }

  add(s: StudentRecord): void {
    // Copies, not slices: a slice keeps the whole students text alive (116 MB at 800,000
    // students) for as long as the report is, through the services file's read and the writing.
    this.who.push({ id: own(s.id), name: own(s.name) });
    this.grade.push(s.grade);
    this.dateOfBirth.push(s.dateOfBirth);
    this.manager.push(this.managers.indexOf(s.caseManager));
    const profile = this.profileNumber(s);
    this.profile.push(profile);
    const grade = effectiveGrade(s, this.asOf);
    this.facts.push(this.numberIn(this.factIds[profile] as Map<string | null, number>, grade));
    const cls = gradeClass(grade);
    this.classFacts.push(this.numberIn(this.classIds[profile] as Map<number, number>, cls));
  }

  private numberIn<K>(numbers: Map<K, number>, key: K): number {
    let n = numbers.get(key);
    if (n === undefined) {
      n = this.factCount++;
      numbers.set(key, n);
    }
    return n;
  }

  profileOf(i: number): Profile {
    return this.profiles[this.profile[i] as number] as Profile;
  }

  private profileNumber(s: StudentRecord): number {
    let list = this.profileIds.get(s.placement);
    if (list === undefined) {
      list = [];
      // Copied, as the ids and names (see add).
      this.profileIds.set(
        s.placement === undefined ? undefined : (own(s.placement) as string),
        list,
      );
    }
    for (const id of list) {
      const p = this.profiles[id] as Profile;
      if (
        p.primary === s.primary &&
        p.secondary === s.secondary &&
        p.alternatePlacement === s.alternatePlacement
      ) {
        return id;
      }
    }
    const id = this.profiles.length;
    const p: Profile = {
      primary: s.primary,
      secondary: s.secondary,
      alternatePlacement: s.alternatePlacement,
    };
    if (s.placement !== undefined) p.placement = own(s.placement) as string;
    this.profiles.push(p);
    this.factIds.push(new Map());
    this.classIds.push(new Map());
    list.push(id);
    return id;
  }

  /** The student as the engine takes it. */
  caseStudent(i: number): CaseStudent {
    const p = this.profileOf(i);
    const who = this.who[i] as AuditRow['student'];
    const grade = this.grade[i];
    const dateOfBirth = this.dateOfBirth[i];
    const out: CaseStudent = {
      primary: p.primary,
      secondary: p.secondary,
      alternatePlacement: p.alternatePlacement,
    };
    if (who.id !== null) out.id = who.id;
    if (who.name !== null) out.name = who.name;
    if (grade !== undefined) out.grade = grade;
    if (dateOfBirth !== undefined) out.dateOfBirth = dateOfBirth;
    if (p.placement !== undefined) out.placement = p.placement;
    return out;
  }

  /**
   * Student positions grouped by case manager (in the order managers were first named, and in
   * file order within each): group m is order[starts[m]] to order[starts[m + 1] - 1].
   */
  byManager(): { order: Int32Array; starts: Int32Array } {
    const count = this.managers.count;
    const starts = new Int32Array(count + 1);
    for (const m of this.manager) starts[m + 1] = (starts[m + 1] as number) + 1;
    for (let m = 0; m < count; m++)
      starts[m + 1] = (starts[m + 1] as number) + (starts[m] as number);
    const next = starts.slice(0, count);
    const order = new Int32Array(this.manager.length);
    for (let i = 0; i < this.manager.length; i++) {
      const m = this.manager[i] as number;
      const at = next[m] as number;
      order[at] = i;
      next[m] = at + 1;
    }
    return { order, starts };
  }
}

/** A string of its own (flat, sharing no storage with the file's text); null for none. */
function own(text: string | undefined): string | null {
  if (text === undefined) return null;
  // Concatenation then slice makes V8 flatten the text into a new string.
  return ` ${text}`.slice(1);
}

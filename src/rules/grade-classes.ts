/**
 * Grades the rules tell apart only by name. Every age check compares the grade the engine reads
 * (effectiveGrade) with the span of an authorization of the table, or with a union of such spans
 * (held.ts), so two grades with no span boundary between them get the same answer from every
 * check. Of all the engine's output, only a finding of GRADE_NAMING_RULES names the grade itself.
 *
 * A large audit uses this to check one case for a whole class of grades (with today's table,
 * grades 1 to 12 and adults are one class). The engine is held to it by a property test
 * (test/rules/properties.test.ts): two grades of a class, any case, the same result but for
 * the messages of GRADE_NAMING_RULES.
 */

import { AUTHORIZATIONS } from './data/authorizations';
import { GRADES, type GradeSpan, gradeIndex } from './grades';
import type { CaseResult, RuleId } from './types';

/** Rules whose message names the student's grade ("not a grade 5 student"). */
export const GRADE_NAMING_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['grade-out-of-range']);

/**
 * For each grade (by index in GRADES), the number of its class: grades share one when no edge of
 * the given spans (before a span's first grade or after its last) parts them.
 */
export function classesOf(spans: readonly GradeSpan[]): number[] {
  const edges = new Set<number>();
  for (const span of spans) {
    edges.add(gradeIndex(span.from) ?? 0);
    edges.add((gradeIndex(span.to) ?? GRADES.length - 1) + 1);
  }
  let current = 0;
  return GRADES.map((_, i) => {
    if (i > 0 && edges.has(i)) current++;
    return current;
  });
}

/** The spans of the authorization table: held.ts makes every span the engine compares of these. */
const CLASS_OF: readonly number[] = classesOf(
  AUTHORIZATIONS.flatMap((row) =>
    row.ages === null || row.ages === 'prerequisite' ? [] : [row.ages],
  ),
);

/**
 * The class of a grade as effectiveGrade gives it (PS, TK, K, 1–12, AD or null): -1 for null,
 * else a number from 0. Grades of one class get the same findings but those of
 * GRADE_NAMING_RULES (see namesGrade).
 */
export function gradeClass(grade: string | null): number {
  if (grade === null) return -1;
  const i = gradeIndex(grade);
  // effectiveGrade gives no other text; were it to, no check could compare it (inSpan), so
  // every such text is read alike.
  return i === null ? -2 : (CLASS_OF[i] as number);
}

/** The result names the student's grade, so it holds for that grade only, not its class. */
export function namesGrade(result: CaseResult): boolean {
  for (const f of result.findings) if (GRADE_NAMING_RULES.has(f.rule)) return true;
  return false;
}

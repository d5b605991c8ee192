/**
 * Grade bands the engine compares (REFERENCE.md §9.7). Normalised grades are
 * PS (birth through pre-kindergarten), TK, K, 1–12 and AD (adult, through age 22).
 * UG (ungraded) is recognised but never compared: no age check is better than a wrong one.
 */

export type Grade =
  | 'PS'
  | 'TK'
  | 'K'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '10'
  | '11'
  | '12'
  | 'AD';

export const GRADES: readonly Grade[] = [
  'PS',
  'TK',
  'K',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'AD',
];

export interface GradeSpan {
  from: Grade;
  to: Grade;
  /** How a message names the span: "birth through kindergarten". */
  label: string;
}

const GRADE_INDEX = new Map<string, number>(GRADES.map((g, i) => [g, i]));

export function gradeIndex(g: string): number | null {
  return GRADE_INDEX.get(g) ?? null;
}

export function isGrade(g: string): g is Grade {
  return gradeIndex(g) !== null;
}

/** null when the grade cannot be compared (ungraded or unknown): the caller skips the check. */
export function inSpan(grade: string | null | undefined, span: GradeSpan): boolean | null {
  if (!grade) return null;
  const g = gradeIndex(grade);
  if (g === null) return null;
  return g >= (gradeIndex(span.from) ?? 0) && g <= (gradeIndex(span.to) ?? GRADES.length);
}

/** The smallest span holding every given span. */
export function unionSpans(spans: readonly GradeSpan[]): GradeSpan | null {
  if (spans.length === 0) return null;
  if (spans.length === 1) return spans[0] ?? null;
  let from = GRADES.length;
  let to = -1;
  for (const s of spans) {
    from = Math.min(from, gradeIndex(s.from) ?? 0);
    to = Math.max(to, gradeIndex(s.to) ?? GRADES.length - 1);
  }
  const f = GRADES[from] ?? 'PS';
  const t = GRADES[to] ?? 'AD';
  const same = spans.find((s) => s.from === f && s.to === t);
  return same ?? { from: f, to: t, label: `${gradeName(f)} through ${gradeName(t)}` };
}

export function gradeName(g: string): string {
  switch (g) {
    case 'PS':
      return 'preschool';
    case 'TK':
      return 'transitional kindergarten';
    case 'K':
      return 'kindergarten';
    case 'AD':
      return 'adult (to age 22)';
    case 'UG':
      return 'ungraded';
    default:
      return `grade ${g}`;
  }
}

/**
 * A grade from an age when the grade is missing. Only ages that cannot be mistaken are used:
 * 3 and under is preschool, 19–22 adult; 4–18 straddle two grades, so they settle nothing.
 */
export function gradeFromAge(age: number): Grade | null {
  if (!Number.isFinite(age) || age < 0) return null;
  if (age <= 3) return 'PS';
  if (age >= 19) return 'AD';
  return null;
}

/** Whole years between a YYYY-MM-DD birth date and a YYYY-MM-DD check date. */
export function ageOn(dateOfBirth: string, asOf: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!b || !a) return null;
  let years = Number(a[1]) - Number(b[1]);
  if (`${a[2]}-${a[3]}` < `${b[2]}-${b[3]}`) years -= 1;
  return years >= 0 ? years : null;
}

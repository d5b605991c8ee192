/**
 * The roles users stated for their students' case managers (issue 5: "remembered for that
 * student without storing the student's identifiers in plain form"). Each entry is keyed by a
 * slow keyed hash of the student's identity (background/student-key.ts): the stored key names
 * no student, cannot be matched to a student id without this browser's key, and even with it
 * costs a tenth of a second per id tried.
 * Bounded: at most MAX_CHOICES entries, each forgotten after MAX_AGE_DAYS (a school year and a
 * summer), the oldest first.
 */
import * as v from 'valibot';

export const MAX_CHOICES = 5_000;
export const MAX_AGE_DAYS = 400;

const HASH = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

export const RoleChoiceSchema = v.object({
  role: v.picklist(['instruction', 'support', 'coordinator']),
  /** When the user made the choice (YYYY-MM-DD), for expiry. */
  on: v.pipe(v.string(), v.isoDate()),
});
export type RoleChoice = v.InferOutput<typeof RoleChoiceSchema>;

export const RoleChoicesSchema = v.pipe(
  v.record(HASH, RoleChoiceSchema),
  v.check((r) => Object.keys(r).length <= MAX_CHOICES, 'Too many remembered roles.'),
);
export type RoleChoices = v.InferOutput<typeof RoleChoicesSchema>;

/** The stored choices, or none when the stored value is missing or unreadable. */
export function readChoices(stored: unknown): RoleChoices {
  const parsed = v.safeParse(RoleChoicesSchema, stored);
  return parsed.success ? parsed.output : {};
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** The choice for one student, unless it has expired. */
export function choiceFor(choices: RoleChoices, hash: string, today: string): RoleChoice | null {
  const choice = choices[hash];
  return choice && daysBetween(choice.on, today) <= MAX_AGE_DAYS ? choice : null;
}

/**
 * The choices with this student's set (or cleared, role null), expired and surplus ones dropped.
 * `on` is when the choice was made: today, unless it is an older choice carried over.
 */
export function withChoice(
  choices: RoleChoices,
  hash: string,
  role: RoleChoice['role'] | null,
  today: string,
  on = today,
): RoleChoices {
  const kept = Object.entries(choices).filter(
    ([key, c]) => key !== hash && daysBetween(c.on, today) <= MAX_AGE_DAYS,
  );
  if (role) kept.push([hash, { role, on }]);
  kept.sort(([, a], [, b]) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  return Object.fromEntries(kept.slice(0, MAX_CHOICES));
}

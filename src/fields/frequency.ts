/**
 * Minutes per week, from what an export or a page says about a service's time (VENDORS.md §1.3a
 * and §12(b)): minutesPerWeek reads one cell that says it all (a CSV's "Sessions / Frequency");
 * weeklyMinutes reads a page's services row, whose time may be split over columns ("2 x Weekly"
 * and "30 min"). Both count a period by the same factors. The content script takes only bounded
 * from here: a page's time cells are read outside it (src/scrape/interpret.ts).
 *
 * Forms minutesPerWeek reads:
 *   "45 min Weekly"                        → 45
 *   "30 min x 5 Times = 150 min Weekly"    → 150 (the stated total wins over 30 × 5)
 *   "30 min x 5 Times Weekly"              → 150
 *   "60 min x 2 Times = 120 min Daily"     → 600
 *   "300 min Yearly"                       → 8.33
 *   "120 min Monthly"                      → 30
 *   "1.5 hours Weekly", "2 hrs Weekly"     → 90, 120
 *
 * Factors to one week (documented choices, not vendor facts):
 *   daily × 5 (school days in a week) · weekly × 1 · bi-weekly ÷ 2 · monthly ÷ 4 ·
 *   quarterly ÷ 9 · trimester ÷ 12 · semester ÷ 18 · yearly/annually ÷ 36
 *   (a California school year is 180 days = 36 weeks).
 * Results are rounded to 2 decimals. Anything else gives null.
 */

import { clean } from './text';

export const WEEKLY_FACTORS = {
  daily: 5,
  day: 5,
  weekly: 1,
  week: 1,
  biweekly: 1 / 2,
  monthly: 1 / 4,
  month: 1 / 4,
  quarterly: 1 / 9,
  trimester: 1 / 12,
  semester: 1 / 18,
  yearly: 1 / 36,
  year: 1 / 36,
  annually: 1 / 36,
  annual: 1 / 36,
} as const satisfies Readonly<Record<string, number>>;

/** A period minutesPerWeek knows, by its word in a cell ("bi-weekly" without its hyphen). */
export type Period = keyof typeof WEEKLY_FACTORS;

let fullForm: RegExp | undefined;

/**
 * The one cell's form minutesPerWeek reads, built on first use: built when the module loads, it
 * would stay in every bundle that imports anything from here (the content script takes bounded).
 */
function fullFormRegExp(): RegExp {
  if (fullForm) return fullForm;
  const amount = String.raw`(\d+(?:\.\d+)?)\s*(min(?:ute)?s?|h(?:ou)?rs?|hours?)`;
  const period = String.raw`(?:per\s+|a\s+|\/\s*)?(daily|day|weekly|week|bi-?weekly|monthly|month|quarterly|trimester|semester|yearly|year|annually|annual)`;
  const times = String.raw`(?:x|×|\*)\s*(\d+(?:\.\d+)?)\s*(?:times?|sessions?|x)?`;
  fullForm = new RegExp(
    String.raw`^${amount}\s*(?:${times})?\s*(?:=\s*${amount})?\s*,?\s*${period}\.?$`,
    'i',
  );
  return fullForm;
}

export function minutesPerWeek(text: string): number | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  const m = fullFormRegExp().exec(t);
  if (!m) return null;
  const [, amount, unit, times, totalAmount, totalUnit, period] = m;
  const factor: number | undefined =
    WEEKLY_FACTORS[(period ?? '').toLowerCase().replace('-', '') as Period];
  if (factor === undefined) return null;
  let perPeriod: number;
  if (totalAmount !== undefined) perPeriod = toMinutes(Number(totalAmount), totalUnit ?? 'min');
  else
    perPeriod =
      toMinutes(Number(amount), unit ?? 'min') * (times !== undefined ? Number(times) : 1);
  if (!Number.isFinite(perPeriod)) return null;
  return Math.round(perPeriod * factor * 100) / 100;
}

function toMinutes(n: number, unit: string): number {
  return /^h/i.test(unit) ? n * 60 : n;
}

// ---------------------------------------------------------------------------------------------
// A page's services row: time split over columns, in looser words

/** A week has 10,080 minutes: more is a misreading. */
const MAX_WEEKLY_MINUTES = 10_080;

/**
 * A period's words as pages write them, plurals and abbreviations too ("2x/wk", "5 days") →
 * its period in WEEKLY_FACTORS. Looser than the words minutesPerWeek reads, which must not take
 * "30 min x 5 days" for 5 × 30 minutes a day: here a period word only names the period of
 * counts and lengths read from other cells.
 */
const PERIOD_WORDS: Readonly<Record<string, Period>> = {
  daily: 'daily',
  day: 'daily',
  days: 'daily',
  weekly: 'weekly',
  week: 'weekly',
  weeks: 'weekly',
  wk: 'weekly',
  wks: 'weekly',
  biweekly: 'biweekly',
  'bi-weekly': 'biweekly',
  monthly: 'monthly',
  month: 'monthly',
  months: 'monthly',
  mo: 'monthly',
  quarterly: 'quarterly',
  trimester: 'trimester',
  semester: 'semester',
  yearly: 'yearly',
  year: 'yearly',
  years: 'yearly',
  yr: 'yearly',
  annually: 'yearly',
  annual: 'yearly',
};
const PERIOD_WORD =
  /\b(daily|days?|weekly|weeks?|wks?|bi-?weekly|monthly|months?|mo|quarterly|trimester|semester|yearly|years?|yr|annually|annual)\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

function periodIn(text: string): Period | undefined {
  const word = PERIOD_WORD.exec(text)?.[1]?.toLowerCase();
  return word ? PERIOD_WORDS[word] : undefined;
}

/** "2", "2 x Weekly", "2x/wk", "twice weekly", "Weekly" (= once) → 2, 2, 2, 2, 1. */
function countIn(text: string): number | undefined {
  const number = /(\d+(?:\.\d+)?)/.exec(text);
  if (number) return Number(number[1]);
  const word = /\b(once|twice|thrice)\b/i.exec(text)?.[1]?.toLowerCase();
  if (word) return COUNT_WORDS[word];
  return periodIn(text) ? 1 : undefined;
}

/** "30 min", "30", "1 hr", "1 hour 30 minutes", "1.5 hrs", "0:45" → minutes per session. */
export function sessionMinutes(text: string): number | undefined {
  const t = clean(text).toLowerCase();
  const clock = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const hours = /(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b/.exec(t);
  const minutes = /(\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?)\b/.exec(t);
  if (!hours && !minutes) return undefined;
  return Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0);
}

/** Minutes per week within a week, else undefined: what a snapshot may carry. */
export function bounded(minutes: number | null | undefined): number | undefined {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return undefined;
  return minutes >= 0 && minutes <= MAX_WEEKLY_MINUTES ? minutes : undefined;
}

function numberIn(text: string | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:min(?:ute)?s?|h(?:ou)?rs?)?\s*$/i.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The columns of a services row about time (the snapshot's TimeCells). */
export type TimeColumn =
  | 'frequency'
  | 'period'
  | 'sessions'
  | 'duration'
  | 'weeklyMinutes'
  | 'weeklyHours';

/**
 * Minutes per week from a row's time cells, by minutesPerWeek's rules: a cell holding the whole
 * thing ("30 min x 5 sessions = 150 min Weekly"), or split columns combined ("2" + "Weekly" and
 * "30 min" → 2 × 30 min Weekly = 60). Undefined when the period or the length is not shown.
 */
export function weeklyMinutes(
  cells: Readonly<Partial<Record<TimeColumn, string>>>,
): number | undefined {
  const perWeek = numberIn(cells.weeklyMinutes);
  if (perWeek !== undefined) return bounded(perWeek);
  const hours = numberIn(cells.weeklyHours);
  if (hours !== undefined) return bounded(Math.round(hours * 60 * 100) / 100);

  const frequency = clean(cells.frequency ?? '');
  const duration = clean(cells.duration ?? '');
  const sessions = clean(cells.sessions ?? '');
  const period = clean(cells.period ?? '');
  for (const whole of [frequency, duration, sessions, `${duration} ${frequency}`]) {
    const minutes = whole.trim() ? minutesPerWeek(whole) : null;
    if (minutes !== null) return bounded(minutes);
  }
  const perSession = sessionMinutes(duration);
  const countText = frequency || sessions;
  const count = countText ? countIn(countText) : undefined;
  const every = periodIn(period) ?? periodIn(frequency) ?? periodIn(sessions) ?? periodIn(duration);
  if (perSession === undefined || count === undefined || every === undefined) return undefined;
  return bounded(minutesPerWeek(`${perSession} min x ${count} times ${every}`));
}

/**
 * Minutes per week from a services row's time cells ("2 x Weekly" and "30 min"; "30 min x 5
 * sessions = 150 min Weekly"). Read outside the page (interpret.ts): the content script sends
 * the cells as shown, and this module with the frequency rules stays out of its bundle.
 */
import { minutesPerWeek } from '../csv/frequency';
import { clean } from './dom';
import type { TimeCells } from './snapshot';

/** A week has 10,080 minutes: more is a misreading. */
const MAX_WEEKLY_MINUTES = 10_080;

const PERIOD_WORDS: Readonly<Record<string, string>> = {
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
const PERIOD =
  /\b(daily|days?|weekly|weeks?|wks?|bi-?weekly|monthly|months?|mo|quarterly|trimester|semester|yearly|years?|yr|annually|annual)\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

function periodIn(text: string): string | undefined {
  const word = PERIOD.exec(text)?.[1]?.toLowerCase();
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

export function bounded(minutes: number | null | undefined): number | undefined {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return undefined;
  return minutes >= 0 && minutes <= MAX_WEEKLY_MINUTES ? minutes : undefined;
}

function numberIn(text: string | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:min(?:ute)?s?|h(?:ou)?rs?)?\s*$/i.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Minutes per week from a row's time cells, by the CSV reader's frequency rules
 * (minutesPerWeek): a cell holding the whole thing ("30 min x 5 sessions = 150 min Weekly"),
 * or split columns combined ("2" + "Weekly" and "30 min" → 2 × 30 min Weekly = 60).
 * Undefined when the period or the length is not shown.
 */
export function weeklyMinutes(cells: TimeCells): number | undefined {
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

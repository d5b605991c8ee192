/**
 * "Sessions / Frequency" cells to minutes per week (VENDORS.md §1.3a and §12(b)).
 *
 * Forms read:
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

export const WEEKLY_FACTORS: Readonly<Record<string, number>> = {
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
};

const AMOUNT = String.raw`(\d+(?:\.\d+)?)\s*(min(?:ute)?s?|h(?:ou)?rs?|hours?)`;
const PERIOD = String.raw`(?:per\s+|a\s+|\/\s*)?(daily|day|weekly|week|bi-?weekly|monthly|month|quarterly|trimester|semester|yearly|year|annually|annual)`;
const TIMES = String.raw`(?:x|×|\*)\s*(\d+(?:\.\d+)?)\s*(?:times?|sessions?|x)?`;
const FULL = new RegExp(
  String.raw`^${AMOUNT}\s*(?:${TIMES})?\s*(?:=\s*${AMOUNT})?\s*,?\s*${PERIOD}\.?$`,
  'i',
);

export function minutesPerWeek(text: string): number | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  const m = FULL.exec(t);
  if (!m) return null;
  const [, amount, unit, times, totalAmount, totalUnit, period] = m;
  const factor = WEEKLY_FACTORS[(period ?? '').toLowerCase().replace('-', '')];
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

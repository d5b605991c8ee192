/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no time zone moves a date. */

export function isIsoDate(s: string | undefined | null): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Later of two end dates, where undefined means "no end". */
export function laterEnd(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a > b ? a : b;
}

/** Earlier of two end dates, where undefined means "no end". */
export function earlierEnd(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

/** Sort key for "valid longest": no end date sorts last (longest). */
export function endKey(end: string | undefined): string {
  return end ?? '9999-12-31';
}

import type { Preferences } from './schema';

/** Today in the user's own time zone as YYYY-MM-DD: a credential expires on a local date. */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export function asOfDate(preferences: Preferences, now = new Date()): string {
  return preferences.asOf.mode === 'fixed' ? preferences.asOf.date : localToday(now);
}

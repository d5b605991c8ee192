import { ext } from './runtime';

/**
 * A UI string from _locales (src/i18n/<lang>/*.json), with `$1`-style substitutions; the key
 * itself if the browser has no such message, so a missing string shows, never breaks.
 */
export function t(key: string, ...substitutions: string[]): string {
  try {
    return ext.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * The message named by a prefix and a value ("severity" + "error" → severityError): one line
 * instead of a table of keys, in the script whose size has a budget.
 */
export const tFor = (prefix: string, value: string): string =>
  t(`${prefix}${value[0]?.toUpperCase()}${value.slice(1)}`);

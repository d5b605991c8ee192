import { ext } from '../runtime';

/** A UI string from _locales; the key itself if the browser has no translation for it. */
export function t(key: string): string {
  try {
    return ext.i18n.getMessage(key) || key;
  } catch {
    return key;
  }
}

/**
 * Cell values to engine values, each cached by distinct text: an export of 100,000 rows has a
 * few dozen distinct disability, grade or service spellings, so each is parsed once. What the
 * texts mean is src/fields/values.ts, the page reader's too.
 */

import { parseDateRange, parseYesNo } from '../fields/values';
import {
  normalizeGrade,
  parseDate,
  parseDisability,
  parseServiceCode,
  resolveAuthorization,
} from '../rules';

/** How many recent distinct texts a memo compares before looking in its map. */
const RECENT = 16;

/**
 * A per-value memo of a parser that returns null for "not understood". The last few distinct
 * texts are compared first: most columns of an export repeat a few values, and comparing a new
 * cell with them is cheaper than hashing it. A column of many values (dates) soon stops
 * comparing.
 */
export function cached<T>(parse: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  const recentTexts: string[] = [];
  const recentValues: T[] = [];
  let next = 0;
  let hits = 0;
  let misses = 0;
  return (text) => {
    if (next !== -1) {
      for (let i = 0; i < recentTexts.length; i++) {
        if (recentTexts[i] === text) {
          hits++;
          return recentValues[i] as T;
        }
      }
    }
    let v = memo.get(text);
    if (v === undefined && !memo.has(text)) {
      v = parse(text);
      memo.set(text, v);
    }
    if (next !== -1) {
      if (++misses > 4 * RECENT && misses > hits) {
        next = -1;
      } else {
        recentTexts[next] = text;
        recentValues[next] = v as T;
        next = (next + 1) % RECENT;
      }
    }
    return v as T;
  };
}

/** Fresh caches for one read (kept per call so memory is released with the result). */
export function valueParsers() {
  return {
    disability: cached(parseDisability),
    grade: cached(normalizeGrade),
    date: cached(parseDate),
    service: cached(parseServiceCode),
    authorization: cached(resolveAuthorization),
    yesNo: cached(parseYesNo),
    dateRange: cached(parseDateRange),
  };
}

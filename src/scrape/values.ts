/**
 * What a page shows → the snapshot's values (VENDORS.md §12(b) "Value normalisation rules").
 * Used by buildSnapshot, so every adapter's readings come out the same way. Pure functions of
 * strings: the DOM is read elsewhere. Each gives null/undefined rather than guess.
 */
import { bounded } from '../fields/frequency';
import { isBlank, parseYesNo, splitDateRange } from '../fields/values';
import { parseDate, parseDisability } from '../rules';
import { clean } from './dom';
import { shownAt, whereShown } from './shown-at';
import type { CodedValue, ShownService } from './snapshot';

/** Longest text kept in a snapshot (the message schema allows 500). */
export const MAX_TEXT = 500;
/** Most services kept (the message schema allows 200). */
export const MAX_SERVICES = 200;

export function limit(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT).trimEnd() : text;
}

/** Select placeholders and words that mean "nobody / nothing yet". */
const PLACEHOLDER =
  /^[-\s(]*(?:select|choose|not assigned|unassigned|none assigned|not applicable|no case manager|tbd|to be determined|vacant)\b[^{]*$/i;

/** A value that shows nothing: blank, "N/A", "-- Select --", an unrendered "{{template}}". */
export function isPlaceholder(text: string): boolean {
  const t = clean(text);
  return isBlank(t) || t.includes('{{') || PLACEHOLDER.test(t) || !/[\p{L}\p{N}]/u.test(t);
}

// ---------------------------------------------------------------------------------------------
// Disabilities

/**
 * A disability field's value ("290", "SLD", "Specific Learning Disability", "290 - SLD",
 * "Specific Learning Disability (SLD)") → its CALPADS code, and the value as shown for the
 * label. In this field 330 is Traumatic Brain Injury. A value that does not parse (or whose
 * number and name disagree) gets an empty code.
 */
export function disabilityValue(text: string): CodedValue | null {
  const shown = clean(text);
  if (isPlaceholder(shown)) return null;
  return { code: parseDisability(shown) ?? '', label: limit(shown) };
}

// ---------------------------------------------------------------------------------------------
// People and agencies

/** Words that name an organisation, not a person ("400 – ABC Therapy Inc", "100 District of Service"). */
const AGENCY_WORDS =
  /\b(?:inc|llc|llp|ltd|corp|corporation|company|agency|npa|nps|therapy|therapies|services|center|centre|clinic|clinics|group|associates|district|schools?|academy|county|office|coe|selpa|foundation|institute|hospital|department|dept|university|college|unified|usd|nonpublic|non-public)\b/i;

/** True when the text names an organisation (an NPA, a district), not a person. */
export function isAgency(text: string): boolean {
  return AGENCY_WORDS.test(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** "Yes" in a column, "Active" in a status cell: words that are never a person's name. */
const NOT_NAMES = /^(?:yes|no|y|n|x|true|false|active|inactive|none|other|current|ended)$/i;
const MAX_NAME_WORDS = 6;

/**
 * A person's name as shown, without a staff number or role note, order kept:
 * "1234 – Lee, Dana" → "Lee, Dana"; "Smith, Ana (Teacher of Record)" → "Smith, Ana";
 * "Lee, Dana <dlee@example.org>" → "Lee, Dana". Null when no name of two or more words is left
 * (a date, "Yes", a sentence of help text, an agency).
 */
export function personName(text: string): string | null {
  let name = clean(text);
  if (isPlaceholder(name) || name.length > 200) return null;
  name = name
    .replace(/<[^>]*>|\S+@\S+/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/^\s*#?\d+\s*[-–—:|.]?\s*/, '')
    .replace(/\s*[-–—:|]?\s*#?\d+\s*$/, '');
  name = clean(name).replace(/^[-–—,;:|\s]+|[-–—,;:|\s]+$/g, '');
  if (!name || isPlaceholder(name) || NOT_NAMES.test(name)) return null;
  if (/\d/.test(name) || name.length > 80) return null;
  if (name.split(/[\s,]+/).filter(Boolean).length > MAX_NAME_WORDS) return null;
  if (isAgency(name)) return null;
  // Two words at least, each with a letter; whether they name a person (degrees, titles,
  // agencies, nicknames) is decided outside the page by rules/names.ts, whose tables the content
  // script does not carry (its size budget).
  if (name.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w)).length < 2) return null;
  return name;
}

/**
 * A service's provider: an agency kept as shown (code included, "400 – ABC Therapy Inc"), a
 * person without staff number or role note, anything else (a position) as shown.
 */
export function providerText(text: string): string | undefined {
  const shown = clean(text);
  if (isPlaceholder(shown)) return undefined;
  if (isAgency(shown)) return limit(shown);
  return limit(personName(shown) ?? shown);
}

// ---------------------------------------------------------------------------------------------
// Services

/**
 * A service as the page shows it: the service cell's text and a separate code column's, each
 * cleaned and bounded; null when neither shows anything. Which service it is (its CALPADS code
 * and name) is read outside the page, by interpret.ts: the service tables stay out of the
 * content script.
 */
export function serviceText(text: string, codeText = ''): { code?: string; name: string } | null {
  const name = clean(text);
  const code = clean(codeText);
  if (isPlaceholder(name) && isPlaceholder(code)) return null;
  const out: { code?: string; name: string } = { name: limit(name) };
  if (code) out.code = limit(code);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A date as YYYY-MM-DD (MM/DD/YYYY, M/D/YY, ISO…); the text as shown if it is not a date. */
export function isoDate(text: string): string {
  const shown = clean(text);
  return parseDate(shown) ?? limit(shown);
}

/**
 * "02/06/2025 - 02/05/2026", "2/6/25 – 2/5/26", "2025-02-06 to 2026-02-05" → start and end as
 * YYYY-MM-DD. An open end ("08/15/2025 - ") gives the start only; a side that is not a date
 * is kept as shown. Null when neither side is a date.
 */
export function dateRange(text: string): { start?: string; end?: string } | null {
  const sides = splitDateRange(clean(text));
  if (!sides) return null;
  const [a, b] = sides;
  if (!parseDate(a) && !parseDate(b)) return null;
  const range: { start?: string; end?: string } = {};
  if (a) range.start = isoDate(a);
  if (b) range.end = isoDate(b);
  return range;
}

// ---------------------------------------------------------------------------------------------
// Other fields

/** "Yes"/"Y"/"True"/"Checked" → true, "No"/"N"/"None" → false, anything else null. */
export function yesNo(text: string): boolean | null {
  return parseYesNo(clean(text));
}

/** A service record's status as shown → 'active' / 'inactive'; undefined for anything else. */
export function serviceStatus(text: string): 'active' | 'inactive' | undefined {
  const t = clean(text).toLowerCase();
  if (/^(?:active|current|in effect)$/.test(t)) return 'active';
  if (/^(?:inactive|ended|closed|discontinued|exited|expired)$/.test(t)) return 'inactive';
  return undefined;
}

/** Any other text field: as shown, bounded. */
export function textValue(text: string): string | undefined {
  const shown = clean(text);
  return isPlaceholder(shown) ? undefined : limit(shown);
}

/**
 * An adapter's service made uniform, as shown: dates as YYYY-MM-DD, a person provider without
 * staff number, minutes per week within a week, texts bounded. Its code and name are read
 * later (interpret.ts). Null when it shows no service at all.
 */
export function tidyService(service: ShownService): ShownService | null {
  const shown = serviceText(service.name ?? '', service.code ?? '');
  if (!shown) return null;
  // Fields this module does not know (an adapter's additions) are kept as they are.
  const out: ShownService = { ...service, ...shown };
  const place = whereShown(service);
  if (place) shownAt(out, place);
  const provider = service.provider ? providerText(service.provider) : undefined;
  const set = <K extends keyof ShownService>(key: K, value: ShownService[K] | undefined) => {
    if (value === undefined || value === '') delete out[key];
    else out[key] = value;
  };
  set('code', shown.code);
  set('provider', provider);
  for (const key of ['providerPosition', 'location', 'delivery'] as const) {
    set(key, service[key] ? textValue(service[key] ?? '') : undefined);
  }
  set('minutesPerWeek', bounded(service.minutesPerWeek));
  set(
    'status',
    service.status === 'active' || service.status === 'inactive' ? service.status : undefined,
  );
  set('start', service.start && !isPlaceholder(service.start) ? isoDate(service.start) : undefined);
  set('end', service.end && !isPlaceholder(service.end) ? isoDate(service.end) : undefined);
  return out;
}

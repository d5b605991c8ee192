/**
 * Parsers for the values vendor exports, pages and rosters carry. Pure; shared by the CSV
 * import, the page adapters and the CLI. Each returns null rather than guess (REFERENCE.md §7):
 * a wrong code would give a false verdict, a null gives `missing-data` or `needs-review`.
 */
import { DISABILITY_NAMES } from './data/disability-names';
import { SERVICES } from './data/services';
import type { Grade } from './grades';
import { fold } from './text';

// ---------------------------------------------------------------------------------------------
// Disabilities and services: "290", "SLD", "Specific Learning Disability", "290 - SLD",
// "Specific Learning Disability (SLD)". A number and a name that disagree give null.

function buildIndex(rows: readonly { code: string; names: readonly string[] }[]) {
  const index = new Map<string, string>();
  for (const r of rows) for (const n of r.names) index.set(fold(n), r.code);
  return index;
}

const DISABILITY_INDEX = buildIndex(
  DISABILITY_NAMES.map((d) => ({ code: d.code, names: [d.name, d.abbreviation, ...d.synonyms] })),
);
const DISABILITY_CODES = new Set(DISABILITY_NAMES.map((d) => d.code));

// Built on first use, not at load: the content script imports this module for disabilities
// only, and a top-level call would keep the services table in its bundle (see scrape/interpret.ts).
let serviceIndex: { codes: ReadonlySet<string>; index: ReadonlyMap<string, string> } | undefined;
function services() {
  serviceIndex ??= {
    codes: new Set(SERVICES.map((s) => s.code)),
    index: buildIndex(SERVICES.map((s) => ({ code: s.code, names: [s.name, ...s.synonyms] }))),
  };
  return serviceIndex;
}

function parseCoded(
  text: string,
  codes: ReadonlySet<string>,
  index: ReadonlyMap<string, string>,
): string | null {
  // Most values are already a bare CALPADS code ("290", "330"): nothing else to read.
  if (text.length === 3 && codes.has(text)) return text;
  const raw = text.trim();
  if (!raw) return null;
  const found = new Set<string>();
  let unknownNumber = false;
  for (const m of raw.matchAll(/(?<![\d.])(\d{3})(?![\d.])/g)) {
    const n = m[1] ?? '';
    if (codes.has(n)) found.add(n);
    else unknownNumber = true;
  }
  const words = raw.replace(/(?<![\d.])\d{3}(?![\d.])/g, ' ');
  const named = nameCodes(words, index);
  if (named === 'conflict') return null;
  for (const c of named) found.add(c);
  // An unknown number beside a known one ("330 120 min") is too unsure to read.
  if (unknownNumber) return null;
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Codes named by the words of a value, trying the whole, then its "A (B)" and "A - B" parts. */
function nameCodes(words: string, index: ReadonlyMap<string, string>): string[] | 'conflict' {
  const whole = fold(words);
  if (!whole) return [];
  const direct = index.get(whole);
  if (direct) return [direct];
  const parts = words
    .split(/\s[-–—:|]\s|[()[\]]|\s[-–—]|[-–—]\s|:|\|/)
    .map(fold)
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [];
  const codes = new Set<string>();
  for (const p of parts) {
    const c = index.get(p);
    if (!c) return 'conflict';
    codes.add(c);
  }
  return codes.size === 1 ? [...codes] : 'conflict';
}

/** A disability field's value → CALPADS disability code. In this field, 330 is TBI. */
export function parseDisability(text: string): string | null {
  return parseCoded(text, DISABILITY_CODES, DISABILITY_INDEX);
}

/**
 * A service field's value → CALPADS service code. In this field, 330 is Specialized Academic
 * Instruction. Program names (RSP, SDC) are not services and give null.
 */
export function parseServiceCode(text: string): string | null {
  const { codes, index } = services();
  return parseCoded(text, codes, index);
}

// ---------------------------------------------------------------------------------------------
// Grades: PS, TK, K, 1–12, AD (adult to 22), UG (ungraded: CALPADS UE/US, never compared).

export type NormalizedGrade = Grade | 'UG';

const GRADE_WORDS: Record<string, NormalizedGrade> = {
  ps: 'PS',
  p: 'PS',
  pk: 'PS',
  prek: 'PS',
  'pre k': 'PS',
  'pre kindergarten': 'PS',
  prekindergarten: 'PS',
  preschool: 'PS',
  'pre school': 'PS',
  in: 'PS',
  infant: 'PS',
  td: 'PS',
  toddler: 'PS',
  tk: 'TK',
  'transitional kindergarten': 'TK',
  'transitional k': 'TK',
  k: 'K',
  kn: 'K',
  kg: 'K',
  kinder: 'K',
  kindergarten: 'K',
  ad: 'AD',
  adult: 'AD',
  'adult transition': 'AD',
  'adult education': 'AD',
  '18 22': 'AD',
  ue: 'UG',
  us: 'UG',
  uu: 'UG',
  ug: 'UG',
  ungraded: 'UG',
  'ungraded elementary': 'UG',
  'ungraded secondary': 'UG',
};

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/**
 * A grade as vendors write it → PS, TK, K, "1"…"12", AD or UG. CALPADS spellings (KN, 01, UE)
 * included. Ungraded (UE/US/UU) is UG, never adult: an ungraded elementary pupil is a child.
 */
export function normalizeGrade(text: string): NormalizedGrade | null {
  let t = fold(text)
    .replace(/^(grade level|grade|gr|grd)\s*/, '')
    .replace(/\s*(grade|gr)$/, '')
    .trim();
  // Own keys only: a page's "constructor" or "__proto__" is no grade (and no Object method).
  const word = Object.hasOwn(GRADE_WORDS, t) ? GRADE_WORDS[t] : undefined;
  if (word) return word;
  const ordinal = ORDINAL_WORDS.indexOf(t);
  if (ordinal >= 0) return String(ordinal + 1) as Grade;
  t = t.replace(/^(\d+)(st|nd|rd|th)$/, '$1');
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    if (n === 0) return 'K';
    if (n >= 1 && n <= 12) return String(n) as Grade;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2199) return null;
  if (m < 1 || m > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n <= 69 ? 2000 + n : 1900 + n;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * YYYY-MM-DD, ISO with a time (the date as written, no time-zone shift), YYYY/MM/DD,
 * MM/DD/YYYY, M/D/YY, MM-DD-YYYY, "Jan 5, 2025", "5 January 2025" → YYYY-MM-DD.
 * Impossible dates (02/30/2025) → null. Day-first (European) dates are not accepted.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s.*)?$/.exec(t);
  if (m) return ymd(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m) return ymd(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (m) return ymd(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1]));
  return null;
}

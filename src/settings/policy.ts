/**
 * The district's policy: what an administrator sets for every user through Google Admin, group
 * policy or a policy file, which the browser hands the extension as storage.managed
 * (managed_schema.json declares it). Chrome drops a value that does not fit that schema before
 * the extension sees it; Firefox has no schema at all, and some rules (a real date, an https
 * address, a readable roster) no JSON schema can say. So every key is checked here again, one
 * at a time: a key that cannot be read is reported and left out, and the user's own setting
 * for that part stays in force. Nothing here throws.
 *
 * Pure: the background and the options page pass in what storage.managed returned.
 */
import * as v from 'valibot';
import { formatProblem } from '../csv/problems';
import { readRoster } from '../csv/roster';
import { RULE_IDS, type RuleId, type StaffMember } from '../rules/types';
import { VENDORS } from '../scrape/snapshot';
import {
  coveredByPatterns,
  type DistrictHost,
  MAX_DISTRICT_HOSTS,
  type OriginProblem,
  parseDistrictOrigin,
} from './district-hosts';
import { type Preferences, RosterSchema, StaffMemberSchema } from './schema';

/** The parts of the settings a district can set or lock, named as the policy names them. */
export const POLICY_PARTS = [
  'profile',
  'roster',
  'asOf',
  'disabledRules',
  'districtHosts',
] as const;
export type PolicyPart = (typeof POLICY_PARTS)[number];

/** The policy's own keys (managed_schema.json's properties). */
export const POLICY_KEYS = [
  'rosterCsv',
  'roster',
  'districtHosts',
  'disabledRules',
  'asOf',
  'lockSettings',
  'lockedSettings',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export interface DistrictPolicy {
  /** The district's roster, replacing the user's; null when the policy gives none. */
  roster: StaffMember[] | null;
  asOf: Preferences['asOf'] | null;
  /** Checks the district switched off; null when the policy names none. */
  disabledRules: RuleId[] | null;
  /** Addresses the district added; null when the policy names none. */
  districtHosts: DistrictHost[] | null;
  /** Parts the user cannot change, in POLICY_PARTS order. */
  locked: PolicyPart[];
}

export interface PolicyProblem {
  key: PolicyKey;
  /** What is wrong, in the policy's own terms (key, item, field), for the district's IT staff. */
  detail: string;
}

export interface PolicyRead {
  policy: DistrictPolicy;
  problems: PolicyProblem[];
}

export const NO_POLICY: DistrictPolicy = {
  roster: null,
  asOf: null,
  disabledRules: null,
  districtHosts: null,
  locked: [],
};
export const NO_POLICY_READ: PolicyRead = { policy: NO_POLICY, problems: [] };

/** A roster CSV larger than this is not a roster (the options page's file limit). */
const MAX_ROSTER_CSV = 10 * 1024 * 1024;
/** Problems listed per key: enough to find the pattern, short enough to read. */
const MAX_DETAILS = 3;

/** A date written YYYY-MM-DD that is on the calendar (2031-02-30 is not). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const ASOF_MESSAGE = 'must be "today" or a date written YYYY-MM-DD';
const ASOF = v.pipe(
  v.string(ASOF_MESSAGE),
  v.check((text) => text === 'today' || isCalendarDate(text), ASOF_MESSAGE),
);
const RULES = v.array(v.picklist(RULE_IDS, 'is not the id of a check'));
const STAFF = v.array(StaffMemberSchema);
const HOSTS = v.pipe(
  v.array(
    v.object({
      origin: v.pipe(v.string(), v.maxLength(260)),
      vendor: v.picklist(VENDORS, `is not one of ${VENDORS.join(', ')}`),
    }),
  ),
  v.maxLength(MAX_DISTRICT_HOSTS, `lists more than ${MAX_DISTRICT_HOSTS} addresses`),
);
const LOCKS = v.array(v.picklist(POLICY_PARTS, `is not one of ${POLICY_PARTS.join(', ')}`));

const ORIGIN_PROBLEMS: Record<OriginProblem, string> = {
  empty: 'is empty',
  'not-https': 'must start with https://',
  wildcard: 'may use * only as a leading "*."',
  'wildcard-too-broad': 'uses a wildcard over a whole top-level domain or an IP address',
  port: 'names a port; write the address without one',
  credentials: 'holds a user name or password',
  invalid: 'is not a web address',
};

/** `districtHosts[1].vendor: is not one of …`: the path as the policy JSON spells it. */
function issueText(key: PolicyKey, issue: v.BaseIssue<unknown>): string {
  let path: string = key;
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return `${path}: ${issue.message}`;
}

function summarize(details: string[]): string {
  const shown = details.slice(0, MAX_DETAILS).join('; ');
  const more = details.length - MAX_DETAILS;
  return more > 0 ? `${shown} (and ${more} more)` : shown;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; detail: string };

function parseWith<T>(
  key: PolicyKey,
  schema: v.GenericSchema<unknown, T>,
  raw: unknown,
): Parsed<T> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.output };
  // Only the first issue per item: valibot reports a missing field and its type both.
  const seen = new Set<string>();
  const details: string[] = [];
  for (const issue of result.issues) {
    const text = issueText(key, issue);
    const where = text.slice(0, text.indexOf(':'));
    if (seen.has(where)) continue;
    seen.add(where);
    details.push(text);
  }
  return { ok: false, detail: summarize(details) };
}

/**
 * The roster CSV as the roster file is read (CONTRACT §3). Any row that cannot be read refuses
 * the whole roster, as the options page refuses such a file: a roster missing one of a person's
 * authorizations would turn a fitting case manager into a false violation.
 */
function parseRosterCsv(raw: unknown): Parsed<StaffMember[]> {
  if (typeof raw !== 'string') return { ok: false, detail: 'rosterCsv: must be text' };
  if (raw.length > MAX_ROSTER_CSV) return { ok: false, detail: 'rosterCsv: is too large' };
  const read = readRoster(raw, { file: 'rosterCsv' });
  if (read.fatal || read.errors.length > 0) {
    return { ok: false, detail: summarize(read.errors.map(formatProblem)) };
  }
  const staff = read.records.map(({ line: _line, ...member }) => member);
  return parseWith('rosterCsv', STAFF, staff);
}

function parseHosts(raw: unknown, builtInPatterns: readonly string[]): Parsed<DistrictHost[]> {
  const shape = parseWith('districtHosts', HOSTS, raw);
  if (!shape.ok) return shape;
  const hosts: DistrictHost[] = [];
  const details: string[] = [];
  shape.value.forEach((entry, index) => {
    const parsed = parseDistrictOrigin(entry.origin);
    const where = `districtHosts[${index}].origin`;
    if (!parsed.ok) {
      details.push(`${where}: ${ORIGIN_PROBLEMS[parsed.problem]}`);
      return;
    }
    // A vendor's own domain already runs the content script; registering it again would
    // inject it twice. Not an error: the pages are checked either way.
    if (coveredByPatterns(parsed.origin, builtInPatterns)) return;
    if (hosts.some((h) => h.origin === parsed.origin)) return;
    hosts.push({ origin: parsed.origin, vendor: entry.vendor });
  });
  return details.length > 0
    ? { ok: false, detail: summarize(details) }
    : { ok: true, value: hosts };
}

/** Which part each value key sets: a key that cannot be read never locks its part. */
const PART_OF: Partial<Record<PolicyKey, PolicyPart>> = {
  rosterCsv: 'roster',
  roster: 'roster',
  districtHosts: 'districtHosts',
  disabledRules: 'disabledRules',
  asOf: 'asOf',
};

/**
 * What storage.managed returned → the district's policy and what could not be read.
 * `builtInPatterns` are the manifest's own content-script matches.
 */
export function readPolicy(raw: unknown, builtInPatterns: readonly string[] = []): PolicyRead {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY_READ;
  const given = raw as Record<string, unknown>;
  const has = (key: PolicyKey) => given[key] !== undefined && given[key] !== null;
  const problems: PolicyProblem[] = [];
  const broken = new Set<PolicyPart>();
  const take = <T>(key: PolicyKey, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    problems.push({ key, detail: parsed.detail });
    const part = PART_OF[key];
    if (part) broken.add(part);
    return null;
  };

  const fromCsv = has('rosterCsv') ? take('rosterCsv', parseRosterCsv(given.rosterCsv)) : null;
  const fromRows = has('roster') ? take('roster', parseWith('roster', STAFF, given.roster)) : null;
  let roster: StaffMember[] | null = null;
  if (!broken.has('roster') && (fromCsv || fromRows)) {
    // Both forms may be given; together they are the district's one roster.
    const staff = [...(fromCsv ?? []), ...(fromRows ?? [])];
    roster = take('roster', parseWith('roster', RosterSchema.entries.staff, staff));
  }

  const asOfText = has('asOf') ? take('asOf', parseWith('asOf', ASOF, given.asOf)) : null;
  const asOf: Preferences['asOf'] | null =
    asOfText === null
      ? null
      : asOfText === 'today'
        ? { mode: 'today' }
        : { mode: 'fixed', date: asOfText };

  const rules = has('disabledRules')
    ? take('disabledRules', parseWith('disabledRules', RULES, given.disabledRules))
    : null;
  const hosts = has('districtHosts')
    ? take('districtHosts', parseHosts(given.districtHosts, builtInPatterns))
    : null;

  const lockAll = has('lockSettings')
    ? take('lockSettings', parseWith('lockSettings', v.boolean(), given.lockSettings))
    : null;
  const lockSome = has('lockedSettings')
    ? take('lockedSettings', parseWith('lockedSettings', LOCKS, given.lockedSettings))
    : null;
  const wanted = new Set<PolicyPart>(lockAll ? POLICY_PARTS : (lockSome ?? []));

  return {
    policy: {
      roster,
      asOf,
      // Kept in the registry's order and once each, as the options page stores its own.
      disabledRules: rules ? RULE_IDS.filter((id) => rules.includes(id)) : null,
      districtHosts: hosts,
      locked: POLICY_PARTS.filter((part) => wanted.has(part) && !broken.has(part)),
    },
    problems,
  };
}

/**
 * True when storage.managed names any of the policy's keys: a quick look for the popup, which
 * only says that the district has a say and should not read a whole roster to say it.
 */
export function namesPolicy(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const given = raw as Record<string, unknown>;
  return POLICY_KEYS.some((key) => given[key] !== undefined && given[key] !== null);
}

/** True when the district sets or locks anything: the pages then say so. */
export function isManaged(policy: DistrictPolicy): boolean {
  return (
    policy.roster !== null ||
    policy.asOf !== null ||
    policy.disabledRules !== null ||
    policy.districtHosts !== null ||
    policy.locked.length > 0
  );
}

/**
 * What the extension keeps in storage.local, with its schema. Only staff data lives here
 * (the user's own profile and a district roster): never a student's.
 */
import * as v from 'valibot';
import { RULE_IDS, type StaffMember } from '../rules/types';
import { VENDORS } from '../scrape/snapshot';
import { type DistrictHost, isCanonicalDistrictOrigin, MAX_DISTRICT_HOSTS } from './district-hosts';

const isoDate = v.pipe(v.string(), v.isoDate('Dates are written YYYY-MM-DD.'));
const name = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'Enter a name, written as the IEP system shows it.'),
  v.maxLength(200, 'A name can be at most 200 characters.'),
);

export const HeldAuthorizationSchema = v.pipe(
  v.object({
    key: v.optional(v.pipe(v.string(), v.maxLength(40))),
    text: v.optional(v.pipe(v.string(), v.maxLength(200))),
    issued: v.optional(isoDate),
    expires: v.optional(isoDate),
  }),
  v.check((a) => Boolean(a.key || a.text), 'An authorization needs a key or its name.'),
);

export const StaffMemberSchema = v.object({
  name,
  email: v.optional(v.pipe(v.string(), v.maxLength(320))),
  position: v.optional(v.pipe(v.string(), v.maxLength(200))),
  authorizations: v.pipe(v.array(HeldAuthorizationSchema), v.maxLength(100)),
});
// The stored shape is the engine's own StaffMember: this line fails to compile if they drift.
const _sameShape: StaffMember = {} as v.InferOutput<typeof StaffMemberSchema>;
void _sameShape;

export const ProfileSchema = StaffMemberSchema;
export type Profile = StaffMember;

export const RosterSchema = v.object({
  importedAt: v.pipe(v.string(), v.isoTimestamp()),
  staff: v.pipe(v.array(StaffMemberSchema), v.maxLength(20_000)),
});
export type Roster = v.InferOutput<typeof RosterSchema>;

export const PreferencesSchema = v.object({
  /** Judge credentials as of today, or as of a fixed date (an IEP date, census day). */
  asOf: v.variant('mode', [
    v.object({ mode: v.literal('today') }),
    v.object({ mode: v.literal('fixed'), date: isoDate }),
  ]),
  disabledRules: v.pipe(v.array(v.picklist(RULE_IDS)), v.maxLength(RULE_IDS.length)),
});
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { asOf: { mode: 'today' }, disabledRules: [] };

export const DistrictHostSchema = v.object({
  // Only the canonical form parseDistrictOrigin writes: https, lowercase, no port or path,
  // no wildcard but a leading "*.". Anything else is refused rather than repaired.
  origin: v.pipe(
    v.string(),
    v.maxLength(260),
    v.check(
      isCanonicalDistrictOrigin,
      'An address is written https://host, with nothing after it.',
    ),
  ),
  vendor: v.picklist(VENDORS),
});

export const DistrictHostsSchema = v.pipe(
  v.array(DistrictHostSchema),
  v.maxLength(MAX_DISTRICT_HOSTS, `At most ${MAX_DISTRICT_HOSTS} addresses.`),
  v.check(
    (hosts) => new Set(hosts.map((h) => h.origin)).size === hosts.length,
    'Each address may be listed once.',
  ),
);
const _sameHost: DistrictHost = {} as v.InferOutput<typeof DistrictHostSchema>;
void _sameHost;

export interface Settings {
  profile: Profile | null;
  roster: Roster | null;
  preferences: Preferences;
  /** Vendor IEP pages a district serves from its own domain; empty when none. */
  districtHosts: DistrictHost[];
}

/** The storage.local keys, one per part, so one bad part never costs the others. */
export const SETTINGS_SCHEMAS = {
  profile: ProfileSchema,
  roster: RosterSchema,
  preferences: PreferencesSchema,
  districtHosts: DistrictHostsSchema,
} as const;
export type SettingsKey = keyof typeof SETTINGS_SCHEMAS;

/**
 * Reads and writes the settings, validating both ways: a corrupt stored part is set aside
 * with a clear message (never thrown), and invalid input is refused before anything is written.
 */
import * as v from 'valibot';
import type { DistrictHost } from './district-hosts';
import {
  DEFAULT_PREFERENCES,
  type Preferences,
  type Profile,
  type Roster,
  SETTINGS_SCHEMAS,
  type Settings,
  type SettingsKey,
} from './schema';

/** The part of storage.local we use; injected so tests can pass a plain object. */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** storage.local with remove(), for the options page's "Remove roster". */
export interface RemovableArea extends KeyValueArea {
  remove(keys: string | string[]): Promise<void>;
}

const LABELS: Record<SettingsKey, string> = {
  profile: 'your profile',
  roster: 'the district roster',
  preferences: 'your preferences',
  districtHosts: "your district's IEP addresses",
};

export interface LoadedSettings {
  settings: Settings;
  /** Plain-language notes about stored parts that could not be read. */
  problems: string[];
  /** The same parts by key, in order, for pages that word the notes themselves. */
  unreadable: SettingsKey[];
}

export async function loadSettings(area: KeyValueArea): Promise<LoadedSettings> {
  const stored = await area.get(Object.keys(SETTINGS_SCHEMAS));
  const problems: string[] = [];
  const unreadable: SettingsKey[] = [];
  const read = <K extends SettingsKey>(key: K) => {
    const value = stored[key];
    if (value === undefined || value === null) return null;
    const parsed = v.safeParse(SETTINGS_SCHEMAS[key], value);
    if (parsed.success) return parsed.output as v.InferOutput<(typeof SETTINGS_SCHEMAS)[K]>;
    problems.push(`The saved copy of ${LABELS[key]} could not be read and was ignored.`);
    unreadable.push(key);
    return null;
  };
  return {
    settings: {
      profile: read('profile') as Profile | null,
      roster: read('roster') as Roster | null,
      preferences: (read('preferences') as Preferences | null) ?? DEFAULT_PREFERENCES,
      districtHosts: (read('districtHosts') as DistrictHost[] | null) ?? [],
    },
    problems,
    unreadable,
  };
}

export type SaveResult = { ok: true } | { ok: false; errors: string[] };

/** Validates, then writes one part in a single set() call, so a save is all or nothing. */
export async function saveSetting(
  area: KeyValueArea,
  key: SettingsKey,
  value: unknown,
): Promise<SaveResult> {
  const parsed = v.safeParse(SETTINGS_SCHEMAS[key], value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.map((issue) => {
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  await area.set({ [key]: parsed.output });
  return { ok: true };
}

/** Removes one part; the others are untouched. */
export async function removeSetting(area: RemovableArea, key: SettingsKey): Promise<void> {
  await area.remove(key);
}

/**
 * Keeps the content script registered on the district-hosted vendor addresses the user added in
 * the options page or the district's policy names: registered where an address is listed AND the
 * browser granted access to it, unregistered everywhere else. A policy address is no exception:
 * no policy grants an optional host permission (ExtensionSettings' runtime_allowed_hosts only
 * exempts sites from runtime_blocked_hosts), so it waits for the user's "Allow" in the options
 * page. Runs when the browser starts, when the extension is installed or updated, when the stored
 * addresses or the policy change and when access is granted or taken away (the user can revoke
 * it in chrome://extensions at any time).
 */
import browser from 'webextension-polyfill';
import { type DistrictHost, originPattern } from '../settings/district-hosts';
import { loadEffectiveSettings } from '../settings/effective';
import type { PolicyRead } from '../settings/policy';
import type { KeyValueArea } from '../settings/store';
import { districtPolicy } from './district-policy';

/** Our registrations' ids start with this, so other dynamic scripts are never touched. */
export const DISTRICT_SCRIPT_PREFIX = 'cmc-district:';

export function scriptIdFor(origin: string): string {
  return `${DISTRICT_SCRIPT_PREFIX}${origin}`;
}

export interface DistrictScript {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The browser APIs the sync uses; the unit tests pass fakes. */
export interface SyncApi {
  storage: KeyValueArea;
  /** The district's policy (storage.managed, read and checked). */
  policy(): Promise<PolicyRead>;
  /** Paths of the manifest's content script, as built (src/content/index.js). */
  contentScriptFiles(): string[];
  hasAccess(pattern: string): Promise<boolean>;
  getRegistered(): Promise<DistrictScript[]>;
  register(scripts: DistrictScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export interface SyncReport {
  registered: string[];
  unregistered: string[];
  /** Origins whose registration the browser refused. */
  failed: string[];
}

function scriptFor(host: DistrictHost, js: string[]): DistrictScript {
  return {
    id: scriptIdFor(host.origin),
    matches: [originPattern(host.origin)],
    js,
    // The same reach as the manifest's own content script: vendor pages put the IEP in frames,
    // some written by script (about:blank, srcdoc), which only matchOriginAsFallback reaches.
    // Dynamic registrations have no matchAboutBlank; matchOriginAsFallback covers about:blank.
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** One pass: compare what should run with what is registered, and fix the difference. */
export async function syncDistrictHosts(api: SyncApi): Promise<SyncReport> {
  const report: SyncReport = { registered: [], unregistered: [], failed: [] };
  // A corrupt stored list reads as empty: every district script is then removed, the safe side.
  const settings = await loadEffectiveSettings(api.storage, api.policy);
  const js = api.contentScriptFiles();

  const wanted = new Map<string, DistrictScript>();
  if (js.length > 0) {
    for (const host of settings.districtHosts) {
      if (await api.hasAccess(originPattern(host.origin))) {
        wanted.set(scriptIdFor(host.origin), scriptFor(host, js));
      }
    }
  }

  const ours = (await api.getRegistered()).filter((s) => s.id.startsWith(DISTRICT_SCRIPT_PREFIX));
  const stale: string[] = [];
  const present = new Set<string>();
  for (const script of ours) {
    const want = wanted.get(script.id);
    // An update can rename the built script: re-register anything that no longer matches.
    if (want && sameList(script.matches, want.matches) && sameList(script.js, want.js)) {
      present.add(script.id);
    } else {
      stale.push(script.id);
    }
  }
  if (stale.length > 0) {
    await api.unregister(stale);
    report.unregistered.push(...stale);
  }
  for (const [id, script] of wanted) {
    if (present.has(id)) continue;
    // One at a time, so an address the browser refuses never holds the others back.
    try {
      await api.register([script]);
      report.registered.push(id);
    } catch {
      report.failed.push(id.slice(DISTRICT_SCRIPT_PREFIX.length));
    }
  }
  return report;
}

function browserApi(): SyncApi {
  return {
    storage: browser.storage.local,
    policy: districtPolicy,
    contentScriptFiles: () => browser.runtime.getManifest().content_scripts?.[0]?.js ?? [],
    hasAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    getRegistered: () => browser.scripting.getRegisteredContentScripts(),
    register: async (scripts) => {
      try {
        await browser.scripting.registerContentScripts(scripts);
      } catch (error) {
        // Browsers without matchOriginAsFallback (Firefox) refuse the whole registration;
        // without it, frames written by script are missed but the pages themselves are checked.
        if (!/matchOriginAsFallback/i.test(String(error))) throw error;
        await browser.scripting.registerContentScripts(
          scripts.map(({ matchOriginAsFallback: _unsupported, ...rest }) => rest),
        );
      }
    },
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  };
}

// Syncs run one after another: two at once would both see a script missing and the second
// registration would fail on the duplicate id. Losing this chain when the worker stops is
// harmless; the next event starts a new one.
let queue: Promise<unknown> = Promise.resolve();

export function scheduleDistrictHostSync(): Promise<SyncReport | null> {
  const next = queue.then(
    () => syncDistrictHosts(browserApi()),
    () => syncDistrictHosts(browserApi()),
  );
  queue = next.catch(() => undefined);
  return next.catch(() => null);
}

/** Registers the listeners; call once, synchronously, at the worker's top level. */
export function watchDistrictHosts(): void {
  const sync = () => {
    void scheduleDistrictHostSync();
  };
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'districtHosts' in changes) sync();
  });
}

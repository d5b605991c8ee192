import { useEffect, useRef, useState } from 'preact/hooks';
import { AuditLink } from '../audit/AuditLink';
import type { DistrictHost } from '../settings/district-hosts';
import { controlOf } from '../settings/effective';
import { readManagedPolicy } from '../settings/managed-policy';
import { isManaged, NO_POLICY_READ, type PolicyRead } from '../settings/policy';
import type { Preferences, Roster } from '../settings/schema';
import { type LoadedSettings, loadSettings, type SaveResult, saveSetting } from '../settings/store';
import { t } from '../ui/i18n';
import { AsOfDate } from './AsOfDate';
import { DistrictHosts } from './DistrictHosts';
import { watchDistrictPolicy } from './district-policy';
import { ProfileForm } from './ProfileForm';
import { RosterSection } from './RosterSection';
import { RuleSwitches } from './RuleSwitches';
import { localArea } from './storage';

const SECTIONS = [
  { id: 'profile', key: 'optionsProfileHeading' },
  { id: 'roster', key: 'optionsRosterHeading' },
  { id: 'as-of', key: 'optionsAsOfHeading' },
  { id: 'rules', key: 'optionsRulesHeading' },
  { id: 'district-hosts', key: 'optionsHostsHeading' },
] as const;

const PROBLEM_KEYS = {
  profile: 'optionsProblemProfile',
  roster: 'optionsProblemRoster',
  preferences: 'optionsProblemPreferences',
  districtHosts: 'optionsProblemHosts',
} as const;

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [failed, setFailed] = useState(false);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [hosts, setHosts] = useState<DistrictHost[]>([]);
  // The district's policy, read beside the user's own settings; sections show what it sets.
  const [district, setDistrict] = useState<PolicyRead>(NO_POLICY_READ);
  // Two sections write parts of the one preferences object: each save starts from the latest.
  const latestPreferences = useRef<Preferences | null>(null);

  useEffect(() => {
    document.title = t('optionsPageTitle');
    Promise.all([loadSettings(localArea), readManagedPolicy()]).then(
      ([result, policy]) => {
        setDistrict(policy);
        setLoaded(result);
        setRoster(result.settings.roster);
        setPreferences(result.settings.preferences);
        latestPreferences.current = result.settings.preferences;
        setHosts(result.settings.districtHosts);
      },
      () => setFailed(true),
    );
    return watchDistrictPolicy(setDistrict);
  }, []);

  const { policy, problems } = district;
  const control = controlOf(policy);

  const savePreferences = async (patch: Partial<Preferences>): Promise<SaveResult> => {
    const base = latestPreferences.current;
    if (!base) return { ok: false, errors: [] };
    const next = { ...base, ...patch };
    const result = await saveSetting(localArea, 'preferences', next);
    if (result.ok) {
      latestPreferences.current = next;
      setPreferences(next);
    }
    return result;
  };

  return (
    <main>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
        <p>
          <AuditLink />
        </p>
        <nav aria-label={t('optionsNavLabel')}>
          <ul class="toc">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{t(s.key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {failed && (
        <p role="alert" class="notice error">
          {t('optionsLoadFailed')}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" class="notice error" data-testid="policy-problems">
          {problems.map((p) => (
            <p key={p.key}>{t('policyUnreadable', p.detail)}</p>
          ))}
          <p>{t('policyOwnSettingsUsed')}</p>
        </div>
      )}
      {isManaged(policy) && (
        <p class="notice district" data-testid="policy-managed">
          {t('policyManaged')}
        </p>
      )}
      {loaded && loaded.unreadable.length > 0 && (
        <div role="alert" class="notice error">
          {loaded.unreadable.map((key) => (
            <p key={key}>{t(PROBLEM_KEYS[key])}</p>
          ))}
          <p>{t('optionsProblemOthersFine')}</p>
        </div>
      )}
      {loaded && preferences && (
        <>
          <ProfileForm initial={loaded.settings.profile} locked={control.profile.locked} />
          <RosterSection
            roster={roster}
            onChange={setRoster}
            district={policy.roster}
            locked={control.roster.locked}
          />
          <AsOfDate
            preferences={preferences}
            onSave={savePreferences}
            district={policy.asOf}
            locked={control.asOf.locked}
          />
          <RuleSwitches
            preferences={preferences}
            onSave={savePreferences}
            districtOff={policy.disabledRules ?? []}
            locked={control.disabledRules.locked}
          />
          <DistrictHosts
            hosts={hosts}
            onChange={setHosts}
            district={policy.districtHosts ?? []}
            locked={control.districtHosts.locked}
          />
        </>
      )}
    </main>
  );
}

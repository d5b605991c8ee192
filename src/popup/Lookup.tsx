import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { AuthorizationLookup } from './AuthorizationLookup';
import { DisabilityLookup } from './DisabilityLookup';
import type { StudentDetailsValue } from './StudentDetails';

type Tab = 'disability' | 'credential';
const TABS: readonly Tab[] = ['disability', 'credential'];
const TAB_KEY: Record<Tab, string> = {
  disability: 'popupTabDisability',
  credential: 'popupTabCredential',
};

/**
 * The two lookups, as tabs (WAI-ARIA tabs, automatic activation). Both panels stay mounted, so
 * switching keeps what was typed; each result links into the other (a credential in the
 * disability's list opens its coverage, a disability in a credential's coverage opens its list).
 */
export function Lookup() {
  const id = useId();
  const [tab, setTab] = useState<Tab>('disability');
  const [code, setCode] = useState<string | null>(null);
  const [authKey, setAuthKey] = useState<string | null>(null);
  const [details, setDetails] = useState<StudentDetailsValue>({
    grade: '',
    setting: '',
    services: [],
  });
  // Bumped to send focus to a panel's result after following a link from the other panel.
  const [focus, setFocus] = useState({ disability: 0, credential: 0 });
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    disability: null,
    credential: null,
  });

  const show = (next: Tab) => {
    setTab(next);
    setFocus((f) => ({ ...f, [next]: f[next] + 1 }));
  };

  const onTabKey = (event: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(at - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section aria-labelledby={`${id}-h`} class="lookup">
      <h2 id={`${id}-h`}>{t('popupLookupHeading')}</h2>
      <p class="muted">{t('popupLookupIntro')}</p>
      <div role="tablist" aria-labelledby={`${id}-h`} class="tabs">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKey}
          >
            {t(TAB_KEY[name])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-disability`}
        aria-labelledby={`${id}-tab-disability`}
        hidden={tab !== 'disability'}
      >
        <DisabilityLookup
          code={code}
          details={details}
          onChoose={setCode}
          onDetails={setDetails}
          focusSignal={focus.disability}
          onShowCredential={(key) => {
            setAuthKey(key);
            show('credential');
          }}
        />
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-credential`}
        aria-labelledby={`${id}-tab-credential`}
        hidden={tab !== 'credential'}
      >
        <AuthorizationLookup
          authKey={authKey}
          onChoose={setAuthKey}
          focusSignal={focus.credential}
          onShowDisability={(next) => {
            setCode(next);
            show('disability');
          }}
        />
      </div>
    </section>
  );
}

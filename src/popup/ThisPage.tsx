import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { BackgroundRequest } from '../messages';
import type { Role } from '../rules/types';
import type { IepView } from '../scrape/snapshot';
import { namesPolicy } from '../settings/policy';
import { t } from '../ui/i18n';
import { STATUS_SIGN } from '../ui/vocabulary';
import { FindingList } from './FindingList';
import { type ThisPageView, tabFromQuery, thisPageView } from './this-page-model';

const ROLE_KEY: Record<Role, string> = {
  instruction: 'popupRoleInstruction',
  support: 'popupRoleSupport',
  coordinator: 'popupRoleCoordinator',
  unknown: 'popupRoleUnknown',
};

const VIEW_KEY: Record<IepView, string> = {
  current: 'viewCurrent',
  future: 'viewFuture',
  unknown: 'viewUnknown',
};

/** Asks the background for its verdict on the tab; never throws. */
async function loadView(): Promise<ThisPageView> {
  try {
    // See tabFromQuery: the real popup has no query and reports on its window's active tab.
    const tabId =
      tabFromQuery(location.search) ??
      (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return { state: 'no-iep' };
    const request: BackgroundRequest = { type: 'tab-status', tabId };
    return thisPageView(await browser.runtime.sendMessage(request));
  } catch {
    return { state: 'failed' };
  }
}

/** Whether the district's policy has a say in the checks (roster, checks off, date). */
async function districtHasSay(): Promise<boolean> {
  try {
    return namesPolicy(await browser.storage.managed.get());
  } catch {
    // Firefox rejects when no enterprise policy names the add-on.
    return false;
  }
}

function attentionText(count: number): string {
  if (count === 0) return t('popupAttentionNone');
  return count === 1 ? t('popupAttentionOne') : t('popupAttentionMany', String(count));
}

/** The check of the student whose IEP the active tab shows: status, role, findings. */
export function ThisPage(props: { onState?: (state: ThisPageView['state']) => void }) {
  const [view, setView] = useState<ThisPageView>({ state: 'loading' });
  const { onState } = props;
  useEffect(() => onState?.(view.state), [view.state, onState]);
  const [district, setDistrict] = useState(false);
  useEffect(() => {
    void districtHasSay().then(setDistrict);
  }, []);
  useEffect(() => {
    let live = true;
    const load = () => void loadView().then((next) => live && setView(next));
    load();
    // The page may re-render (and be checked again) while the popup is open: the background
    // keeps each tab's verdict in session storage, so a change there means a new verdict.
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session') load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return (
    <section aria-labelledby="this-page-h" class="this-page" aria-busy={view.state === 'loading'}>
      <h2 id="this-page-h">{t('popupThisPageHeading')}</h2>
      {view.state === 'loading' && <div class="placeholder" />}
      {view.state === 'no-iep' && (
        <div class="empty-state" data-state="no-iep">
          <p>
            <strong>{t('popupNoIepTitle')}</strong>
          </p>
          <p class="muted">{t('popupNoIepHelp')}</p>
        </div>
      )}
      {view.state === 'failed' && (
        <div class="empty-state" data-state="failed">
          <p>
            <strong>{t('popupFailedTitle')}</strong>
          </p>
          <p class="muted">{t('popupFailedHelp')}</p>
        </div>
      )}
      {view.state === 'checked' && (
        <>
          <div class={`verdict verdict-${view.status}`} data-status={view.status}>
            <span class="shape" aria-hidden="true">
              {STATUS_SIGN[view.status].shape}
            </span>
            <div>
              <p class="verdict-word">{t(STATUS_SIGN[view.status].key)}</p>
              <p data-testid="attention-count" data-count={view.attention}>
                {attentionText(view.attention)}
              </p>
            </div>
          </div>
          <p class="muted">{t(ROLE_KEY[view.role])}</p>
          <p class="muted">{t(VIEW_KEY[view.iep])}</p>
          {district && (
            <p class="muted" data-testid="district-note">
              {t('policyPopupNote')}
            </p>
          )}
          <h3>{t('popupFindingsHeading')}</h3>
          <FindingList findings={view.findings} />
        </>
      )}
    </section>
  );
}

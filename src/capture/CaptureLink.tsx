/**
 * "Save this page's layout for support", in the popup: opens the capture page for the tab the
 * popup belongs to. The click on the toolbar button is what lets the extension read that tab
 * (activeTab), even on an address it does not know, which is where a capture helps most.
 */
import browser from 'webextension-polyfill';
import { tabFromQuery } from '../popup/this-page-model';
import { t } from '../ui/i18n';

export const CAPTURE_PAGE = 'src/capture/index.html';

export function CaptureLink() {
  const page = browser.runtime.getURL(CAPTURE_PAGE);
  return (
    <a
      href={page}
      target="_blank"
      rel="noopener"
      data-testid="capture-link"
      onClick={(event) => {
        event.preventDefault();
        void (async () => {
          const tabId =
            tabFromQuery(location.search) ??
            (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
          await browser.tabs.create({ url: tabId === undefined ? page : `${page}?tab=${tabId}` });
          window.close();
        })();
      }}
    >
      {t('captureOpenLink')}
    </a>
  );
}

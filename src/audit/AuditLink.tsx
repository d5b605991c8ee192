/**
 * "Audit a caseload", for the settings page and the popup: opens the audit page in a new tab
 * (tabs.create needs no permission for the extension's own pages, and from the popup a plain
 * link could be lost when the popup closes). The href is the page itself, so the link is still
 * a link: it can be copied, and a middle click opens it too.
 */
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';

export const AUDIT_PAGE = 'src/audit/index.html';

export function AuditLink({ class: className }: { class?: string }) {
  const url = browser.runtime.getURL(AUDIT_PAGE);
  return (
    <a
      class={className}
      href={url}
      target="_blank"
      rel="noopener"
      data-testid="audit-link"
      onClick={(event) => {
        event.preventDefault();
        void browser.tabs.create({ url }).then(() => {
          // In the popup, get out of the way of the new tab (the settings page stays open).
          if (location.pathname.includes('/popup/')) window.close();
        });
      }}
    >
      {t('auditOpenLink')}
    </a>
  );
}

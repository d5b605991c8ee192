import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { t } from '../content/ui/i18n';
import { TabStatusResponse } from '../messages';

const STATUS_KEY = {
  violation: 'statusViolation',
  review: 'statusReview',
  ok: 'statusOk',
} as const;

/** The verdict the background last reached for the active tab, if it shows an IEP. */
export function ThisPage() {
  const [status, setStatus] = useState<TabStatusResponse | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const reply = await browser.runtime.sendMessage({ type: 'tab-status', tabId: tab.id });
      const parsed = v.safeParse(TabStatusResponse, reply);
      if (parsed.success) setStatus(parsed.output);
    })().catch(() => setStatus(null));
  }, []);

  const result = status?.result;
  return (
    <section aria-labelledby="this-page">
      <h2 id="this-page">This page</h2>
      {!result ? (
        <p class="muted">Open a student's IEP in your IEP system to see its check here.</p>
      ) : (
        <>
          <p class={`status-${result.status}`}>
            <strong>{t(STATUS_KEY[result.status])}</strong>
          </p>
          <ul class="findings">
            {result.findings.map((finding) => (
              <li key={`${finding.rule}:${finding.message}`} data-rule={finding.rule}>
                {finding.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One student's findings, as the expanded row shows them: message, fixes and source. */

import type { Finding } from '../rules/types';
import { t } from '../ui/i18n';
import { SEVERITY_SIGN } from '../ui/vocabulary';

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p>{t('auditNoFindings')}</p>;
  return (
    <ul class="findings">
      {findings.map((f, i) => (
        <li key={i} class={`finding sev-${f.severity}`} data-rule={f.rule}>
          <span class="shape" aria-hidden="true">
            {SEVERITY_SIGN[f.severity].shape}
          </span>
          <div>
            <p class="message">
              <strong>{t(SEVERITY_SIGN[f.severity].key)}:</strong> {f.message}
            </p>
            {f.fixes && f.fixes.length > 0 && (
              <>
                <p class="fixes-heading">{t('auditFixesHeading')}</p>
                <ul class="fixes">
                  {f.fixes.map((fix) => (
                    <li key={fix}>{fix}</li>
                  ))}
                </ul>
              </>
            )}
            <p class="source muted">{t('auditFindingSource', f.source)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

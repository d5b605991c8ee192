import type { ShownFinding } from '../messages';
import { t } from '../ui/i18n';
import { SEVERITY_SIGN } from '../ui/vocabulary';
import { SourceLine } from './SourceLine';

/** The engine's findings, in the order given (most serious first), as the engine words them. */
export function FindingList(props: { findings: readonly ShownFinding[] }) {
  return (
    <ol class="findings">
      {props.findings.map((finding) => {
        const severity = SEVERITY_SIGN[finding.severity];
        return (
          <li
            key={`${finding.rule}:${finding.serviceCode ?? ''}:${finding.message}`}
            data-rule={finding.rule}
            data-severity={finding.severity}
            class={`finding sev-${finding.severity}`}
          >
            <span class="shape" aria-hidden="true">
              {severity.shape}
            </span>
            <p class="finding-head">
              <span class="sev">{t(severity.key)}:</span> {finding.message}
            </p>
            {finding.fixes && finding.fixes.length > 0 && (
              <div class="fixes">
                <p class="label">{t('fixLabel')}</p>
                <ul>
                  {finding.fixes.map((fix) => (
                    <li key={fix}>{fix}</li>
                  ))}
                </ul>
              </div>
            )}
            <SourceLine source={finding.source} />
          </li>
        );
      })}
    </ol>
  );
}

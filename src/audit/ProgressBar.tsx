/** The audit's progress: a labelled bar with its percentage and the phase in words. */
import { t } from '../ui/i18n';
import { type AuditPhase, progressPercent } from './progress-model';

export function phaseText(p: AuditPhase): string {
  switch (p.phase) {
    case 'reading':
      return t('auditPhaseReading');
    case 'checking':
      return p.done !== undefined && p.total
        ? t('auditPhaseCheckingCount', p.done.toLocaleString(), p.total.toLocaleString())
        : t('auditPhaseChecking');
    default:
      return t('auditPhaseShowing');
  }
}

export function ProgressBar({ phase }: { phase: AuditPhase }) {
  const percent = progressPercent(phase);
  const text = phaseText(phase);
  return (
    <div class="progress" data-testid="progress">
      <div
        class="bar"
        role="progressbar"
        aria-label={t('auditProgressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% — ${text}`}
      >
        <div class="fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="phase">{text}</p>
    </div>
  );
}

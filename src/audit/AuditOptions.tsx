/**
 * The roster and the date of this audit: the saved roster is used unless a roster file is
 * chosen for this audit; the date starts as the settings' preference and may be changed here
 * for this audit only (nothing is saved).
 */
import { t } from '../ui/i18n';
import type { SavedSettings } from './saved-settings';

interface Props {
  saved: SavedSettings;
  rosterFile: File | undefined;
  asOf: string;
  onAsOf: (date: string) => void;
  disabled: boolean;
}

export function AuditOptions({ saved, rosterFile, asOf, onAsOf, disabled }: Props) {
  return (
    <fieldset class="options" disabled={disabled}>
      <legend>{t('auditOptionsLegend')}</legend>
      <p data-testid="roster-used">{rosterLine(saved, rosterFile)}</p>
      <label for="as-of">{t('auditAsOfLabel')}</label>
      <p class="hint" id="as-of-hint">
        {t('auditAsOfHint')}
      </p>
      <input
        id="as-of"
        type="date"
        required
        value={asOf}
        aria-describedby="as-of-hint"
        onInput={(e) => onAsOf(e.currentTarget.value)}
      />
    </fieldset>
  );
}

function rosterLine(saved: SavedSettings, rosterFile: File | undefined): string {
  if (rosterFile) return t('auditRosterFromFile', rosterFile.name);
  const count = saved.roster.length.toLocaleString();
  if (saved.rosterFrom === 'district') return t('auditRosterDistrict', count);
  if (saved.rosterFrom === 'user') return t('auditRosterSaved', count);
  return t('auditRosterNone');
}

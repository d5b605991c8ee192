/**
 * The caseload limits for this audit: the law's to start with, a district's own (a waiver, a
 * local plan) entered here for this audit only. Each field says which law it comes from.
 */

import type { CaseloadLimits } from '../rules';
import { t } from '../ui/i18n';
import { LAW_LIMIT_FIELDS, type LimitFields } from './caseload-model';

const FIELDS: { key: keyof CaseloadLimits; id: string; label: string; hint: string }[] = [
  {
    key: 'resourceSpecialist',
    id: 'limit-resource',
    label: 'auditLimitResourceLabel',
    hint: 'auditLimitResourceHint',
  },
  {
    key: 'speechAverage',
    id: 'limit-speech',
    label: 'auditLimitSpeechLabel',
    hint: 'auditLimitSpeechHint',
  },
  {
    key: 'speechPreschool',
    id: 'limit-preschool',
    label: 'auditLimitPreschoolLabel',
    hint: 'auditLimitPreschoolHint',
  },
];

interface Props {
  fields: LimitFields;
  onChange: (fields: LimitFields) => void;
  disabled: boolean;
}

export function CaseloadLimitsFields({ fields, onChange, disabled }: Props) {
  const changed = FIELDS.some(({ key }) => fields[key] !== LAW_LIMIT_FIELDS[key]);
  return (
    <fieldset class="options limits" disabled={disabled} aria-describedby="limits-hint">
      <legend>{t('auditLimitsLegend')}</legend>
      <p class="hint" id="limits-hint">
        {t('auditLimitsHint')}
      </p>
      <div class="limit-fields">
        {FIELDS.map(({ key, id, label, hint }) => (
          <div class="limit-field" key={key}>
            <label for={id}>{t(label)}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              max={999}
              step={1}
              required
              value={fields[key]}
              aria-describedby={`${id}-hint`}
              onInput={(e) => onChange({ ...fields, [key]: e.currentTarget.value })}
            />
            <p class="hint" id={`${id}-hint`}>
              {t(hint)}
            </p>
          </div>
        ))}
      </div>
      {changed && (
        <button type="button" class="secondary" onClick={() => onChange(LAW_LIMIT_FIELDS)}>
          {t('auditLimitsReset')}
        </button>
      )}
    </fieldset>
  );
}

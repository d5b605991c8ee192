import { useId, useState } from 'preact/hooks';
import { localToday } from '../background/as-of';
import { t } from '../content/ui/i18n';
import type { Preferences } from '../settings/schema';
import type { SaveResult } from '../settings/store';
import { FieldError } from './FieldError';
import { isIsoDate } from './profile-model';

type Notice = 'saved' | 'invalid' | 'failed' | null;

/** Judge credentials as of today, or as of a fixed date (an IEP meeting, census day). */
export function AsOfDate({
  preferences,
  onSave,
}: {
  preferences: Preferences;
  onSave(patch: Partial<Preferences>): Promise<SaveResult>;
}) {
  const id = useId();
  const stored = preferences.asOf;
  const [mode, setMode] = useState<'today' | 'fixed'>(stored.mode);
  const [date, setDate] = useState(stored.mode === 'fixed' ? stored.date : '');
  const [notice, setNotice] = useState<Notice>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (mode === 'fixed' && !isIsoDate(date)) {
      setNotice('invalid');
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    const asOf: Preferences['asOf'] = mode === 'fixed' ? { mode, date } : { mode: 'today' };
    const result = await onSave({ asOf }).catch(() => ({ ok: false as const, errors: [] }));
    setNotice(result.ok ? 'saved' : 'failed');
  };

  const now =
    stored.mode === 'fixed'
      ? t('optionsAsOfNowFixed', stored.date)
      : t('optionsAsOfNowToday', localToday());

  return (
    <section id="as-of" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('optionsAsOfHeading')}</h2>
      <p class="muted">{t('optionsAsOfIntro')}</p>
      <p data-testid="as-of-current">{now}</p>
      <form onSubmit={save} noValidate>
        <fieldset>
          <legend>{t('optionsAsOfLegend')}</legend>
          <div class="choice">
            <input
              type="radio"
              id={`${id}-today`}
              name={`${id}-mode`}
              checked={mode === 'today'}
              onChange={() => {
                setMode('today');
                setNotice(null);
              }}
            />
            <label for={`${id}-today`}>{t('optionsAsOfToday')}</label>
          </div>
          <div class="choice">
            <input
              type="radio"
              id={`${id}-fixed`}
              name={`${id}-mode`}
              checked={mode === 'fixed'}
              onChange={() => {
                setMode('fixed');
                setNotice(null);
              }}
            />
            <label for={`${id}-fixed`}>{t('optionsAsOfFixed')}</label>
          </div>
          <div class="field indent">
            <label for={`${id}-date`}>{t('optionsAsOfDateLabel')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              disabled={mode !== 'fixed'}
              aria-invalid={notice === 'invalid'}
              aria-describedby={`${id}-date-error`}
              onChange={(e) => {
                setDate(e.currentTarget.value);
                setNotice(null);
              }}
            />
            <FieldError
              id={`${id}-date-error`}
              problem={
                notice === 'invalid' ? { field: 'date', key: 'optionsErrorChooseDate' } : undefined
              }
            />
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit">{t('optionsAsOfSave')}</button>
          <p class="live" role="status">
            {notice === 'saved' ? t('optionsAsOfSaved') : ''}
          </p>
        </div>
        {notice === 'failed' && (
          <p role="alert" class="notice error">
            {t('optionsWriteFailed')}
          </p>
        )}
      </form>
    </section>
  );
}

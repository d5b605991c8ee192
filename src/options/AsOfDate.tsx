import { useId, useState } from 'preact/hooks';
import { localToday } from '../settings/as-of';
import { DEFAULT_PREFERENCES, type Preferences } from '../settings/schema';
import type { SaveResult } from '../settings/store';
import { t } from '../ui/i18n';
import { DistrictNote } from './DistrictNote';
import { FieldError } from './FieldError';
import { isIsoDate } from './profile-model';

type Notice = 'saved' | 'invalid' | 'failed' | null;

/**
 * Judge credentials as of today, or as of a fixed date (an IEP meeting, census day). When the
 * district's policy sets the date or locks it, its date is shown and the controls are off.
 */
export function AsOfDate({
  preferences,
  onSave,
  district,
  locked,
}: {
  preferences: Preferences;
  onSave(patch: Partial<Preferences>): Promise<SaveResult>;
  /** The district's date, or null when its policy sets none. */
  district: Preferences['asOf'] | null;
  locked: boolean;
}) {
  const id = useId();
  const noteId = `${id}-district`;
  const governed = district !== null || locked;
  // What the checks use: the district's date, today when it locks the part without one.
  const stored = district ?? (locked ? DEFAULT_PREFERENCES.asOf : preferences.asOf);
  const own = preferences.asOf;
  const [ownMode, setMode] = useState<'today' | 'fixed'>(own.mode);
  const [ownDate, setDate] = useState(own.mode === 'fixed' ? own.date : '');
  const [notice, setNotice] = useState<Notice>(null);
  const mode = governed ? stored.mode : ownMode;
  const date = governed ? (stored.mode === 'fixed' ? stored.date : '') : ownDate;
  const lockedBy = governed ? noteId : undefined;

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
      {governed && (
        <DistrictNote
          id={noteId}
          text={stored.mode === 'fixed' ? t('policyAsOfFixed', stored.date) : t('policyAsOfToday')}
        />
      )}
      {/* Under the district's date its note says what is in force; "switch back" would mislead. */}
      {!governed && <p data-testid="as-of-current">{now}</p>}
      <form onSubmit={save} noValidate>
        <fieldset disabled={governed} aria-describedby={lockedBy}>
          <legend>{t('optionsAsOfLegend')}</legend>
          <div class="choice">
            <input
              type="radio"
              id={`${id}-today`}
              name={`${id}-mode`}
              checked={mode === 'today'}
              aria-describedby={lockedBy}
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
              aria-describedby={lockedBy}
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
              aria-describedby={lockedBy ? `${id}-date-error ${lockedBy}` : `${id}-date-error`}
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
          <button type="submit" disabled={governed} aria-describedby={lockedBy}>
            {t('optionsAsOfSave')}
          </button>
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

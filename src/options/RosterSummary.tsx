import { useId, useRef, useState } from 'preact/hooks';
import type { Roster } from '../settings/schema';
import { removeSetting } from '../settings/store';
import { t } from '../ui/i18n';
import { downloadText } from './download';
import { exportFileName, rosterToCsv } from './roster-export';
import { localArea } from './storage';

function countAuthorizations(roster: Roster): number {
  return roster.staff.reduce((n, m) => n + m.authorizations.length, 0);
}

/** The roster saved now: how many staff, when imported; download it, or remove it. */
export function RosterSummary({ roster, onRemoved }: { roster: Roster | null; onRemoved(): void }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);

  if (!roster) {
    return (
      <p class="muted" data-testid="roster-summary">
        {t('optionsRosterNone')}
      </p>
    );
  }

  const remove = async () => {
    try {
      await removeSetting(localArea, 'roster');
      setConfirming(false);
      onRemoved();
    } catch {
      setFailed(true);
    }
  };
  const ask = () => {
    setConfirming(true);
    setFailed(false);
    queueMicrotask(() => confirmText.current?.focus());
  };
  const keep = () => {
    setConfirming(false);
    queueMicrotask(() => removeButton.current?.focus());
  };

  return (
    <div class="summary" data-testid="roster-summary">
      <p>
        {t(
          'optionsRosterCurrent',
          String(roster.staff.length),
          String(countAuthorizations(roster)),
          new Date(roster.importedAt).toLocaleString(),
        )}
      </p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(rosterToCsv(roster.staff), exportFileName(new Date()))}
        >
          {t('optionsRosterExport')}
        </button>
        {!confirming && (
          <button type="button" class="secondary danger" ref={removeButton} onClick={ask}>
            {t('optionsRosterRemove')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm">
          <p id={`${id}-confirm`} tabIndex={-1} ref={confirmText}>
            {t('optionsRosterRemoveConfirm', String(roster.staff.length))}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={remove}>
              {t('optionsRosterRemoveYes')}
            </button>
            <button type="button" class="secondary" onClick={keep}>
              {t('optionsRosterRemoveNo')}
            </button>
          </div>
        </div>
      )}
      {failed && (
        <p role="alert" class="notice error">
          {t('optionsWriteFailed')}
        </p>
      )}
    </div>
  );
}

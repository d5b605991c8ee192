import { useId, useRef, useState } from 'preact/hooks';
import type { StaffMember } from '../rules/types';
import type { Roster } from '../settings/schema';
import { t } from '../ui/i18n';
import { DistrictNote } from './DistrictNote';
import { DistrictRosterSummary } from './DistrictRosterSummary';
import { RosterImport } from './RosterImport';
import { RosterSummary } from './RosterSummary';

/**
 * "District roster": what is saved now, and a file to replace it with. When the district's
 * policy supplies the roster, or locks it, that is shown instead and importing is off; the
 * user's own saved roster stays in storage, unused, and comes back if the policy goes.
 */
export function RosterSection({
  roster,
  onChange,
  district,
  locked,
}: {
  roster: Roster | null;
  onChange(roster: Roster | null): void;
  /** The district's roster, or null when its policy gives none. */
  district: readonly StaffMember[] | null;
  locked: boolean;
}) {
  const id = useId();
  const noteId = `${id}-district`;
  const governed = district !== null || locked;
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  // After a save or a removal the button that was pressed is gone: the result takes the focus.
  const report = (text: string) => {
    setMessage(text);
    queueMicrotask(() => statusRef.current?.focus());
  };

  return (
    <section id="roster" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('optionsRosterHeading')}</h2>
      <p class="muted">{t('optionsRosterIntro')}</p>
      <p class="muted">{t('optionsRosterIdentity')}</p>
      {governed && (
        <DistrictNote
          id={noteId}
          text={t(district ? 'policyRosterFromDistrict' : 'policyRosterLocked')}
        />
      )}
      <p class="live result" role="status" tabIndex={-1} ref={statusRef}>
        {message}
      </p>
      {district && <DistrictRosterSummary staff={district} />}
      {!governed && (
        <RosterSummary
          roster={roster}
          onRemoved={() => {
            onChange(null);
            report(t('optionsRosterRemoved'));
          }}
        />
      )}
      <RosterImport
        lockedBy={governed ? noteId : null}
        current={roster}
        onSaved={(saved) => {
          onChange(saved);
          report(t('optionsRosterSaved', String(saved.staff.length)));
        }}
        onStart={() => setMessage('')}
      />
    </section>
  );
}

import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../content/ui/i18n';
import type { Roster } from '../settings/schema';
import { RosterImport } from './RosterImport';
import { RosterSummary } from './RosterSummary';

/** "District roster": what is saved now, and a file to replace it with. */
export function RosterSection({
  roster,
  onChange,
}: {
  roster: Roster | null;
  onChange(roster: Roster | null): void;
}) {
  const id = useId();
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
      <p class="live result" role="status" tabIndex={-1} ref={statusRef}>
        {message}
      </p>
      <RosterSummary
        roster={roster}
        onRemoved={() => {
          onChange(null);
          report(t('optionsRosterRemoved'));
        }}
      />
      <RosterImport
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

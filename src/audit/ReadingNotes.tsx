/**
 * What the readers set aside without stopping the audit (a value not understood, a service with
 * no student), as the command line prints its notes: folded away, the first ones listed.
 */
import { t } from '../ui/i18n';

const SHOWN = 20;

export function ReadingNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <details class="notes" data-testid="reading-notes">
      <summary>{t('auditNotes', notes.length.toLocaleString())}</summary>
      <ul>
        {notes.slice(0, SHOWN).map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {notes.length > SHOWN && (
        <p>{t('auditNotesMore', (notes.length - SHOWN).toLocaleString())}</p>
      )}
    </details>
  );
}

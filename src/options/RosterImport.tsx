import { useId, useRef, useState } from 'preact/hooks';
import type { Roster } from '../settings/schema';
import { saveSetting } from '../settings/store';
import { t } from '../ui/i18n';
import { RosterPreviewView } from './RosterPreview';
import {
  MAX_ROSTER_BYTES,
  previewRoster,
  type RosterPreview,
  rosterFileTooLarge,
  rosterFileUnreadable,
} from './roster-preview';
import { localArea } from './storage';

type SaveProblem = { kind: 'refused'; errors: string[] } | { kind: 'write-failed' } | null;

/**
 * Choose a roster CSV, see what it holds, and only then replace the saved roster with it. The
 * save is one storage write of the whole validated roster: it fully happens or not at all.
 */
export function RosterImport({
  lockedBy,
  current,
  onSaved,
  onStart,
}: {
  /** The id of the district's note when its policy governs the roster: the file input is off. */
  lockedBy: string | null;
  current: Roster | null;
  onSaved(roster: Roster): void;
  onStart(): void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [saveProblem, setSaveProblem] = useState<SaveProblem>(null);

  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPreview(null);
    setSaveProblem(null);
    if (!file) return;
    onStart();
    if (file.size > MAX_ROSTER_BYTES) {
      setPreview(rosterFileTooLarge(file.name));
      return;
    }
    setReading(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setPreview(previewRoster(bytes, file.name));
    } catch {
      setPreview(rosterFileUnreadable(file.name));
    } finally {
      setReading(false);
    }
  };

  const clear = () => {
    setPreview(null);
    setSaveProblem(null);
    if (input.current) input.current.value = '';
  };

  const replace = async () => {
    if (!preview?.canSave) return;
    const roster: Roster = { importedAt: new Date().toISOString(), staff: preview.staff };
    try {
      const result = await saveSetting(localArea, 'roster', roster);
      if (!result.ok) {
        setSaveProblem({ kind: 'refused', errors: result.errors });
        return;
      }
      clear();
      onSaved(roster);
    } catch {
      // Over the storage quota, say: the previous roster is still the saved one.
      setSaveProblem({ kind: 'write-failed' });
    }
  };

  return (
    <fieldset class="import">
      <legend>{t('optionsImportLegend')}</legend>
      <label for={`${id}-file`}>{t('optionsImportLabel')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('optionsImportHint')}
      </p>
      <input
        id={`${id}-file`}
        ref={input}
        type="file"
        accept=".csv,text/csv,.txt,text/plain"
        disabled={lockedBy !== null}
        aria-describedby={lockedBy ? `${id}-hint ${lockedBy}` : `${id}-hint`}
        onChange={choose}
      />
      <p class="live" role="status">
        {reading ? t('optionsImportReading') : ''}
      </p>
      {/* A policy that arrives while a file is previewed takes the preview's save away too. */}
      {preview && lockedBy === null && (
        <RosterPreviewView
          preview={preview}
          current={current}
          onReplace={replace}
          onCancel={() => {
            clear();
            input.current?.focus();
          }}
        />
      )}
      {saveProblem && (
        <div role="alert" class="notice error">
          <p>
            {saveProblem.kind === 'refused'
              ? t('optionsRosterRefused', saveProblem.errors.slice(0, 5).join(' '))
              : t('optionsRosterWriteFailed')}
          </p>
        </div>
      )}
    </fieldset>
  );
}

/**
 * The files of one audit: a drop zone that takes the students, services and roster files at
 * once (each recognised by its header row), and a file input for each, since dragging is not
 * for everyone.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { type FileKind, fileKindOf, headerLineOf } from './file-kind';

export type ChosenFiles = Partial<Record<FileKind, File>>;

interface Props {
  files: ChosenFiles;
  onChange: (files: ChosenFiles) => void;
  disabled: boolean;
}

const INPUTS: { kind: FileKind; label: string; hint: string }[] = [
  { kind: 'students', label: 'auditStudentsLabel', hint: 'auditStudentsHint' },
  { kind: 'services', label: 'auditServicesLabel', hint: 'auditServicesHint' },
  { kind: 'roster', label: 'auditRosterFileLabel', hint: 'auditRosterFileHint' },
];

async function kindOf(file: File): Promise<FileKind> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  return fileKindOf(headerLineOf(head));
}

export function FileChooser({ files, onChange, disabled }: Props) {
  const [over, setOver] = useState(false);

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    const next = { ...files };
    for (const file of dropped) next[await kindOf(file)] = file;
    onChange(next);
  };

  return (
    <fieldset class="files" disabled={disabled}>
      <legend>{t('auditFilesLegend')}</legend>
      <section
        class={`drop-zone${over ? ' over' : ''}`}
        aria-label={t('auditDropZoneLabel')}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>{t('auditDropZoneText')}</p>
      </section>
      {INPUTS.map(({ kind, label, hint }) => (
        <FileField
          key={kind}
          kind={kind}
          label={t(label)}
          hint={t(hint)}
          file={files[kind]}
          onPick={(file) => {
            const next = { ...files };
            if (file) next[kind] = file;
            else delete next[kind];
            onChange(next);
          }}
        />
      ))}
    </fieldset>
  );
}

function FileField(props: {
  kind: FileKind;
  label: string;
  hint: string;
  file: File | undefined;
  onPick: (file: File | undefined) => void;
}) {
  const id = `file-${props.kind}`;
  const input = useRef<HTMLInputElement>(null);
  // The input shows the file chosen however it came (dropped, removed), so its own words never
  // contradict the line beneath it.
  const show = () => {
    const el = input.current;
    if (!el || el.files?.[0] === props.file) return;
    const list = new DataTransfer();
    if (props.file) list.items.add(props.file);
    el.files = list.files;
  };
  // Before the page is painted, so the input and the line beneath it never disagree on screen.
  useLayoutEffect(show, [props.file]);
  return (
    <div class="file-field">
      <label for={id}>{props.label}</label>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".csv,.txt,text/csv"
        aria-describedby={`${id}-hint ${id}-chosen`}
        // Emptied as the dialog opens, so choosing the same file again (after correcting it)
        // is still a change; a cancelled dialog puts the chosen file back.
        onClick={(e) => {
          e.currentTarget.value = '';
        }}
        onCancel={show}
        onChange={(e) => props.onPick(e.currentTarget.files?.[0])}
      />
      <p class="chosen" id={`${id}-chosen`} data-testid={`chosen-${props.kind}`}>
        {props.file ? (
          <>
            {t('auditChosenFile', props.file.name)}{' '}
            <button type="button" class="link" onClick={() => props.onPick(undefined)}>
              {t('auditRemoveFile')}
              <span class="visually-hidden"> {props.file.name}</span>
            </button>
          </>
        ) : (
          t('auditNoFileChosen')
        )}
      </p>
    </div>
  );
}

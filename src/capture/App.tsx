/**
 * "Save this page's layout for support": the de-identified copy of the IEP page the popup was
 * opened on (?tab=<id>), what our readers find in it, a look at it, and a button that saves it
 * as a file. Nothing is sent: the user decides what to do with the file.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText } from '../options/download';
import { t } from '../ui/i18n';
import type { CaptureResult } from './deidentify';
import { type FieldKey, foundFields } from './found-fields';
import { takeCapture } from './take';

type State =
  | { kind: 'working' }
  | { kind: 'ready'; capture: CaptureResult }
  | { kind: 'failed'; reason: 'no-tab' | 'no-access' | 'failed' };

const FIELD_KEYS: Record<FieldKey, string> = {
  caseManager: 'captureFieldCaseManager',
  primaryDisability: 'captureFieldPrimary',
  secondaryDisability: 'captureFieldSecondary',
  grade: 'captureFieldGrade',
  placement: 'captureFieldPlacement',
  services: 'captureFieldServices',
};

const FAILURES = {
  'no-tab': 'captureFailedNoTab',
  'no-access': 'captureFailedNoAccess',
  failed: 'captureFailed',
} as const;

function tabFromAddress(): number | null {
  const tab = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(tab) && tab > 0 ? tab : null;
}

/** "case-manager-check-layout-seis-2026-12-07.html" */
function fileNameFor(vendor: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `case-manager-check-layout-${vendor}-${day}.html`;
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'working' });
  useEffect(() => {
    document.title = t('capturePageTitle');
    const tab = tabFromAddress();
    if (tab === null) {
      setState({ kind: 'failed', reason: 'no-tab' });
      return;
    }
    void takeCapture(tab).then((taken) =>
      setState(
        taken.ok
          ? { kind: 'ready', capture: taken.capture }
          : { kind: 'failed', reason: taken.reason },
      ),
    );
  }, []);

  return (
    <main>
      <header>
        <h1>{t('captureTitle')}</h1>
        <p>{t('captureIntro')}</p>
        <p class="privacy">{t('capturePrivacy')}</p>
      </header>
      {state.kind === 'working' && (
        <p role="status" data-testid="capture-status">
          {t('captureWorking')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" class="problem" data-testid="capture-status">
          {t(FAILURES[state.reason])}
        </p>
      )}
      {state.kind === 'ready' && <Ready capture={state.capture} />}
    </main>
  );
}

function Ready({ capture }: { capture: CaptureResult }) {
  const fields = useMemo(() => foundFields(capture.html, capture.address), [capture]);
  const [saved, setSaved] = useState(false);
  const fileName = fileNameFor(fields.vendor);
  const kb = Math.max(1, Math.round(new Blob([capture.html]).size / 1024));
  return (
    <>
      <section aria-labelledby="capture-found">
        <h2 id="capture-found">{t('captureFoundHeading')}</h2>
        <p data-testid="capture-summary">
          {t('captureSummary', capture.address, String(capture.elements), String(kb))}
        </p>
        <ul class="fields" data-testid="capture-fields">
          {fields.found.map((k) => (
            <li key={k} data-found="yes">
              <span aria-hidden="true">✓ </span>
              {t(FIELD_KEYS[k])}
              {k === 'services' ? ` (${fields.services})` : ''}
            </li>
          ))}
          {fields.notFound.map((k) => (
            <li key={k} data-found="no">
              <span aria-hidden="true">– </span>
              {t('captureNotFound', t(FIELD_KEYS[k]))}
            </li>
          ))}
        </ul>
        {fields.notFound.length > 0 && <p>{t('captureNotFoundHelp')}</p>}
      </section>
      <section aria-labelledby="capture-save">
        <h2 id="capture-save">{t('captureSaveHeading')}</h2>
        <p>{t('captureSaveHelp')}</p>
        <p>
          <button
            type="button"
            class="primary"
            data-testid="capture-save"
            onClick={() => {
              downloadText(capture.html, fileName, 'text/html;charset=utf-8');
              setSaved(true);
            }}
          >
            {t('captureSaveButton')}
          </button>
        </p>
        <p role="status">{saved ? t('captureSaved', fileName) : ''}</p>
        <p class="muted">
          {t('captureForSupport')}{' '}
          <code>
            case-manager-check scrape {fileName} --url {capture.address} --format text
          </code>
        </p>
      </section>
      <section aria-labelledby="capture-look">
        <h2 id="capture-look">{t('captureLookHeading')}</h2>
        <p>{t('captureLookHelp')}</p>
        {/* The file's own text: what is in it, exactly, masked values and all. */}
        <textarea
          class="preview"
          readOnly
          rows={18}
          aria-label={t('captureLookHeading')}
          data-testid="capture-preview"
          value={capture.html}
        />
      </section>
    </>
  );
}

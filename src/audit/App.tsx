/**
 * The caseload audit page: choose the exports, check them in a worker with the command line's
 * own engine and readers, and read the results. Student data stays in this page's and the
 * worker's memory: never stored, never logged, never sent.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AuditReport } from '../batch/report';
import { type CsvProblem, formatProblem } from '../csv/problems';
import type { CaseloadLimits } from '../rules';
import { t } from '../ui/i18n';
import { AuditOptions } from './AuditOptions';
import { CaseloadLimitsFields } from './CaseloadLimitsFields';
import { type CaseloadsState, CaseloadsView } from './CaseloadsView';
import { LAW_LIMIT_FIELDS, type LimitFields, parseLimits } from './caseload-model';
import { type ChosenFiles, FileChooser } from './FileChooser';
import { InputProblems } from './InputProblems';
import { ProgressBar } from './ProgressBar';
import type { AuditPhase } from './progress-model';
import type { AuditFile, AuditRequest } from './protocol';
import { ReadingNotes } from './ReadingNotes';
import { Results } from './Results';
import { ResultTabs, type ResultView } from './ResultTabs';
import { type RunningAudit, startAudit } from './run-audit';
import { loadSavedSettings, type SavedSettings } from './saved-settings';

type Run =
  | { state: 'idle' }
  | { state: 'running'; phase: AuditPhase }
  | {
      state: 'done';
      id: number;
      report: AuditReport;
      warnings: CsvProblem[];
      notes: string[];
      ms: number;
      limits: CaseloadLimits;
      caseloads: CaseloadsState;
      /** The view open when the results came: its heading takes the focus, once. */
      openedOn: ResultView;
    }
  | { state: 'input-error'; problems: string[] }
  | { state: 'failed' };

async function readFile(file: File): Promise<AuditFile> {
  return { file: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

export function App() {
  const [saved, setSaved] = useState<SavedSettings | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [files, setFiles] = useState<ChosenFiles>({});
  const [asOf, setAsOf] = useState('');
  const [limitFields, setLimitFields] = useState<LimitFields>(LAW_LIMIT_FIELDS);
  // Kept across audits: checking again with other limits stays on the caseloads.
  const [view, setView] = useState<ResultView>('students');
  const viewNow = useRef(view);
  viewNow.current = view;
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const running = useRef<RunningAudit | null>(null);
  // Each audit's results start afresh (filters, sort, page), even for the same files.
  const runs = useRef(0);

  useEffect(() => {
    document.title = t('auditPageTitle');
    loadSavedSettings().then(
      (s) => {
        setSaved(s);
        setAsOf(s.asOf);
      },
      () => setLoadFailed(true),
    );
    return () => running.current?.stop();
  }, []);

  const announce = useCallback((text: string) => setAnnouncement(text), []);

  const setPhase = (phase: AuditPhase) => {
    setRun({ state: 'running', phase });
  };

  const start = async (event: Event) => {
    event.preventDefault();
    const limits = parseLimits(limitFields);
    if (!files.students || !saved || !asOf || !limits) return;
    running.current?.stop();
    const chosen = [files.students, files.services, files.roster].filter(Boolean) as File[];
    setPhase({ phase: 'reading', filesRead: 0, files: chosen.length });
    setAnnouncement(t('auditPhaseReading'));
    let read = 0;
    const counted = async (file: File) => {
      const out = await readFile(file);
      setPhase({ phase: 'reading', filesRead: ++read, files: chosen.length });
      return out;
    };
    let request: AuditRequest;
    try {
      const [students, services, roster] = await Promise.all([
        counted(files.students),
        files.services ? counted(files.services) : undefined,
        files.roster ? counted(files.roster) : undefined,
      ]);
      const settings: AuditRequest['settings'] = {
        profile: saved.profile,
        disabledRules: saved.disabledRules,
      };
      if (saved.roster.length > 0) {
        settings.staff = { file: t('auditSavedRosterName'), members: saved.roster };
      }
      request = { students, asOf, limits, settings };
      if (services) request.services = services;
      if (roster) request.roster = roster;
    } catch {
      // A file moved or changed on disk since it was chosen.
      setRun({ state: 'input-error', problems: [t('auditFileUnreadable')] });
      return;
    }
    running.current = startAudit(request, (reply) => {
      switch (reply.type) {
        case 'checking':
          setPhase({ phase: 'checking' });
          setAnnouncement(t('auditPhaseChecking'));
          return;
        case 'progress':
          setPhase({ phase: 'checking', done: reply.done, total: reply.total });
          return;
        case 'done': {
          // Marks for measuring (the tests read them): no data, only times.
          performance.mark('audit:results-received');
          const { counts } = reply.report;
          setRun({
            state: 'done',
            report: reply.report,
            id: ++runs.current,
            warnings: reply.warnings,
            notes: reply.warnings.map(formatProblem),
            ms: reply.ms,
            limits,
            caseloads: { state: request.services ? 'counting' : 'needs-services' },
            openedOn: viewNow.current,
          });
          setAnnouncement(
            t(
              'auditDoneAnnounce',
              reply.report.rows.length.toLocaleString(),
              counts.violation.toLocaleString(),
              counts.review.toLocaleString(),
              counts.ok.toLocaleString(),
            ),
          );
          return;
        }
        case 'caseloads':
        case 'caseloads-failed': {
          const caseloads: CaseloadsState =
            reply.type === 'caseloads-failed'
              ? { state: 'failed' }
              : reply.people
                ? { state: 'done', people: reply.people }
                : { state: 'needs-services' };
          setRun((r) => (r.state === 'done' ? { ...r, caseloads } : r));
          return;
        }
        case 'input-error':
          setRun({ state: 'input-error', problems: reply.problems });
          setAnnouncement(t('auditInputErrorHeading'));
          return;
        default:
          setRun({ state: 'failed' });
          setAnnouncement(t('auditFailed'));
      }
    });
  };

  const busy = run.state === 'running';
  return (
    <main>
      <header>
        <h1>{t('auditTitle')}</h1>
        <p class="muted">{t('auditIntro')}</p>
        <p class="privacy" data-testid="privacy-note">
          {t('auditPrivacy')}
        </p>
      </header>
      {loadFailed && (
        <p role="alert" class="notice error">
          {t('auditSettingsUnreadable')}
        </p>
      )}
      {saved && (
        <form onSubmit={start} aria-describedby="start-hint">
          <FileChooser files={files} onChange={setFiles} disabled={busy} />
          <AuditOptions
            saved={saved}
            rosterFile={files.roster}
            asOf={asOf}
            onAsOf={setAsOf}
            disabled={busy}
          />
          <CaseloadLimitsFields fields={limitFields} onChange={setLimitFields} disabled={busy} />
          <p class="hint" id="start-hint">
            {files.students ? t('auditStartHintReady') : t('auditStartHintNeedStudents')}
          </p>
          <button
            type="submit"
            disabled={busy || !files.students || !asOf || !parseLimits(limitFields)}
          >
            {t('auditStart')}
          </button>
        </form>
      )}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="live">
        {announcement}
      </p>
      {run.state === 'running' && <ProgressBar phase={run.phase} />}
      {run.state === 'input-error' && <InputProblems problems={run.problems} />}
      {run.state === 'failed' && (
        <p role="alert" class="notice error" data-testid="audit-failed">
          {t('auditFailed')}
        </p>
      )}
      {run.state === 'done' && (
        <>
          <p class="muted" data-testid="audit-summary" data-audit-ms={Math.round(run.ms)}>
            {t('auditDoneSummary', run.report.rows.length.toLocaleString())}
          </p>
          <ReadingNotes notes={run.notes} />
          <ResultTabs
            key={run.id}
            view={view}
            onView={setView}
            panels={{
              students: () => (
                <Results
                  report={run.report}
                  onAnnounce={announce}
                  focusOnMount={run.openedOn === 'students'}
                />
              ),
              caseloads: () => (
                <CaseloadsView
                  caseloads={run.caseloads}
                  asOf={run.report.asOf}
                  limits={run.limits}
                  warnings={run.warnings}
                  focusOnMount={run.openedOn === 'caseloads'}
                />
              ),
            }}
          />
        </>
      )}
    </main>
  );
}

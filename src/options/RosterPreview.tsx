import { useId } from 'preact/hooks';
import type { HeldAuthorization } from '../rules/types';
import type { Roster } from '../settings/schema';
import { t } from '../ui/i18n';
import type { PreviewProblem, RosterPreview } from './roster-preview';

/** Enough to judge a file by; the whole roster is saved either way. */
const STAFF_SHOWN = 100;
const PROBLEMS_SHOWN = 200;

const messageOf = (p: PreviewProblem) =>
  p.message ?? t(p.messageKey ?? '', ...(p.substitutions ?? []));

function ProblemTable({
  caption,
  problems,
  kind,
}: {
  caption: string;
  problems: PreviewProblem[];
  kind: 'error' | 'warning';
}) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <div class="table-wrap">
      <table class={`problems ${kind}`} data-testid={`preview-${kind}s`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optionsColFile')}</th>
            <th scope="col">{t('optionsColLine')}</th>
            <th scope="col">{t('optionsColColumn')}</th>
            <th scope="col">{t('optionsColProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={`${p.line}-${p.column}-${i}`}>
              <td>{p.file}</td>
              <td>{p.line ?? t('optionsWholeFile')}</td>
              <td>
                {p.column === null
                  ? '—'
                  : p.header
                    ? t('optionsColumnWithHeader', String(p.column), p.header)
                    : String(p.column)}
              </td>
              <td>{messageOf(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length && (
        <p class="muted">{t('optionsMoreProblems', String(problems.length - shown.length))}</p>
      )}
    </div>
  );
}

function authText(a: HeldAuthorization): string {
  const name = a.text ?? a.key ?? '';
  if (a.issued && a.expires) return t('optionsAuthIssuedExpires', name, a.issued, a.expires);
  if (a.expires) return t('optionsAuthExpires', name, a.expires);
  if (a.issued) return t('optionsAuthIssued', name, a.issued);
  return name;
}

/** What the chosen file holds, and the one button that saves it. */
export function RosterPreviewView({
  preview,
  current,
  onReplace,
  onCancel,
}: {
  preview: RosterPreview;
  current: Roster | null;
  onReplace(): void;
  onCancel(): void;
}) {
  const id = useId();
  const staffShown = preview.staff.slice(0, STAFF_SHOWN);
  return (
    <section class="preview" aria-labelledby={`${id}-h`} data-testid="roster-preview">
      <h3 id={`${id}-h`}>{t('optionsPreviewHeading', preview.file)}</h3>
      {!preview.fatal && (
        <p>
          {t(
            'optionsPreviewCounts',
            String(preview.staff.length),
            String(preview.authorizationRows),
            String(preview.withoutAuthorization),
          )}
        </p>
      )}
      {preview.canSave ? (
        <p class="notice ok">
          {preview.warnings.length > 0
            ? t('optionsPreviewReadyWithWarnings', String(preview.warnings.length))
            : t('optionsPreviewReady')}
        </p>
      ) : (
        <div role="alert" class="notice error">
          <p>
            {preview.fatal
              ? t('optionsPreviewFatal')
              : t('optionsPreviewHasErrors', String(preview.errors.length))}
          </p>
          <p>{t('optionsPreviewNothingSaved')}</p>
        </div>
      )}

      <ProblemTable
        kind="error"
        caption={t('optionsPreviewErrorsCaption', String(preview.errors.length))}
        problems={preview.errors}
      />
      <ProblemTable
        kind="warning"
        caption={t('optionsPreviewWarningsCaption', String(preview.warnings.length))}
        problems={preview.warnings}
      />

      {preview.tally.length > 0 && (
        <div class="table-wrap">
          <table class="tally">
            <caption>{t('optionsPreviewTallyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsColInFile')}</th>
                <th scope="col">{t('optionsColReadAs')}</th>
                <th scope="col">{t('optionsColStaff')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.tally.map((row) => (
                <tr key={row.text}>
                  <td>{row.text}</td>
                  <td class={row.label ? '' : 'warn-text'}>
                    {row.label ?? t('optionsNotRecognised')}
                  </td>
                  <td>{row.staff}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {staffShown.length > 0 && (
        <div class="table-wrap">
          <table class="staff" data-testid="preview-staff">
            <caption>
              {preview.staff.length > staffShown.length
                ? t(
                    'optionsPreviewStaffCaptionSome',
                    String(staffShown.length),
                    String(preview.staff.length),
                  )
                : t('optionsPreviewStaffCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsColName')}</th>
                <th scope="col">{t('optionsColPosition')}</th>
                <th scope="col">{t('optionsColEmail')}</th>
                <th scope="col">{t('optionsColAuthorizations')}</th>
              </tr>
            </thead>
            <tbody>
              {staffShown.map((member, i) => (
                <tr key={`${member.name}-${i}`}>
                  <th scope="row">{member.name}</th>
                  <td>{member.position ?? ''}</td>
                  <td>{member.email ?? ''}</td>
                  <td>
                    {member.authorizations.length === 0 ? (
                      <span class="muted">{t('optionsNoCtcAuthorization')}</span>
                    ) : (
                      <ul class="plain">
                        {member.authorizations.map((a, j) => (
                          <li key={`${a.text}-${j}`}>{authText(a)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div class="actions">
        {preview.canSave && (
          <>
            <p class="replace-note">
              {current
                ? t(
                    'optionsReplaceNote',
                    String(current.staff.length),
                    String(preview.staff.length),
                  )
                : t('optionsImportNote', String(preview.staff.length))}
            </p>
            <button type="button" onClick={onReplace}>
              {t('optionsReplaceRoster')}
            </button>
          </>
        )}
        <button type="button" class="secondary" onClick={onCancel}>
          {preview.canSave ? t('optionsCancel') : t('optionsChooseAnother')}
        </button>
      </div>
    </section>
  );
}

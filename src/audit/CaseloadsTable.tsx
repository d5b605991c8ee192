/**
 * One row per person: name and position, what their caseload is, count, limit, load against
 * the limit (a bar with its percentage in words), their students' verdicts and the caseload's
 * findings, expandable. Sortable by each column (a button in each header, aria-sort on it).
 */
import type { PersonCaseload } from '../batch/caseloads';
import type { StudentStatus } from '../rules/types';
import { t } from '../ui/i18n';
import { SEVERITY_SIGN, STATUS_SIGN } from '../ui/vocabulary';
import {
  type CaseloadSort,
  type CaseloadSortKey,
  isOverLimit,
  loadPercent,
} from './caseload-model';
import { ExpandButton, FindingsRow } from './FindingsDisclosure';
import { kindLabel } from './labels';
import { type SortableColumn, SortableHead } from './SortableHead';
import { STATUSES } from './table-model';

const COLUMNS: SortableColumn<CaseloadSortKey>[] = [
  { key: 'name', label: 'auditCaseloadColumnName' },
  { key: 'kind', label: 'auditCaseloadColumnKind' },
  { key: 'count', label: 'auditCaseloadColumnCount' },
  { key: 'limit', label: 'auditCaseloadColumnLimit' },
  { key: 'load', label: 'auditCaseloadColumnLoad' },
  { key: 'verdicts', label: 'auditCaseloadColumnVerdicts' },
  { key: 'findings', label: 'auditCaseloadColumnFindings' },
];

interface Props {
  people: readonly PersonCaseload[];
  /** Each person's place in runCaseloads's order: a key that survives sorting and filtering. */
  idOf: ReadonlyMap<PersonCaseload, number>;
  sort: CaseloadSort;
  onSort: (key: CaseloadSortKey) => void;
  expanded: ReadonlySet<PersonCaseload>;
  onExpand: (person: PersonCaseload) => void;
}

export function CaseloadsTable({ people, idOf, sort, onSort, expanded, onExpand }: Props) {
  return (
    <div class="table-wrap">
      <table class="results caseloads" data-testid="caseloads-table">
        <caption class="visually-hidden">{t('auditCaseloadsCaption')}</caption>
        <SortableHead columns={COLUMNS} sort={sort} onSort={onSort} />
        <tbody>
          {people.map((p) => (
            <PersonRows
              key={idOf.get(p)}
              id={idOf.get(p) ?? 0}
              person={p}
              open={expanded.has(p)}
              onExpand={onExpand}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonRows(props: {
  id: number;
  person: PersonCaseload;
  open: boolean;
  onExpand: (person: PersonCaseload) => void;
}) {
  const { person: p, open } = props;
  const worst = p.findings.some((f) => f.severity === 'error')
    ? 'error'
    : p.findings.length > 0
      ? 'warning'
      : 'none';
  const detailsId = `caseload-findings-${props.id}`;
  return (
    <>
      <tr class={`person load-${worst}`} data-name={p.name} data-severity={worst}>
        <th scope="row">
          {p.name}
          {p.position && <span class="position muted">{p.position}</span>}
        </th>
        <td>{kindLabel(p)}</td>
        <td class="n">{p.count.toLocaleString()}</td>
        <td class="n">
          {p.limit === null ? (
            <>
              <span aria-hidden="true">—</span>
              <span class="visually-hidden">{t('auditCaseloadNoLimit')}</span>
            </>
          ) : (
            p.limit.toLocaleString()
          )}
        </td>
        <td>
          <LoadBar person={p} />
        </td>
        <td>
          <Verdicts verdicts={p.verdicts} />
        </td>
        <td>
          {p.findings.length === 0 ? (
            t('auditCaseloadNoFindings')
          ) : (
            <ExpandButton
              open={open}
              controls={detailsId}
              who={p.name}
              extraClass={`sev-${worst}`}
              onToggle={() => props.onExpand(p)}
            >
              <span class="shape" aria-hidden="true">
                {SEVERITY_SIGN[worst === 'error' ? 'error' : 'warning'].shape}
              </span>{' '}
              {t(worst === 'error' ? 'auditCaseloadOverLimit' : 'auditCaseloadOverAverage')}
            </ExpandButton>
          )}
        </td>
      </tr>
      {open && <FindingsRow id={detailsId} colSpan={COLUMNS.length} findings={p.findings} />}
    </>
  );
}

/** The percentage in words, and a bar for the eye (capped at full, marked when over). */
function LoadBar({ person }: { person: PersonCaseload }) {
  const percent = loadPercent(person);
  if (percent === null) return <span class="muted">{t('auditCaseloadNoLimitLoad')}</span>;
  const over = isOverLimit(person);
  return (
    <span class={`load${over ? ' over' : ''}`}>
      <span class="load-bar" aria-hidden="true">
        <span class="load-fill" style={{ width: `${Math.min(100, percent)}%` }} />
      </span>
      <span class="load-text">{t('auditCaseloadLoad', percent.toLocaleString())}</span>
    </span>
  );
}

function Verdicts({ verdicts }: { verdicts: Record<StudentStatus, number> }) {
  return (
    <ul class="verdicts">
      {STATUSES.map((s) => (
        <li key={s} class={`status status-${s}`}>
          <span class="shape" aria-hidden="true">
            {STATUS_SIGN[s].shape}
          </span>{' '}
          {verdicts[s].toLocaleString()} {t(STATUS_SIGN[s].key)}
        </li>
      ))}
    </ul>
  );
}

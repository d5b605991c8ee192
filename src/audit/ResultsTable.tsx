/**
 * One page of the students: sortable by each column (a button in each header, aria-sort on
 * it), each row's findings shown in a row beneath it when expanded. Only the page's rows are
 * rendered, so 10,000 students cost no more to show than 100.
 */
import type { AuditRow } from '../batch/report';
import { t } from '../ui/i18n';
import { STATUS_SIGN } from '../ui/vocabulary';
import { ExpandButton, FindingsRow } from './FindingsDisclosure';
import { roleLabel } from './labels';
import { type SortableColumn, SortableHead } from './SortableHead';
import type { SortKey, SortOrder } from './table-model';

const COLUMNS: SortableColumn<SortKey>[] = [
  { key: 'id', label: 'auditColumnId' },
  { key: 'name', label: 'auditColumnName' },
  { key: 'caseManager', label: 'auditColumnCaseManager' },
  { key: 'role', label: 'auditColumnRole' },
  { key: 'status', label: 'auditColumnStatus' },
  { key: 'findings', label: 'auditColumnFindings' },
];

interface Props {
  rows: readonly AuditRow[];
  /** The report positions of this page's rows, in order. */
  positions: readonly number[];
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  expanded: ReadonlySet<number>;
  onExpand: (position: number) => void;
}

export function ResultsTable({ rows, positions, sort, onSort, expanded, onExpand }: Props) {
  return (
    <div class="table-wrap">
      <table class="results" data-testid="results-table">
        <caption class="visually-hidden">{t('auditTableCaption')}</caption>
        <SortableHead columns={COLUMNS} sort={sort} onSort={onSort} />
        <tbody>
          {positions.map((at) => (
            <StudentRows
              key={at}
              at={at}
              row={rows[at] as AuditRow}
              open={expanded.has(at)}
              onExpand={onExpand}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StudentRows(props: {
  at: number;
  row: AuditRow;
  open: boolean;
  onExpand: (position: number) => void;
}) {
  const { at, row, open } = props;
  const status = STATUS_SIGN[row.status];
  const detailsId = `findings-${at}`;
  const who = row.student.name ?? row.student.id ?? '';
  return (
    <>
      <tr class={`student status-row-${row.status}`} data-status={row.status}>
        <td>{row.student.id ?? ''}</td>
        <th scope="row">{row.student.name ?? ''}</th>
        <td>{row.caseManager.name ?? t('auditNoCaseManager')}</td>
        <td>{roleLabel(row.caseManager.role)}</td>
        <td>
          <span class={`status status-${row.status}`}>
            <span class="shape" aria-hidden="true">
              {status.shape}
            </span>{' '}
            {t(status.key)}
          </span>
        </td>
        <td>
          <ExpandButton
            open={open}
            controls={detailsId}
            who={who}
            onToggle={() => props.onExpand(at)}
          >
            {row.findings.length === 1
              ? t('auditFindingsOne')
              : t('auditFindingsCount', row.findings.length.toLocaleString())}
          </ExpandButton>
        </td>
      </tr>
      {open && <FindingsRow id={detailsId} colSpan={COLUMNS.length} findings={row.findings} />}
    </>
  );
}

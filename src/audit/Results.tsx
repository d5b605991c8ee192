/**
 * An audit's results: the counts as status filters, a text filter, the sortable table one page
 * at a time, and the downloads. The live region says how many students the filters show.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditReport } from '../batch/report';
import type { StudentStatus } from '../rules/types';
import { t } from '../ui/i18n';
import { ExportButtons } from './ExportButtons';
import { roleLabel } from './labels';
import { Pager } from './Pager';
import { ResultsTable } from './ResultsTable';
import { StatusFilters } from './StatusFilters';
import {
  filterRows,
  nextSort,
  pageSlice,
  type SortKey,
  type SortOrder,
  STATUSES,
  sortRows,
  tableModel,
} from './table-model';

export const PAGE_SIZE = 100;

interface Props {
  report: AuditReport;
  /** Said in the live region beside the filter count (the audit's own summary). */
  onAnnounce: (text: string) => void;
  /** Focus the heading when shown: the audit has just finished with this view open. */
  focusOnMount: boolean;
}

export function Results({ report, onAnnounce, focusOnMount }: Props) {
  const model = useMemo(() => tableModel(report.rows, roleLabel), [report]);
  const [shown, setShown] = useState<ReadonlySet<StudentStatus>>(() => new Set(STATUSES));
  const [text, setText] = useState('');
  // Most urgent first: what needs acting on is on the first page.
  const [sort, setSort] = useState<SortOrder>({ key: 'status', direction: 'ascending' });
  const [page, setPage] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const heading = useRef<HTMLHeadingElement>(null);

  const filtered = useMemo(() => filterRows(model, shown, text), [model, shown, text]);
  const sorted = useMemo(() => sortRows(model, filtered, sort), [model, filtered, sort]);
  const slice = pageSlice(sorted.length, page, PAGE_SIZE);

  // Focus goes to the results once, when they appear, so the next Tab is in them.
  useEffect(() => {
    performance.mark('audit:table-shown');
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const total = report.rows.length;
  const first = useRef(true);
  useEffect(() => {
    // The audit's own summary is announced first; later, each change of the filters.
    if (first.current) {
      first.current = false;
      return;
    }
    onAnnounce(t('auditFilterAnnounce', sorted.length.toLocaleString(), total.toLocaleString()));
  }, [sorted.length, total, onAnnounce]);

  const toggle = (status: StudentStatus) => {
    const next = new Set(shown);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    setShown(next);
    setPage(0);
  };

  return (
    <section class="results-section" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1} ref={heading}>
        {t('auditResultsHeading', total.toLocaleString(), report.asOf)}
      </h2>
      <StatusFilters counts={report.counts} shown={shown} onToggle={toggle} />
      <div class="text-filter">
        <label for="text-filter">{t('auditTextFilterLabel')}</label>
        <input
          id="text-filter"
          type="search"
          value={text}
          autocomplete="off"
          onInput={(e) => {
            setText(e.currentTarget.value);
            setPage(0);
          }}
        />
      </div>
      <ExportButtons report={report} />
      <Pager slice={slice} total={sorted.length} onPage={setPage} where="top" />
      {sorted.length === 0 ? (
        <p data-testid="no-rows">{t('auditNoRowsMatch')}</p>
      ) : (
        <ResultsTable
          rows={report.rows}
          positions={sorted.slice(slice.start, slice.end)}
          sort={sort}
          onSort={(key: SortKey) => {
            setSort(nextSort(sort, key));
            setPage(0);
          }}
          expanded={expanded}
          onExpand={(at) => {
            const next = new Set(expanded);
            if (next.has(at)) next.delete(at);
            else next.add(at);
            setExpanded(next);
          }}
        />
      )}
      {slice.pageCount > 1 && (
        <Pager slice={slice} total={sorted.length} onPage={setPage} where="bottom" />
      )}
    </section>
  );
}

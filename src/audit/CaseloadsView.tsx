/**
 * The caseloads of the audited export: who carries how many students against the limits in
 * law (or the district's, entered for this audit), heaviest first, with a filter for those over
 * a limit and the command line's CSV and printable report. Without a services file it says so
 * rather than showing case-management counts that look like provider caseloads.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PersonCaseload } from '../batch/caseloads';
import { formatCaseloads } from '../batch/format/caseloads/report';
import type { CsvProblem } from '../csv/problems';
import { downloadText } from '../options/download';
import type { CaseloadLimits } from '../rules';
import { t } from '../ui/i18n';
import { CaseloadsTable } from './CaseloadsTable';
import {
  areLawLimits,
  DEFAULT_CASELOAD_SORT,
  filterPeople,
  isOverLimit,
  nextCaseloadSort,
  sortPeople,
} from './caseload-model';

export type CaseloadsState =
  | { state: 'counting' }
  | { state: 'needs-services' }
  | { state: 'failed' }
  | { state: 'done'; people: PersonCaseload[] };

interface Props {
  caseloads: CaseloadsState;
  asOf: string;
  limits: CaseloadLimits;
  /** The audit's notes: the same runAudit, so the same notes as `caseloads` prints. */
  warnings: CsvProblem[];
  /** Focus the heading when shown: the audit has just finished with this view open. */
  focusOnMount: boolean;
}

export function CaseloadsView({ caseloads, asOf, limits, warnings, focusOnMount }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  return (
    <section class="results-section" aria-labelledby="caseloads-heading">
      <h2 id="caseloads-heading" tabIndex={-1} ref={heading}>
        {caseloads.state === 'done'
          ? t('auditCaseloadsHeading', caseloads.people.length.toLocaleString(), asOf)
          : t('auditCaseloadsHeadingPlain')}
      </h2>
      {caseloads.state === 'counting' && (
        <p role="status" data-testid="caseloads-counting">
          {t('auditCaseloadsCounting')}
        </p>
      )}
      {caseloads.state === 'needs-services' && (
        <p class="notice" data-testid="caseloads-need-services">
          {t('auditCaseloadsNeedServices')}
        </p>
      )}
      {caseloads.state === 'failed' && (
        <p role="alert" class="notice error" data-testid="caseloads-failed">
          {t('auditCaseloadsFailed')}
        </p>
      )}
      {caseloads.state === 'done' && (
        <PeopleTable people={caseloads.people} asOf={asOf} limits={limits} warnings={warnings} />
      )}
    </section>
  );
}

function PeopleTable(props: {
  people: PersonCaseload[];
  asOf: string;
  limits: CaseloadLimits;
  warnings: CsvProblem[];
}) {
  const { people, asOf, limits } = props;
  const [onlyOver, setOnlyOver] = useState(false);
  const [sort, setSort] = useState(DEFAULT_CASELOAD_SORT);
  const [expanded, setExpanded] = useState<ReadonlySet<PersonCaseload>>(() => new Set());
  const idOf = useMemo(() => new Map(people.map((p, i) => [p, i])), [people]);
  const over = useMemo(() => people.filter(isOverLimit).length, [people]);
  const shown = useMemo(
    () => sortPeople(filterPeople(people, onlyOver), sort),
    [people, onlyOver, sort],
  );
  const outcome = { asOf, limits, people, warnings: props.warnings };
  const name = `caseloads-${asOf}`;

  return (
    <>
      <p data-testid="caseloads-summary">
        {over === 0
          ? t('auditCaseloadsNoneOver')
          : over === 1
            ? t('auditCaseloadsOneOver')
            : t('auditCaseloadsSomeOver', over.toLocaleString())}
      </p>
      <p class="hint" data-testid="caseloads-limits">
        {t(
          areLawLimits(limits) ? 'auditCaseloadsLawLimits' : 'auditCaseloadsOwnLimits',
          limits.resourceSpecialist.toLocaleString(),
          limits.speechAverage.toLocaleString(),
          limits.speechPreschool.toLocaleString(),
        )}
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={onlyOver}
          onChange={(e) => setOnlyOver(e.currentTarget.checked)}
        />{' '}
        {t('auditCaseloadsOnlyOver')}
      </label>
      <div class="exports">
        <button
          type="button"
          onClick={() => downloadText(formatCaseloads(outcome, 'csv'), `${name}.csv`)}
        >
          {t('auditCaseloadsDownloadCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              formatCaseloads(outcome, 'html'),
              `${name}.html`,
              'text/html;charset=utf-8',
            )
          }
        >
          {t('auditCaseloadsDownloadHtml')}
        </button>
        <p class="hint">{t('auditCaseloadsDownloadHint')}</p>
      </div>
      {shown.length === 0 ? (
        <p data-testid="no-people">
          {people.length === 0 ? t('auditCaseloadsNobody') : t('auditCaseloadsNoneShown')}
        </p>
      ) : (
        <CaseloadsTable
          people={shown}
          idOf={idOf}
          sort={sort}
          onSort={(key) => setSort(nextCaseloadSort(sort, key))}
          expanded={expanded}
          onExpand={(p) => {
            const next = new Set(expanded);
            if (next.has(p)) next.delete(p);
            else next.add(p);
            setExpanded(next);
          }}
        />
      )}
    </>
  );
}

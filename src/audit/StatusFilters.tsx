/** The counts by status, each a toggle that shows or hides that status's students. */

import type { StudentStatus } from '../rules/types';
import { t } from '../ui/i18n';
import { STATUS_SIGN } from '../ui/vocabulary';
import { STATUSES } from './table-model';

interface Props {
  counts: Record<StudentStatus, number>;
  shown: ReadonlySet<StudentStatus>;
  onToggle: (status: StudentStatus) => void;
}

export function StatusFilters({ counts, shown, onToggle }: Props) {
  return (
    <fieldset class="status-filters">
      <legend>{t('auditStatusFilterLegend')}</legend>
      {STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          class={`status-toggle status-${status}`}
          aria-pressed={shown.has(status)}
          onClick={() => onToggle(status)}
          data-testid={`count-${status}`}
        >
          <span class="shape" aria-hidden="true">
            {STATUS_SIGN[status].shape}
          </span>
          <span class="count">{counts[status].toLocaleString()}</span>{' '}
          <span>{t(STATUS_SIGN[status].key)}</span>
        </button>
      ))}
    </fieldset>
  );
}

/**
 * A table's header row whose every column sorts it: a button in each header, aria-sort on the
 * column the table is sorted by (the students' and the caseloads' tables share it).
 */
import { t } from '../ui/i18n';

export interface SortableColumn<K extends string> {
  key: K;
  /** i18n key of the column's name. */
  label: string;
}

interface Props<K extends string> {
  columns: readonly SortableColumn<K>[];
  sort: { key: K; direction: 'ascending' | 'descending' };
  onSort: (key: K) => void;
}

export function SortableHead<K extends string>({ columns, sort, onSort }: Props<K>) {
  return (
    <thead>
      <tr>
        {columns.map(({ key, label }) => {
          const active = sort.key === key;
          return (
            <th key={key} scope="col" aria-sort={active ? sort.direction : 'none'}>
              <button type="button" class="sort" onClick={() => onSort(key)}>
                {t(label)}
                <span class="arrow" aria-hidden="true">
                  {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

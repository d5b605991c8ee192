/** Previous and next page of the table, with where the reader is in words. */
import { t } from '../ui/i18n';
import type { PageSlice } from './table-model';

interface Props {
  slice: PageSlice;
  total: number;
  onPage: (page: number) => void;
  /** Above or below the table: each pager is its own named navigation. */
  where: 'top' | 'bottom';
}

export function Pager({ slice, total, onPage, where }: Props) {
  const showing =
    total === 0
      ? t('auditShowingNone')
      : t(
          'auditShowingRange',
          (slice.start + 1).toLocaleString(),
          slice.end.toLocaleString(),
          total.toLocaleString(),
        );
  return (
    <nav class="pager" aria-label={t(where === 'top' ? 'auditPagerTop' : 'auditPagerBottom')}>
      <button
        type="button"
        class="secondary"
        disabled={slice.page === 0}
        onClick={() => onPage(slice.page - 1)}
      >
        {t('auditPagePrevious')}
      </button>
      <span data-testid={`showing-${where}`}>
        {showing}{' '}
        {t('auditPageOf', (slice.page + 1).toLocaleString(), slice.pageCount.toLocaleString())}
      </span>
      <button
        type="button"
        class="secondary"
        disabled={slice.page >= slice.pageCount - 1}
        onClick={() => onPage(slice.page + 1)}
      >
        {t('auditPageNext')}
      </button>
    </nav>
  );
}

/**
 * Why an audit could not run: every problem the readers found, each naming its file, line and
 * column, as the command line prints them. No partial results are shown beside them.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../ui/i18n';

/** Enough to fix a file; the rest are counted, not listed (a wrong file gives one per row). */
const SHOWN = 50;

export function InputProblems({ problems }: { problems: string[] }) {
  const box = useRef<HTMLDivElement>(null);
  // Focus moves here so keyboard and screen-reader users land on what to fix.
  useEffect(() => box.current?.focus(), [problems]);
  return (
    <div class="notice error" role="alert" tabIndex={-1} ref={box} data-testid="input-problems">
      <h2>{t('auditInputErrorHeading')}</h2>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p>{t('auditInputErrorMore', (problems.length - SHOWN).toLocaleString())}</p>
      )}
      <p>{t('auditInputErrorFix')}</p>
    </div>
  );
}

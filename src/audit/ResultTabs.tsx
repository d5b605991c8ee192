/**
 * The results' two views, students and caseloads, as tabs in the ARIA tabs pattern: one tab
 * stop, arrow keys (and Home, End) move between tabs and show each at once. A panel is built
 * the first time it is shown and kept after, so its filters and sort survive switching back,
 * and a 10,000-student audit does not also build a caseloads table nobody opened.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';

export type ResultView = 'students' | 'caseloads';

const VIEWS: { view: ResultView; label: string }[] = [
  { view: 'students', label: 'auditTabStudents' },
  { view: 'caseloads', label: 'auditTabCaseloads' },
];

interface Props {
  view: ResultView;
  onView: (view: ResultView) => void;
  panels: Record<ResultView, () => ComponentChildren>;
}

export function ResultTabs({ view, onView, panels }: Props) {
  const [built, setBuilt] = useState<ReadonlySet<ResultView>>(() => new Set([view]));
  const tabs = useRef<Partial<Record<ResultView, HTMLButtonElement | null>>>({});
  if (!built.has(view)) setBuilt(new Set([...built, view]));

  const onKeyDown = (event: KeyboardEvent) => {
    const at = VIEWS.findIndex((v) => v.view === view);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % VIEWS.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + VIEWS.length) % VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? VIEWS.length - 1
              : -1;
    const next = VIEWS[to];
    if (!next) return;
    event.preventDefault();
    onView(next.view);
    tabs.current[next.view]?.focus();
  };

  return (
    <div class="result-tabs">
      <div role="tablist" aria-label={t('auditTabsLabel')} class="tablist" onKeyDown={onKeyDown}>
        {VIEWS.map(({ view: v, label }) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[v] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={v === view}
            aria-controls={`panel-${v}`}
            tabIndex={v === view ? 0 : -1}
            class="tab"
            onClick={() => onView(v)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {VIEWS.map(({ view: v }) => (
        <div
          key={v}
          role="tabpanel"
          id={`panel-${v}`}
          aria-labelledby={`tab-${v}`}
          hidden={v !== view}
          class="tabpanel"
        >
          {built.has(v) && panels[v]()}
        </div>
      ))}
    </div>
  );
}

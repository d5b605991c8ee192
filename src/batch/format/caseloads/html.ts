/**
 * `caseloads --format html`: a self-contained page a program specialist can read and print:
 * the people over a limit first, then everyone by load. Every value is HTML-escaped.
 */
import { type CaseloadLimits, DEFAULT_CASELOAD_LIMITS } from '../../../rules';
import { severityWord } from '../../../ui/words-en';
import type { CaseloadsOutcome } from '../../caseloads';
import { escapeHtml } from '../html';
import { KIND_LABEL } from './labels';

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.meta { color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c9c9c9; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.over td:first-child { border-left: 6px solid #a4161a; }
tr.average td:first-child { border-left: 6px solid #8a5a00; }
.finding { margin: .2rem 0 0; }
.source { color: #555; font-size: .85rem; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } tr { break-inside: avoid; } thead { display: table-header-group; } }
`;

/**
 * The limits the report applied, each with the law behind it, and said to be the district's own
 * where it differs from the law's (the report would otherwise cite 28 while holding people to 30).
 */
function limitsText(l: CaseloadLimits): string {
  const own = (value: number, law: number) =>
    value === law ? '' : ` (the district's own; the law's is ${law})`;
  const d = DEFAULT_CASELOAD_LIMITS;
  return [
    `resource specialist ${l.resourceSpecialist} pupils${own(l.resourceSpecialist, d.resourceSpecialist)} (EC 56362(c), waivers under 5 CCR 3100)`,
    `speech, language and hearing specialists ${l.speechAverage} on the SELPA average unless the local plan sets another${own(l.speechAverage, d.speechAverage)} (EC 56363.3)`,
    `${l.speechPreschool} when serving only children aged 3 to 5${own(l.speechPreschool, d.speechPreschool)} (EC 56441.7)`,
  ].join('; ');
}

export function formatCaseloadsHtml(outcome: CaseloadsOutcome): string {
  const rows = outcome.people.map((p) => {
    const kind = p.findings.some((f) => f.severity === 'error')
      ? 'over'
      : p.findings.length > 0
        ? 'average'
        : '';
    const findings = p.findings
      .map(
        (f) =>
          `<p class="finding"><strong>${severityWord(f.severity)}:</strong> ${escapeHtml(f.message)} ${(f.fixes ?? []).map(escapeHtml).join(' ')} <span class="source">Source: ${escapeHtml(f.source)}</span></p>`,
      )
      .join('');
    const v = p.verdicts;
    return `<tr class="${kind}"><td>${escapeHtml(p.name)}${p.position ? `<br><span class="source">${escapeHtml(p.position)}</span>` : ''}</td><td>${escapeHtml(KIND_LABEL[p.role])}${p.preschoolOnly ? ' (ages 3–5 only)' : ''}</td><td class="n">${p.count}</td><td class="n">${p.limit ?? '—'}</td><td class="n">${v.violation} / ${v.review} / ${v.ok}</td><td>${findings}</td></tr>`;
  });
  const over = outcome.people.filter((p) => p.findings.length > 0).length;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<title>Caseloads</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>Caseloads</h1>',
    `<p class="meta">As of <strong>${escapeHtml(outcome.asOf)}</strong>: ${outcome.people.length} people, ${over} over a limit. Limits: ${limitsText(outcome.limits)}.</p>`,
    '<table><thead><tr><th scope="col">Name</th><th scope="col">Caseload</th><th scope="col">Count</th><th scope="col">Limit</th><th scope="col">Students: problem / look / fits</th><th scope="col">Findings</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '</body></html>',
    '',
  ].join('\n');
}

/**
 * `--format html`: one self-contained, printable page for a program specialist: summary counts,
 * findings by rule, then a table per student (violations first, then reviews; students with
 * nothing to act on in one compact table). No script, no external asset (a CSP meta tag forbids
 * them); every value is HTML-escaped.
 */

import type { Finding } from '../../rules/types';
import { roleWord, statusWord } from '../../ui/words-en';
import type { AuditReport, AuditRow } from '../report';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const STYLE = `
:root { color-scheme: light; --err: #a4161a; --warn: #8a5a00; --ok: #1b6e3a; --line: #c9c9c9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #111; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; }
.meta { color: #444; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 0; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; font-weight: 600; }
.summary { width: auto; min-width: 20rem; }
.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.student { margin: 1rem 0 1.25rem; padding: .6rem .75rem; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 3px; }
.student.violation { border-left-color: var(--err); }
.student.review { border-left-color: var(--warn); }
.student.ok { border-left-color: var(--ok); }
.id { color: #555; font-weight: normal; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.sev-error, .violation .badge { color: var(--err); }
.sev-warning, .review .badge { color: var(--warn); }
.sev-ok, .sev-info, .sev-suggestion { color: var(--ok); }
td.sev { white-space: nowrap; font-weight: 600; }
.fixes { margin: .25rem 0 0 1.1rem; padding: 0; }
.source { color: #555; font-size: .85rem; }
a { color: inherit; }
footer { margin-top: 2rem; color: #555; font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  .student { break-inside: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { text-decoration: none; }
}
`;

export function formatHtml(report: AuditReport): string {
  return [...htmlChunks(report)].join('');
}

/**
 * The report in pieces, in order, each ending with its line end: a statewide report is larger
 * than the longest string V8 can make, so it is written piece by piece and never joined.
 */
export function* htmlChunks(report: AuditReport): Generator<string> {
  const { counts, rows } = report;
  const title = `Case manager credential check — as of ${report.asOf}`;
  const files = [report.files.students, report.files.services, report.files.roster]
    .filter((f): f is string => f !== undefined)
    .map((f) => escapeHtml(f))
    .join(', ');
  yield* lines(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Case manager credential check</h1>`,
    `<p class="meta">Credentials judged as of <strong>${escapeHtml(report.asOf)}</strong>. Files: ${files}.</p>`,
    ...(report.rolesUnknown === true
      ? [
          '<p class="meta"><strong>Roles not known:</strong> no services file was given, so whether each case manager teaches their student is not known.</p>',
        ]
      : []),
    '</header>',
    '<main>',
    '<h2>Summary</h2>',
    '<table class="summary"><tbody>',
    `<tr><th scope="row">Students checked</th><td class="n">${rows.length}</td></tr>`,
    `<tr><th scope="row">${statusWord('violation')} (an error to correct)</th><td class="n">${counts.violation}</td></tr>`,
    `<tr><th scope="row">${statusWord('review')} (a warning)</th><td class="n">${counts.review}</td></tr>`,
    `<tr><th scope="row">${statusWord('ok')}</th><td class="n">${counts.ok}</td></tr>`,
    '</tbody></table>',
  );
  yield* lines(...byRule(rows));

  for (const status of ['violation', 'review'] as const) {
    const group = rows.filter((r) => r.status === status);
    if (group.length === 0) continue;
    yield `<h2>${statusWord(status)} (${group.length})</h2>\n`;
    for (const row of group) yield `${studentSection(row)}\n`;
  }
  const ok = rows.filter((r) => r.status === 'ok');
  if (ok.length > 0) {
    yield `<h2>OK (${ok.length})</h2>\n`;
    yield* okTable(ok);
  }
  yield* lines(
    '</main>',
    '<footer><p>An early warning from the IEP records, not a CalSAAS result. Findings marked “secondary” or “unconfirmed” rest on sources a person should confirm.</p></footer>',
    '</body>',
    '</html>',
  );
}

function* lines(...parts: string[]): Generator<string> {
  for (const part of parts) yield `${part}\n`;
}

function byRule(rows: readonly AuditRow[]): string[] {
  const counts = new Map<string, { severity: string; students: number }>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const f of row.findings) {
      if (f.severity === 'ok' || f.severity === 'info' || seen.has(f.rule)) continue;
      seen.add(f.rule);
      const c = counts.get(f.rule) ?? { severity: f.severity, students: 0 };
      c.students++;
      counts.set(f.rule, c);
    }
  }
  if (counts.size === 0) return [];
  const order = ['error', 'warning', 'suggestion'];
  const sorted = [...counts.entries()].sort(
    (a, b) =>
      order.indexOf(a[1].severity) - order.indexOf(b[1].severity) || b[1].students - a[1].students,
  );
  return [
    '<h2>Findings by rule</h2>',
    '<table class="summary"><thead><tr><th>Rule</th><th>Severity</th><th>Students</th></tr></thead><tbody>',
    ...sorted.map(
      ([rule, c]) =>
        `<tr><td>${escapeHtml(rule)}</td><td class="sev sev-${escapeHtml(c.severity)}">${escapeHtml(c.severity)}</td><td class="n">${c.students}</td></tr>`,
    ),
    '</tbody></table>',
  ];
}

function studentSection(row: AuditRow): string {
  const name = escapeHtml(row.student.name ?? '(no name)');
  const id =
    row.student.id !== null ? ` <span class="id">${escapeHtml(row.student.id)}</span>` : '';
  const cm =
    row.caseManager.name !== null ? escapeHtml(row.caseManager.name) : '<em>none named</em>';
  const findings = row.findings.map(findingRow).join('\n');
  return [
    `<section class="student ${row.status}">`,
    `<h3>${name}${id} <span class="badge">${statusWord(row.status)}</span></h3>`,
    `<p>Case manager: ${cm} — ${roleWord(row.caseManager.role)}</p>`,
    '<table><thead><tr><th>Severity</th><th>Finding</th><th>Basis</th></tr></thead><tbody>',
    findings,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function findingRow(f: Finding): string {
  const fixes =
    f.fixes && f.fixes.length > 0
      ? `<ul class="fixes">${f.fixes.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
      : '';
  const until = f.until ? ` <strong>Date: ${escapeHtml(f.until)}.</strong>` : '';
  const status = f.status !== 'confirmed' ? ` (${escapeHtml(f.status)})` : '';
  return (
    `<tr><td class="sev sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</td>` +
    `<td>${escapeHtml(f.message)}${until}${fixes}<div class="source">${escapeHtml(f.rule)}</div></td>` +
    `<td class="source">${source(f.source)}${status}</td></tr>`
  );
}

/** Escapes a source; a plain https address becomes a link (text and href both escaped). */
function source(text: string): string {
  return escapeHtml(text).replace(/https:\/\/[A-Za-z0-9._~:/?#[\]@!$&;%+,=-]+/g, (match) => {
    const url = match.replace(/[.,:]+$/, '');
    return `<a href="${url}">${url}</a>${match.slice(url.length)}`;
  });
}

function* okTable(rows: readonly AuditRow[]): Generator<string> {
  yield '<table><thead><tr><th>Student</th><th>Id</th><th>Case manager</th><th>Role</th><th>Finding</th></tr></thead><tbody>\n';
  for (const r of rows) {
    const summary = r.findings.map((f) => escapeHtml(f.message)).join(' ');
    yield `<tr><td>${escapeHtml(r.student.name ?? '')}</td><td>${escapeHtml(r.student.id ?? '')}</td><td>${escapeHtml(r.caseManager.name ?? '')}</td><td>${roleWord(r.caseManager.role)}</td><td>${summary}</td></tr>\n`;
  }
  yield '</tbody></table>\n';
}

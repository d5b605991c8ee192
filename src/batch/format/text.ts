/** `--format text`: a readable summary, then each student with their findings. */

import type { Finding } from '../../rules/types';
import { roleWord, severityWord, statusWord } from '../../ui/words-en';
import type { AuditReport, AuditRow } from '../report';

export function formatText(report: AuditReport): string {
  return [...textChunks(report)].join('');
}

/** The text report one student at a time, never joined: see jsonChunks. */
export function* textChunks(report: AuditReport): Generator<string> {
  const { counts, rows } = report;
  yield `Case manager check — credentials as of ${report.asOf}\n`;
  yield `${plural(rows.length, 'student')}: ${statusWord('violation')} ${counts.violation}, ${statusWord('review')} ${counts.review}, ${statusWord('ok')} ${counts.ok}\n`;
  if (report.rolesUnknown === true) {
    yield 'Roles not known: no services file was given, so whether each case manager teaches their student is not known.\n';
  }
  yield '\n';
  for (const row of rows) yield `${studentBlock(row).join('\n')}\n\n`;
}

/** "1 student", "6 violations", "2 people". */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

function studentBlock(row: AuditRow): string[] {
  const who = row.student.name ?? '(no name)';
  const id = row.student.id !== null ? ` [${row.student.id}]` : '';
  const cm = row.caseManager.name ?? 'none named';
  const out = [
    `${statusWord(row.status)}  ${who}${id} — case manager: ${cm} (${roleWord(row.caseManager.role)})`,
  ];
  for (const f of row.findings) out.push(...findingLines(f));
  return out;
}

function findingLines(f: Finding): string[] {
  const extra = [f.until ? `until ${f.until}` : '', f.status !== 'confirmed' ? f.status : '']
    .filter((x) => x !== '')
    .join(', ');
  const out = [
    `  ${severityWord(f.severity).padEnd(10)} ${f.rule}: ${f.message}${extra ? ` (${extra})` : ''}`,
  ];
  for (const fix of f.fixes ?? []) out.push(`             → ${fix}`);
  if (f.source) out.push(`             source: ${f.source}`);
  return out;
}

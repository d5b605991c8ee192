/** `--format text`: a readable summary, then each student with their findings. */

import type { Finding, StudentStatus } from '../../rules/types';
import type { AuditReport, AuditRow } from '../report';

const STATUS_LABEL: Record<StudentStatus, string> = {
  violation: 'VIOLATION',
  review: 'REVIEW',
  ok: 'OK',
};

export function formatText(report: AuditReport): string {
  const { counts, rows } = report;
  const lines: string[] = [];
  lines.push(`Case manager check — credentials as of ${report.asOf}`);
  lines.push(
    `${rows.length} ${rows.length === 1 ? 'student' : 'students'}: ${counts.violation} violation, ${counts.review} to review, ${counts.ok} ok`,
  );
  lines.push('');
  for (const row of rows) lines.push(...studentBlock(row), '');
  return `${lines.join('\n')}\n`;
}

function studentBlock(row: AuditRow): string[] {
  const who = row.student.name ?? '(no name)';
  const id = row.student.id !== null ? ` [${row.student.id}]` : '';
  const cm = row.caseManager.name ?? 'none named';
  const out = [
    `${STATUS_LABEL[row.status]}  ${who}${id} — case manager: ${cm} (${roleLabel(row.caseManager.role)})`,
  ];
  for (const f of row.findings) out.push(...findingLines(f));
  return out;
}

function findingLines(f: Finding): string[] {
  const extra = [f.until ? `until ${f.until}` : '', f.status !== 'confirmed' ? f.status : '']
    .filter((x) => x !== '')
    .join(', ');
  const out = [`  ${f.severity.padEnd(10)} ${f.rule}: ${f.message}${extra ? ` (${extra})` : ''}`];
  for (const fix of f.fixes ?? []) out.push(`             → ${fix}`);
  return out;
}

function roleLabel(role: AuditRow['caseManager']['role']): string {
  switch (role) {
    case 'instruction':
      return 'provides instruction';
    case 'support':
      return 'provides a support service';
    case 'coordinator':
      return 'coordinates only';
    default:
      return 'role unknown';
  }
}

/**
 * The stored roster back to a CSV file in the layout CONTRACT §3 reads (one row per
 * authorization), so IT staff can check, correct and import it again.
 */
import Papa from 'papaparse';
import type { StaffMember } from '../rules/types';

export const EXPORT_HEADERS = [
  'Name',
  'Email',
  'Position',
  'Authorization',
  'Issued',
  'Expires',
] as const;

export function rosterToCsv(staff: readonly StaffMember[]): string {
  const rows: string[][] = [];
  for (const member of staff) {
    const base = [member.name, member.email ?? '', member.position ?? ''];
    if (member.authorizations.length === 0) {
      // A person with no CTC authorization is one row with an empty Authorization (§3).
      rows.push([...base, '', '', '']);
      continue;
    }
    for (const auth of member.authorizations) {
      rows.push([...base, auth.text ?? auth.key ?? '', auth.issued ?? '', auth.expires ?? '']);
    }
  }
  // The BOM makes Excel read the file as UTF-8 ("Muñoz" stays Muñoz); escapeFormulae keeps
  // a cell such as "=HYPERLINK(…)" from running as a formula when the file is opened there.
  return `\uFEFF${Papa.unparse({ fields: [...EXPORT_HEADERS], data: rows }, { escapeFormulae: true })}`;
}

/** roster-2026-01-15.csv, by the local date. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `roster-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

/**
 * The engine's findings speak to the extension's user: a page, settings, a profile. The
 * command line has none of them, and advice to change a setting it does not have sends the
 * reader looking for nothing. These few texts are said the command line's way; every other
 * finding is passed through unchanged (the same objects, as the engine's memo shares them).
 */

import type { Finding } from '../rules/types';
import type { AuditReport, AuditRow } from './report';

const REPLACED: readonly (readonly [string, string])[] = [
  [
    'The page does not show the services, so it cannot tell whether the case manager instructs',
    'No services file was given, so the audit cannot tell whether the case manager instructs',
  ],
  [
    "Record who provides each service in the IEP, or state the case manager's role (instruction or coordination only) in the settings.",
    'Record who provides each service in the IEP, and give the services export (--services) with its provider column.',
  ],
  [
    'The case manager is not in the roster or your profile, so their authorizations cannot be checked.',
    'The case manager is not in the roster (--roster), so their authorizations cannot be checked.',
  ],
];

function reword(text: string): string {
  let out = text;
  for (const [from, to] of REPLACED) if (out.includes(from)) out = out.replace(from, to);
  return out;
}

function needsRewording(f: Finding): boolean {
  const texts = [f.message, ...(f.fixes ?? [])];
  return texts.some((t) => REPLACED.some(([from]) => t.includes(from)));
}

/** The report with the extension's wording of its findings said the command line's way. */
export function forCommandLine(report: AuditReport): AuditReport {
  const done = new Map<readonly Finding[], Finding[]>();
  const rows = report.rows.map((row): AuditRow => {
    let findings = done.get(row.findings);
    if (findings === undefined) {
      findings = row.findings.some(needsRewording)
        ? row.findings.map((f) => {
            if (!needsRewording(f)) return f;
            const g: Finding = { ...f, message: reword(f.message) };
            if (f.fixes) g.fixes = f.fixes.map(reword);
            return g;
          })
        : row.findings;
      done.set(row.findings, findings);
    }
    return findings === row.findings ? row : { ...row, findings };
  });
  return { ...report, rows };
}

/** The audit report in each of the formats the command line and the audit page write. */

import type { AuditReport } from '../report';
import { csvChunks } from './csv';
import { htmlChunks } from './html';
import { jsonChunks } from './json';
import { textChunks } from './text';

export type ReportFormat = 'text' | 'json' | 'csv' | 'html';

export function formatReport(report: AuditReport, format: ReportFormat): string {
  return [...reportChunks(report, format)].join('');
}

/** The report in pieces, never joined (a statewide report is longer than a string can be). */
export function reportChunks(report: AuditReport, format: ReportFormat): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(report.rows);
    case 'csv':
      return csvChunks(report.rows);
    case 'html':
      return htmlChunks(report);
    default:
      return textChunks(report);
  }
}

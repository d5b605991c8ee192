/** The caseloads report in each of the formats the command line and the audit page write. */

import type { CaseloadsOutcome } from '../../caseloads';
import type { ReportFormat } from '../report';
import { formatCaseloadsCsv } from './csv';
import { formatCaseloadsHtml } from './html';
import { formatCaseloadsText } from './text';

export function formatCaseloads(outcome: CaseloadsOutcome, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(outcome.people, null, 2)}\n`;
    case 'csv':
      return formatCaseloadsCsv(outcome.people);
    case 'html':
      return formatCaseloadsHtml(outcome);
    default:
      return formatCaseloadsText(outcome);
  }
}

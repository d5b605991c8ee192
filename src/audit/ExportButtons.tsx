/**
 * The whole report as the command line writes it (formatCsv, formatHtml), saved from memory
 * through an object URL: nothing goes to a server.
 */

import { formatCsv } from '../batch/format/csv';
import { formatHtml } from '../batch/format/html';
import type { AuditReport } from '../batch/report';
import { downloadText } from '../options/download';
import { t } from '../ui/i18n';

export function ExportButtons({ report }: { report: AuditReport }) {
  const name = `caseload-audit-${report.asOf}`;
  return (
    <div class="exports">
      <button type="button" onClick={() => downloadText(formatCsv(report.rows), `${name}.csv`)}>
        {t('auditDownloadCsv')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(formatHtml(report), `${name}.html`, 'text/html;charset=utf-8')}
      >
        {t('auditDownloadHtml')}
      </button>
      <p class="hint">{t('auditDownloadHint')}</p>
    </div>
  );
}

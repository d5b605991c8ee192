/**
 * Messages between the audit page and its worker (audit-worker.ts). The files go in as bytes
 * (transferred, not copied), so the worker decodes them with the CLI's own readers.
 */
import type { AuditReport } from '../cli/report';
import type { CsvProblem } from '../csv/problems';

export interface AuditFile {
  /** The name shown in messages and in the report (students.csv). */
  file: string;
  data: Uint8Array;
}

export interface AuditRequest {
  students: AuditFile;
  services?: AuditFile;
  roster?: AuditFile;
  asOf: string;
}

export type AuditReply =
  /** The engine has started on the students (posted before runAudit). */
  | { type: 'checking' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: AuditReport; warnings: CsvProblem[]; ms: number }
  /** Unusable input: every problem, each naming its file, line and column. */
  | { type: 'input-error'; problems: string[] }
  /** Anything else that stopped the audit (a fault, not the user's file). */
  | { type: 'failed' };

/**
 * Messages between the audit page and its worker (audit-worker.ts). The files go in as bytes
 * (transferred, not copied), so the worker decodes them with the CLI's own readers.
 */
import type { PersonCaseload } from '../batch/caseloads';
import type { AuditReport } from '../batch/report';
import type { CsvProblem } from '../csv/problems';
import type { CaseloadLimits } from '../rules';
import type { RuleId, StaffMember } from '../rules/types';

export interface AuditFile {
  /** The name shown in messages and in the report (students.csv). */
  file: string;
  data: Uint8Array;
}

export interface AuditSettings {
  staff?: { file: string; members: readonly StaffMember[] };
  profile: StaffMember | null;
  disabledRules: readonly RuleId[];
}

export interface AuditRequest {
  students: AuditFile;
  services?: AuditFile;
  roster?: AuditFile;
  /**
   * The extension's settings, as every page check applies them: the saved roster (used when no
   * roster file is chosen), the user's own profile and the rules switched off.
   */
  settings: AuditSettings;
  asOf: string;
  /** The caseload limits for this audit (the law's unless the district's are entered). */
  limits: CaseloadLimits;
}

export type AuditReply =
  /** The engine has started on the students (posted before runAudit). */
  | { type: 'checking' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: AuditReport; warnings: CsvProblem[]; ms: number }
  /**
   * After 'done': runCaseloads's people, heaviest first, or null without a services file (no
   * provider caseload can be counted). Posted second because counting can take longer than
   * the audit itself, and the students' table should not wait for it.
   */
  | { type: 'caseloads'; people: PersonCaseload[] | null }
  /** The audit is shown, but the caseloads could not be counted. */
  | { type: 'caseloads-failed' }
  /** Unusable input: every problem, each naming its file, line and column. */
  | { type: 'input-error'; problems: string[] }
  /** Anything else that stopped the audit (a fault, not the user's file). */
  | { type: 'failed' };

/**
 * The audit off the page's main thread: runAudit exactly as the command line calls it, then the
 * caseloads counted from that same audit, so a caseload of 10,000 students never freezes the page. Student data lives only in this worker's
 * memory and the messages it posts back; nothing is stored or logged.
 */
import { type AuditInput, AuditInputError, runAudit } from '../batch/audit';
import { type AuditWithRecords, auditKeepingRecords, caseloadsOf } from '../batch/caseload-audit';
import { formatProblem } from '../csv/problems';
import { progressThrottle } from './progress-throttle';
import type { AuditReply, AuditRequest } from './protocol';

const post = (reply: AuditReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<AuditRequest>) => {
  const request = event.data;
  const started = performance.now();
  post({ type: 'checking' });
  const input: AuditInput = {
    students: request.students,
    asOf: request.asOf,
    profile: request.settings.profile,
    disabledRules: request.settings.disabledRules,
    onProgress: progressThrottle((done, total) => post({ type: 'progress', done, total })),
  };
  if (request.services) input.services = request.services;
  if (request.roster) input.roster = request.roster;
  else if (request.settings.staff) input.staff = request.settings.staff;
  let audited: AuditWithRecords | undefined;
  try {
    // With services, the caseloads are counted from this same audit: it runs once.
    if (request.services) audited = auditKeepingRecords(input);
    const { report, warnings } = audited?.outcome ?? runAudit(input);
    post({ type: 'done', report, warnings, ms: performance.now() - started });
  } catch (e) {
    failed(e);
    return;
  }
  countCaseloads(audited, request);
};

/**
 * The caseloads exactly as `case-manager-check caseloads` counts them, from the audit just run,
 * so every count and finding is the command line's.
 */
function countCaseloads(audited: AuditWithRecords | undefined, request: AuditRequest): void {
  if (!audited) {
    post({ type: 'caseloads', people: null });
    return;
  }
  try {
    post({ type: 'caseloads', people: caseloadsOf(audited, request.limits).people });
  } catch {
    // Not logged, as below: the error could quote a student's row.
    post({ type: 'caseloads-failed' });
  }
}

function failed(e: unknown): void {
  if (e instanceof AuditInputError) {
    post({ type: 'input-error', problems: e.problems.map(formatProblem) });
  } else {
    // Not logged: the error's message could quote a student's row.
    post({ type: 'failed' });
  }
}

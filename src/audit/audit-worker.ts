/**
 * The audit off the page's main thread: runAudit exactly as the command line calls it, then
 * runCaseloads on the same inputs, so a caseload of 10,000 students never freezes the page. Student data lives only in this worker's
 * memory and the messages it posts back; nothing is stored or logged.
 */
import { type AuditInput, AuditInputError, runAudit } from '../cli/commands/audit';
import { runCaseloads } from '../cli/commands/caseloads';
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
    onProgress: progressThrottle((done, total) => post({ type: 'progress', done, total })),
  };
  if (request.services) input.services = request.services;
  if (request.roster) input.roster = request.roster;
  try {
    const { report, warnings } = runAudit(input);
    post({ type: 'done', report, warnings, ms: performance.now() - started });
  } catch (e) {
    failed(e);
    return;
  }
  countCaseloads(request);
};

/**
 * runCaseloads exactly as `case-manager-check caseloads` calls it, on the same files, roster and
 * date as the audit, so every count and finding is the command line's.
 */
function countCaseloads(request: AuditRequest): void {
  if (!request.services) {
    post({ type: 'caseloads', people: null });
    return;
  }
  const input: Parameters<typeof runCaseloads>[0] = {
    students: request.students,
    services: request.services,
    asOf: request.asOf,
  };
  if (request.roster) input.roster = request.roster;
  try {
    post({ type: 'caseloads', people: runCaseloads(input, request.limits).people });
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

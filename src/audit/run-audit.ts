/**
 * Starts one audit in its own worker and reports what it posts back. A new worker per audit:
 * terminating it is the only way to stop runAudit midway, and it frees every student's data
 * the moment the audit and its caseloads are counted.
 */
import type { AuditReply, AuditRequest } from './protocol';

export interface RunningAudit {
  /** Stops the audit at once (a new audit started, or the page left). */
  stop(): void;
}

export function startAudit(
  request: AuditRequest,
  onReply: (reply: AuditReply) => void,
): RunningAudit {
  // Written out in full so that Vite bundles the worker and its imports as a file of the build.
  const worker = new Worker(new URL('./audit-worker.ts', import.meta.url), { type: 'module' });
  let over = false;
  // Once the audit is shown, a fault can only have stopped the caseloads.
  let audited = false;
  const finish = () => {
    over = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<AuditReply>) => {
    if (over) return;
    const reply = event.data;
    if (reply.type === 'done') audited = true;
    else if (reply.type !== 'checking' && reply.type !== 'progress') finish();
    onReply(reply);
  };
  worker.onerror = (event) => {
    // The worker could not start or threw outside runAudit: the audit failed, nothing logged.
    event.preventDefault();
    if (over) return;
    finish();
    onReply({ type: audited ? 'caseloads-failed' : 'failed' });
  };
  const transfer = [request.students, request.services, request.roster].flatMap((f) =>
    f ? [f.data.buffer as ArrayBuffer] : [],
  );
  worker.postMessage(request, transfer);
  return { stop: finish };
}

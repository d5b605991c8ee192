/**
 * How far along an audit is, as the progress bar's percentage. Each phase has its share, so the
 * bar moves even when the engine reports no progress of its own: reading the files up to 10%,
 * then checking the students up to 95% (by the engine's done/total when it reports them), the
 * rest for the results coming back from the worker and the table appearing.
 */
export type AuditPhase =
  | { phase: 'reading'; filesRead: number; files: number }
  | { phase: 'checking'; done?: number; total?: number }
  | { phase: 'showing' };

export function progressPercent(p: AuditPhase): number {
  switch (p.phase) {
    case 'reading':
      return p.files === 0 ? 0 : Math.round((10 * p.filesRead) / p.files);
    case 'checking':
      if (p.done === undefined || !p.total) return 12;
      return Math.round(12 + (83 * Math.min(p.done, p.total)) / p.total);
    default:
      return 97;
  }
}

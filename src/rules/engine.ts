/**
 * The rule engine: one student's case in, findings and a status out (CONTRACT.md §1).
 * Deterministic: findings are sorted, and nothing depends on the order of services or
 * authorizations in the input.
 */
import { buildContext } from './context';
import { RULES, ruleRank } from './registry';
import type { RuleModule } from './rule';
import { sortInPlace } from './sort';
import type { CaseResult, Finding, Severity, StudentCase, StudentStatus } from './types';

const SEVERITY_RANK: Record<Severity, number> = {
  error: 0,
  warning: 1,
  suggestion: 2,
  info: 3,
  ok: 4,
};

/** violation if any error, else review if any warning, else ok. */
export function statusOf(findings: readonly Finding[]): StudentStatus {
  let status: StudentStatus = 'ok';
  for (let i = 0; i < findings.length; i++) {
    const severity = (findings[i] as Finding).severity;
    if (severity === 'error') return 'violation';
    if (severity === 'warning') status = 'review';
  }
  return status;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    ruleRank(a.rule) - ruleRank(b.rule) ||
    // Equal codes (most often both absent) compare equal without a locale-aware comparison.
    (a.serviceCode === b.serviceCode
      ? 0
      : (a.serviceCode ?? '').localeCompare(b.serviceCode ?? '')) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function evaluateCase(c: StudentCase): CaseResult {
  const ctx = buildContext(c);
  const disabled = c.disabledRules && c.disabledRules.length > 0 ? new Set(c.disabledRules) : null;
  const findings: Finding[] = [];
  for (let i = 0; i < RULES.length; i++) {
    const r = RULES[i] as RuleModule;
    if (disabled?.has(r.meta.id)) continue;
    const found = r.check(ctx);
    for (let j = 0; j < found.length; j++) findings.push(found[j] as Finding);
  }
  sortInPlace(findings, compareFindings);
  return { status: statusOf(findings), role: ctx.role.role, findings };
}

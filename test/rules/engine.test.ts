import { describe, expect, it } from 'vitest';
import { evaluateCase, statusOf } from '../../src/rules/engine';
import { RULES } from '../../src/rules/registry';
import { type Finding, RULE_IDS } from '../../src/rules/types';
import { cm, instr, makeCase, svc } from './fixtures';

const f = (severity: Finding['severity']): Finding => ({
  rule: 'authorized',
  severity,
  message: 'x',
  messageId: 'findingAuthorizedPrimary',
  data: {},
  source: 's',
  status: 'confirmed',
});

describe('statusOf', () => {
  it('violation if any error, else review if any warning, else ok', () => {
    expect(statusOf([])).toBe('ok');
    expect(statusOf([f('ok'), f('info'), f('suggestion')])).toBe('ok');
    expect(statusOf([f('ok'), f('warning')])).toBe('review');
    expect(statusOf([f('warning'), f('error')])).toBe('violation');
  });
});

describe('registry', () => {
  it('registers one module per rule id of CONTRACT §1, with the contract severity', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULE_IDS].sort());
    const severities = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.severity]));
    expect(severities).toMatchObject({
      'instruction-authorization': 'error',
      'service-authorization': 'error',
      'resource-authorization': 'error',
      'grade-out-of-range': 'error',
      'credential-expired': 'error',
      'credential-expiring': 'warning',
      'alternate-placement-services': 'warning',
      'alternate-placement-unrecorded': 'warning',
      'credentials-unknown': 'warning',
      'role-unknown': 'warning',
      'missing-data': 'warning',
      'best-practice-case-manager': 'suggestion',
      'coordinator-only': 'info',
      'needs-review': 'warning',
      authorized: 'ok',
      'caseload-over-limit': 'error',
      'caseload-over-average': 'warning',
    });
  });
});

describe('evaluateCase', () => {
  it('orders findings by severity, then rule', () => {
    const r = evaluateCase(
      makeCase({
        student: { primary: '230', secondary: '210' },
        services: [instr('SDC'), svc('415')],
        caseManager: cm([{ key: 'ESN', expires: '2026-02-01' }]),
      }),
    );
    const rank = { error: 0, warning: 1, suggestion: 2, info: 3, ok: 4 } as const;
    const ranks = r.findings.map((x) => rank[x.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(r.findings.map((x) => x.rule)).toEqual([
      'instruction-authorization',
      'service-authorization',
      'alternate-placement-unrecorded',
    ]);
    expect(r.status).toBe('violation');
    expect(r.role).toBe('instruction');
  });

  it('a disabled rule is gone and the status follows what is left', () => {
    const c = makeCase({ caseManager: cm([{ key: 'SLP' }]) });
    expect(evaluateCase(c).status).toBe('violation');
    expect(evaluateCase({ ...c, disabledRules: ['instruction-authorization'] }).status).toBe('ok');
  });

  it('one finding per cause: expired coverage is not also instruction-authorization (§9.1)', () => {
    const r = evaluateCase(makeCase({ caseManager: cm([{ key: 'MMSN', expires: '2025-01-01' }]) }));
    expect(r.findings.map((x) => x.rule)).toEqual(['credential-expired']);
  });

  it('accepts vendor spellings in the case: grade KN, disability names, service "code - name"', () => {
    const r = evaluateCase(
      makeCase({
        student: { grade: 'KN', primary: 'Autism (AUT)' },
        services: [
          { code: '330 - Specialized Academic Instruction', provider: 'cm', setting: 'SDC' },
        ],
        caseManager: cm([{ text: 'Early Childhood Special Education', issued: '2023-09-01' }]),
      }),
    );
    expect(r.status).toBe('ok');
    expect(r.findings.map((x) => x.rule)).toEqual(['authorized']);
  });
});

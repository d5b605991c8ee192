import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/rules/engine';
import { cm, MMSN, makeCase } from './fixtures';

// A page whose services tab was never opened: the engine must not read "no services" as
// "coordinates only", which would turn an unverified case manager into an "ok" (§9.2).
const unshown = (parts: Parameters<typeof makeCase>[0]) => ({
  ...makeCase({ ...parts, services: [] }),
  servicesShown: false,
});
const rules = (c: ReturnType<typeof unshown>) =>
  evaluateCase(c).findings.map((f) => [f.rule, f.severity]);

describe('services not shown on the page', () => {
  it('never says coordinator-only; a covering credential is authorized for the instructing case', () => {
    const result = evaluateCase(unshown({ caseManager: cm([MMSN]) }));
    expect(result.role).toBe('unknown');
    expect(result.findings.map((f) => f.rule)).not.toContain('coordinator-only');
    expect(result.findings.map((f) => f.rule)).toContain('authorized');
    expect(result.status).toBe('ok');
  });

  it('warns role-unknown, not an error, when the credential would not cover instruction', () => {
    const c = unshown({ caseManager: cm([{ key: 'SLP', issued: '2012-01-01' }]) });
    expect(rules(c)).toContainEqual(['role-unknown', 'warning']);
    expect(rules(c).map(([rule]) => rule)).not.toContain('instruction-authorization');
    expect(evaluateCase(c).findings.find((f) => f.rule === 'role-unknown')?.message).toMatch(
      /The services were not read/,
    );
  });

  it('says the credentials are unknown for a case manager not in the roster', () => {
    const c = unshown({ caseManager: { known: false, name: 'Lee, Dana', authorizations: [] } });
    expect(rules(c)).toContainEqual(['credentials-unknown', 'warning']);
    expect(evaluateCase(c).status).toBe('review');
  });

  it('does not claim that no service addresses a low-incidence primary under alternate placement', () => {
    const c = unshown({
      student: { primary: '230', secondary: '210', alternatePlacement: true },
      caseManager: cm([{ key: 'ESN', issued: '2023-06-01' }]),
    });
    expect(rules(c).map(([rule]) => rule)).not.toContain('alternate-placement-services');
  });
});

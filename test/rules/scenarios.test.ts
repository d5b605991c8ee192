import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/rules/engine';
import { loadScenarios, toCase } from './scenario-case';

const file = loadScenarios();

describe('public scenarios (../shared/domain/scenarios.json)', () => {
  it('has all 46 scenarios', () => {
    expect(file.scenarios.length).toBeGreaterThanOrEqual(46);
  });

  for (const s of file.scenarios) {
    it(`${s.id}: ${s.title}`, () => {
      const result = evaluateCase(toCase(s, file.asOfDefault));
      const got = result.findings.map((f) => `${f.rule}/${f.severity}`);
      const detail = `\n${result.findings.map((f) => `  ${f.severity} ${f.rule}: ${f.message}`).join('\n')}`;
      for (const [rule, severity] of s.expect.include ?? []) {
        expect(got, `missing ${rule}/${severity}${detail}`).toContain(`${rule}/${severity}`);
      }
      for (const rule of s.expect.exclude ?? []) {
        expect(
          result.findings.map((f) => f.rule),
          `unexpected ${rule}${detail}`,
        ).not.toContain(rule);
      }
      if (s.expect.includeAny && s.expect.includeAny.length > 0) {
        const any = s.expect.includeAny.some(([r, sev]) => got.includes(`${r}/${sev}`));
        expect(any, `none of ${JSON.stringify(s.expect.includeAny)}${detail}`).toBe(true);
      }
      expect(result.status, `status${detail}`).toBe(s.expect.status);
    });
  }
});

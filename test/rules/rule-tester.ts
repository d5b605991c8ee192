/**
 * A small RuleTester in ESLint's style: for one rule, `valid` cases must yield no finding of
 * that rule, `invalid` cases must yield the findings described. Each case runs through the
 * rule alone and through the whole engine (so registration and disabledRules are covered).
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/rules/context';
import { evaluateCase } from '../../src/rules/engine';
import type { RuleModule } from '../../src/rules/rule';
import type { FactStatus, Finding, StudentCase } from '../../src/rules/types';
import { type MessageId, render, templateOf } from '../../src/rules/wording';
import { STUDENT_ID, STUDENT_NAME } from './fixtures';

export interface ValidCase {
  name: string;
  case: StudentCase;
}

export interface ExpectedFinding {
  message?: RegExp;
  status?: FactStatus;
  authorization?: string;
  serviceCode?: string;
  until?: string;
  /** Matches the finding's source (title and address). */
  source?: RegExp;
  /** Each regexp must match one of the finding's fixes. */
  fixes?: RegExp[];
}

export interface InvalidCase extends ValidCase {
  /** One entry per expected finding of the rule, in output order. */
  findings: ExpectedFinding[];
}

function check(rule: RuleModule, c: StudentCase): Finding[] {
  return rule.check(buildContext(c));
}

export function ruleTester(
  rule: RuleModule,
  { valid, invalid }: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    it('has complete metadata', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.source).toMatch(/\S/);
    });

    for (const v of valid) {
      it(`valid: ${v.name}`, () => {
        expect(check(rule, v.case)).toEqual([]);
        expect(evaluateCase(v.case).findings.filter((f) => f.rule === id)).toEqual([]);
      });
    }

    for (const inv of invalid) {
      it(`invalid: ${inv.name}`, () => {
        const own = check(rule, inv.case);
        const viaEngine = evaluateCase(inv.case).findings.filter((f) => f.rule === id);
        expect(viaEngine).toEqual(own);
        expect(own.length, JSON.stringify(own, null, 1)).toBe(inv.findings.length);
        own.forEach((f, i) => {
          const want = inv.findings[i] ?? {};
          expect(f.rule).toBe(id);
          expect(f.severity).toBe(rule.meta.severity);
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.source).toMatch(/\S/);
          // The words come from the catalog: the message is its messageId filled with its data.
          expect(f.message).toBe(render(templateOf(f.messageId as MessageId), f.data));
          // Privacy: findings may reach logs and screens.
          expect(f.message).not.toContain(STUDENT_NAME);
          expect(f.message).not.toContain(STUDENT_ID);
          if (want.message) expect(f.message).toMatch(want.message);
          if (want.status) expect(f.status).toBe(want.status);
          if (want.authorization) expect(f.authorization).toBe(want.authorization);
          if (want.serviceCode) expect(f.serviceCode).toBe(want.serviceCode);
          if (want.until) expect(f.until).toBe(want.until);
          if (want.source) expect(f.source).toMatch(want.source);
          for (const fix of want.fixes ?? []) {
            expect(f.fixes ?? [], `fix ${fix}`).toEqual(
              expect.arrayContaining([expect.stringMatching(fix)]),
            );
          }
        });
        const disabled = evaluateCase({ ...inv.case, disabledRules: [id] });
        expect(disabled.findings.some((f) => f.rule === id)).toBe(false);
      });
    }
  });
}

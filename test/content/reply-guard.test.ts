import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isCheckReply, isContentRequest, isVendorReply } from '../../src/content/reply-guard';
import { CheckPageResponse, ContentRequest, WhichVendorResponse } from '../../src/messages';
import { RULE_IDS } from '../../src/rules/types';

// The content script checks the background's replies by hand (to stay small); the valibot
// schemas are the definition. These properties hold the guards to exactly the schemas, but for
// one looseness: a rule id is checked by its shape, not against the list (see the last test).
const ID_SHAPE = /^[a-z]+(-[a-z]+)*$/;
/** A known rule id, or a string that is not shaped like one. */
const ruleId = fc.oneof(
  fc.constantFrom(...RULE_IDS),
  fc.string().filter((s) => !ID_SHAPE.test(s) || s.length > 40),
);

const finding = fc.record(
  {
    rule: ruleId,
    severity: fc.constantFrom('error', 'warning', 'suggestion', 'info', 'ok', 'fatal'),
    message: fc.oneof(fc.string(), fc.integer()),
    source: fc.string(),
    status: fc.constantFrom('confirmed', 'secondary', 'unconfirmed', 'maybe'),
    fixes: fc.oneof(fc.array(fc.string()), fc.array(fc.anything())),
    authorization: fc.oneof(fc.string(), fc.constant(null)),
    serviceCode: fc.string(),
    until: fc.string(),
  },
  { requiredKeys: ['rule', 'severity', 'message', 'source', 'status'] },
);
const result = fc.oneof(
  fc.constant(null),
  fc.record({
    status: fc.constantFrom('ok', 'review', 'violation', 'bad'),
    role: fc.constantFrom('instruction', 'support', 'coordinator', 'unknown', 'teacher'),
    findings: fc.oneof(fc.array(finding, { maxLength: 4 }), fc.anything()),
  }),
);
const view = {
  result,
  iep: fc.constantFrom('current', 'future', 'unknown', 'past'),
  draw: fc.oneof(fc.boolean(), fc.constant('yes')),
  acknowledged: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.anything())),
  chosenRole: fc.constantFrom(null, 'instruction', 'support', 'coordinator', 'unknown', 'x'),
  notes: fc.oneof(
    fc.array(
      fc.record({
        index: fc.oneof(fc.integer({ min: -2, max: 202 }), fc.double()),
        rule: ruleId,
        severity: fc.constantFrom('error', 'warning', 'info'),
        message: fc.oneof(fc.string(), fc.integer()),
      }),
      { maxLength: 3 },
    ),
    fc.anything(),
  ),
  corrected: fc.oneof(
    fc.array(fc.constantFrom('caseManager', 'primaryDisability', 'provider:330'), { maxLength: 3 }),
    fc.array(fc.anything(), { maxLength: 2 }),
    fc.string(),
  ),
};
// `corrected` (issue 16) is optional: replies with and without it.
const viewKeys = ['result', 'iep', 'draw', 'acknowledged', 'chosenRole', 'notes'] as const;
const replies = fc.oneof(
  fc.record({ ok: fc.constant(true), ...view }, { requiredKeys: ['ok', ...viewKeys] }),
  fc.record({ ok: fc.constant(false), error: fc.oneof(fc.string(), fc.integer()) }),
  fc.anything(),
);
const requests = fc.oneof(
  fc.record({ type: fc.constant('recheck') }),
  fc.record({ type: fc.constant('show-result'), ...view }, { requiredKeys: ['type', ...viewKeys] }),
  fc.record({ type: fc.string() }),
  fc.anything(),
);

describe('content-side reply guards', () => {
  it('accept exactly what CheckPageResponse accepts', () => {
    fc.assert(
      fc.property(replies, (reply) => {
        expect(isCheckReply(reply)).toBe(v.is(CheckPageResponse, reply));
      }),
      { numRuns: 3000 },
    );
  });

  it('accept exactly what ContentRequest accepts', () => {
    fc.assert(
      fc.property(requests, (request) => {
        expect(isContentRequest(request)).toBe(v.is(ContentRequest, request));
      }),
      { numRuns: 3000 },
    );
  });

  it('accept exactly what WhichVendorResponse accepts', () => {
    const replies = fc.oneof(
      fc.record({ vendor: fc.constantFrom(null, 'seis', 'aeries', 'generic', 'evil', 3) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(replies, (reply) => {
        expect(isVendorReply(reply)).toBe(v.is(WhichVendorResponse, reply));
      }),
      { numRuns: 2000 },
    );
  });

  it('accept a real reply', () => {
    const reply = {
      ok: true,
      iep: 'current',
      draw: true,
      acknowledged: [],
      chosenRole: null,
      notes: [{ index: 0, rule: 'service-authorization', severity: 'error', message: 'm' }],
      result: {
        status: 'violation',
        role: 'instruction',
        findings: [
          {
            rule: 'instruction-authorization',
            severity: 'error',
            message: 'm',
            source: 's',
            status: 'secondary',
            fixes: ['f'],
          },
        ],
      },
    };
    expect(isCheckReply(reply)).toBe(true);
  });

  it('take a rule id by its shape: an unknown id is drawn as a data attribute, never as markup', () => {
    const finding = (rule: string) => ({
      ok: true,
      iep: 'current',
      draw: true,
      acknowledged: [],
      chosenRole: null,
      notes: [],
      result: {
        status: 'ok',
        role: 'unknown',
        findings: [{ rule, severity: 'info', message: 'm', source: 's', status: 'confirmed' }],
      },
    });
    expect(isCheckReply(finding('made-up-rule'))).toBe(true);
    expect(v.is(CheckPageResponse, finding('made-up-rule'))).toBe(false);
    for (const rule of ['<b>', 'Made-Up', 'a"b', 'x'.repeat(41), '', 'a--b']) {
      expect(isCheckReply(finding(rule)), rule).toBe(false);
    }
  });
});

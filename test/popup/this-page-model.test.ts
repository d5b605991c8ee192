import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attentionCount,
  orderFindings,
  tabFromQuery,
  thisPageView,
} from '../../src/popup/this-page-model';
import { evaluateCase } from '../../src/rules/engine';
import type { CaseResult, Finding, Severity } from '../../src/rules/types';
import { cm, instr, makeCase, svc } from '../rules/fixtures';

// The badge module talks to the browser through webextension-polyfill: record what it sets.
const badge = vi.hoisted(() => ({ text: new Map<number, string>() }));
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => {
        badge.text.set(tabId, text);
      },
      setBadgeBackgroundColor: async () => undefined,
    },
  },
}));
const { showBadge } = await import('../../src/background/badge');

const SEVERITIES: Severity[] = ['error', 'warning', 'suggestion', 'info', 'ok'];

function finding(severity: Severity, message: string = severity): Finding {
  return {
    rule: 'needs-review',
    severity,
    message,
    messageId: 'findingReviewUnconfirmedFact',
    data: {},
    source: 'CTC',
    status: 'confirmed',
  };
}

const reply = (result: CaseResult | null) => ({ result, iep: 'current', vendor: 'seis' });

describe('the findings count', () => {
  beforeEach(() => badge.text.clear());

  it('is what the toolbar badge shows, for any findings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...SEVERITIES), { maxLength: 12 }), async (s) => {
        const findings = s.map((sev) => finding(sev));
        await showBadge(7, { status: 'review', role: 'instruction', findings });
        const view = thisPageView(reply({ status: 'review', role: 'instruction', findings }));
        expect(view.state).toBe('checked');
        const shown = view.state === 'checked' ? view.attention : -1;
        // The badge writes nothing for zero.
        expect(badge.text.get(7)).toBe(shown === 0 ? '' : String(shown));
      }),
    );
  });

  it('counts errors and warnings only', () => {
    expect(attentionCount(SEVERITIES.map((s) => finding(s)))).toBe(2);
    expect(attentionCount([finding('suggestion'), finding('ok')])).toBe(0);
  });
});

describe('orderFindings', () => {
  it('puts the most serious first and keeps the order within a severity', () => {
    const list = [
      finding('ok', 'a'),
      finding('warning', 'b'),
      finding('error', 'c'),
      finding('warning', 'd'),
      finding('suggestion', 'e'),
      finding('error', 'f'),
    ];
    expect(orderFindings(list).map((f) => f.message)).toEqual(['c', 'f', 'b', 'd', 'e', 'a']);
    expect(list[0]?.message).toBe('a');
  });

  it('leaves the engine’s own order as it is', () => {
    // An RSP teacher giving speech without the SLP credential to a student taught in an SDC.
    const result = evaluateCase(
      makeCase({
        student: { primary: '290', grade: '3', placement: 'SDC' },
        services: [instr('SDC', 'other'), svc('415', 'cm')],
        caseManager: cm([{ key: 'MMSN', issued: '2023-06-01' }], { position: 'RSP Teacher' }),
      }),
    );
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'suggestion']);
    expect(orderFindings(result.findings)).toEqual(result.findings);
  });
});

describe('thisPageView', () => {
  it('shows the verdict, with the role and the IEP view', () => {
    const findings = [finding('warning'), finding('error'), finding('info')];
    const view = thisPageView(reply({ status: 'violation', role: 'instruction', findings }));
    expect(view).toMatchObject({
      state: 'checked',
      status: 'violation',
      role: 'instruction',
      iep: 'current',
      attention: 2,
    });
    expect(view.state === 'checked' && view.findings.map((f) => f.severity)).toEqual([
      'error',
      'warning',
      'info',
    ]);
  });

  it('tells a tab without an IEP from a check that could not run', () => {
    expect(thisPageView({ result: null, iep: 'unknown', vendor: null })).toEqual({
      state: 'no-iep',
    });
    expect(thisPageView({ result: null, iep: 'unknown', vendor: 'seis' })).toEqual({
      state: 'no-iep',
    });
    expect(thisPageView({ ok: false, error: 'The check could not be completed.' })).toEqual({
      state: 'failed',
    });
    expect(thisPageView(undefined)).toEqual({ state: 'failed' });
    expect(
      thisPageView({ result: { status: 'bad', role: 'x', findings: [] }, iep: 'current' }),
    ).toEqual({ state: 'failed' });
  });
});

describe('tabFromQuery', () => {
  it('reads a tab id and nothing else', () => {
    expect(tabFromQuery('?tab=1550155102')).toBe(1550155102);
    expect(tabFromQuery('')).toBeNull();
    expect(tabFromQuery('?tab=')).toBeNull();
    expect(tabFromQuery('?tab=-3')).toBeNull();
    expect(tabFromQuery('?tab=1e3')).toBeNull();
    expect(tabFromQuery('?tab=12abc')).toBeNull();
    expect(tabFromQuery('?tab=9999999999999999')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { serviceNotes } from '../../src/background/service-notes';
import type { CaseResult, Finding } from '../../src/rules/types';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'service-authorization',
  severity: 'error',
  message: 'm',
  messageId: 'findingServiceNotAuthorized',
  data: {},
  source: 's',
  status: 'confirmed',
  ...over,
});
const result = (findings: Finding[]): CaseResult => ({
  status: 'violation',
  role: 'support',
  findings,
});

describe('notes on service rows', () => {
  it('puts each service finding on every row showing that service, by row place', () => {
    const notes = serviceNotes(
      ['330', null, '415', '415'],
      result([finding({ serviceCode: '415', message: 'speech' })]),
    );
    expect(notes).toEqual([
      { index: 2, rule: 'service-authorization', severity: 'error', message: 'speech' },
      { index: 3, rule: 'service-authorization', severity: 'error', message: 'speech' },
    ]);
  });

  it('gives a row its error before its warning, and nothing for suggestions or info', () => {
    const notes = serviceNotes(
      ['415', '510'],
      result([
        finding({ rule: 'needs-review', severity: 'warning', serviceCode: '415', message: 'w' }),
        finding({ serviceCode: '415', message: 'e' }),
        finding({ rule: 'best-practice-case-manager', severity: 'suggestion', serviceCode: '510' }),
      ]),
    );
    expect(notes.map((n) => [n.index, n.message])).toEqual([[0, 'e']]);
  });

  it('draws nothing without a verdict, and never past the 200 rows a snapshot holds', () => {
    expect(serviceNotes(['415'], null)).toEqual([]);
    const many = serviceNotes(
      Array.from({ length: 250 }, () => '415'),
      result([finding({ serviceCode: '415' })]),
    );
    expect(many).toHaveLength(200);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, formatCsv } from '../../src/batch/format/csv';
import { escapeHtml, formatHtml } from '../../src/batch/format/html';
import { formatJson } from '../../src/batch/format/json';
import { formatText } from '../../src/batch/format/text';
import { type AuditReport, type AuditRow, countStatuses } from '../../src/batch/report';

const rows: AuditRow[] = [
  {
    student: { id: '007', name: '<script>alert("x")</script>, Evil' },
    caseManager: { name: '=HYPERLINK("http://bad")', role: 'instruction' },
    status: 'violation',
    findings: [
      {
        rule: 'instruction-authorization',
        severity: 'error',
        message: 'Nothing the case manager holds covers autism, "the primary".',
        messageId: 'findingInstructionNotCovered',
        data: {},
        source:
          'CTC, Case Management — https://www.ctc.ca.gov/credentials/assignment-resources/special-education-case-management',
        status: 'confirmed',
        fixes: ['Add the autism authorization.', 'Assign another case manager.'],
        authorization: 'MM-L',
      },
    ],
  },
  {
    student: { id: null, name: 'Okay, Olive' },
    caseManager: { name: null, role: 'unknown' },
    status: 'ok',
    findings: [],
  },
];
const report: AuditReport = {
  asOf: '2026-01-15',
  files: { students: 'students <1>.csv' },
  rows,
  counts: countStatuses(rows),
};

describe('html', () => {
  const html = formatHtml(report);

  it('is self-contained: no script, no external asset', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|src=|@import|url\(/i);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('@media print');
  });

  it('escapes every value', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, Evil');
    expect(html).toContain('students &lt;1&gt;.csv');
    expect(html).toContain('&quot;the primary&quot;');
  });

  it('shows summary counts and links the public source', () => {
    expect(html).toMatch(/Students checked<\/th><td class="n">2</);
    expect(html).toMatch(/Credential problem[^<]*<\/th><td class="n">1</);
    expect(html).toContain(
      '<a href="https://www.ctc.ca.gov/credentials/assignment-resources/special-education-case-management">',
    );
  });

  it('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('csv', () => {
  it('has one row per finding, one for a student without findings, and defuses formulas', () => {
    const lines = formatCsv(rows).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'student_id,student_name,case_manager,role,status,rule,severity,message,fact_status,authorization,service_code,until,fixes,source',
    );
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://bad"")"`);
    expect(lines[1]).toContain('instruction-authorization,error');
    expect(lines[2]).toBe(',"Okay, Olive",,unknown,ok,,,,,,,,,');
  });

  it('quotes what needs quoting', () => {
    expect(cell('plain')).toBe('plain');
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('-1')).toBe("'-1");
  });

  it('quotes any text as the plain rule does (apostrophe before a formula, quotes around the rest)', () => {
    const plainRule = (value: string) => {
      let v = value;
      if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
      return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
    };
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        ',',
        '"',
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\u00a0',
        'é',
        '\ufeff',
        '1',
      ),
      maxLength: 6,
    });
    fc.assert(
      fc.property(text, (v) => {
        expect(cell(v)).toBe(plainRule(v));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('json and text', () => {
  it('json is the array of rows', () => {
    expect(JSON.parse(formatJson(rows))).toEqual(rows);
  });

  it('text has the summary and each finding', () => {
    const text = formatText(report);
    expect(text).toContain('2 students: Credential problem 1, Needs a look 0, Credential fits 1');
    expect(text).toContain(
      'instruction-authorization: Nothing the case manager holds covers autism',
    );
    expect(text).toContain('→ Add the autism authorization.');
  });
});

describe('cell', () => {
  /** The rule as first written, with regular expressions. */
  const byRegex = (value: string): string => {
    let v = value;
    if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
    return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
  };

  it('escapes a cell as the regular expressions do, on any text', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      ' ',
      ',',
      '"',
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '\u00a0',
      'Lee, Dana',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(cell(text)).toBe(byRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});

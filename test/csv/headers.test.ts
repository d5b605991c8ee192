import { describe, expect, it } from 'vitest';
import { findHeaderRow, matchHeaders, normaliseHeader } from '../../src/csv/headers';
import { STUDENT_FIELDS } from '../../src/fields/files';

describe('normaliseHeader', () => {
  it('ignores case, spaces, NBSP, colons, stars and underscores', () => {
    expect(normaliseHeader('  Disability\u00a01 Code:* ')).toBe('disability 1 code');
    expect(normaliseHeader('STUDENT_ID')).toBe('student id');
    expect(normaliseHeader('Case Mgr.')).toBe('case mgr');
  });
});

describe('matchHeaders', () => {
  it('matches synonyms in any order and ignores extra columns', () => {
    const m = matchHeaders(
      ['Favorite Color', 'grade level', 'SEIS ID', 'Primary Disability', 'Case Mgr'],
      STUDENT_FIELDS,
    );
    expect(m.columns.grade).toEqual([1]);
    expect(m.columns.vendorId).toEqual([2]);
    expect(m.columns.primaryDisability).toEqual([3]);
    expect(m.columns.caseManager).toEqual([4]);
    expect(m.recognised).toBe(4);
  });

  it('prefers "Disability 1 Code" over "Disability 1" whatever the column order', () => {
    const m = matchHeaders(['Disability 1', 'Disability 1 Code'], STUDENT_FIELDS);
    expect(m.columns.primaryDisability).toEqual([1, 0]);
  });

  it('does not take "Case Manager Email" for the case manager', () => {
    const m = matchHeaders(['Case Manager Email'], STUDENT_FIELDS);
    expect(m.columns.caseManager).toBeUndefined();
  });

  it('finds a header row below report title lines', () => {
    const rows = [
      ['IEP Dates report'],
      ['Run on 01/15/2026', ''],
      ['SEIS ID', 'Case Manager', 'Disability 1'],
      ['1', 'x', '290'],
    ];
    expect(findHeaderRow(rows, STUDENT_FIELDS)).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/csv/problems';
import { eachStudent, readStudents, type StudentRecord } from '../../src/csv/students';
import { cp1252, crlf, utf8 } from './helpers';

const SEIS_HEADER =
  'SEIS ID,SSID,Last Name,First Name,Student Middle Name,Preferred Name,Date of Birth,District of Service,Grade Level,Case Manager,Disability 1,Date of Next Annual Plan Review';

describe('readStudents', () => {
  it('reads a SEIS "IEP Dates" export', () => {
    const r = readStudents(
      crlf([
        SEIS_HEADER,
        '1234567,9876543210,Sample,Ana,,,03/14/2016,Demo USD,04,"Ramos, Elena",SLD,05/01/2026',
      ]),
      { file: 'students.csv' },
    );
    expect(r.errors).toEqual([]);
    expect(r.fatal).toBe(false);
    expect(r.records).toEqual([
      {
        line: 2,
        id: '1234567',
        ids: { vendorId: '1234567', stateId: '9876543210' },
        name: 'Sample, Ana',
        grade: '4',
        dateOfBirth: '2016-03-14',
        caseManager: 'Ramos, Elena',
        primary: '290',
        secondary: null,
        alternatePlacement: null,
      },
    ]);
  });

  it('handles reordered and extra columns, "code - name" values and CALPADS grade codes', () => {
    const r = readStudents(
      [
        'Favorite Color,Disability 2,Grade,Primary Disability,Student ID,Case Manager,Student Name,Program,Alternate Placement',
        'blue,,KN,320 - Autism,A-1,"Teacher, Tia","Doe, Jan",SDC,N',
        'green,210 - Intellectual Disability,01,230 - Deaf,A-2,Tia Teacher,"Roe, Kim",SDC,Y',
        'red,,TK,Specific Learning Disability (SLD),A-3,Tia Teacher,"Poe, Lu",RSP,',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(
      r.records.map((s) => [
        s.id,
        s.grade,
        s.primary,
        s.secondary,
        s.alternatePlacement,
        s.placement,
      ]),
    ).toEqual([
      ['A-1', 'K', '320', null, false, 'SDC'],
      ['A-2', '1', '230', '210', true, 'SDC'],
      ['A-3', 'TK', '290', null, null, 'RSP'],
    ]);
  });

  it('prefers "Disability 1 Code" and falls back to "Disability 1" when the code cell is empty', () => {
    const r = readStudents(
      ['SEIS ID,Case Manager,Disability 1,Disability 1 Code', '1,x,Autism,290', '2,x,Autism,'].join(
        '\n',
      ),
    );
    expect(r.records.map((s) => s.primary)).toEqual(['290', '320']);
  });

  it('reads an alternate placement as a page does, and refuses one that says neither', () => {
    const r = readStudents(
      [
        'SEIS ID,Case Manager,Disability 1,Alternate Placement',
        '1,x,SLD,Yes - documented',
        '2,x,SLD,None',
        '3,x,SLD,Maybe',
      ].join('\n'),
    );
    expect(r.records.map((s) => s.alternatePlacement)).toEqual([true, false]);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[4, '"Maybe" is not Y or N']]);
  });

  it('reads a generic "Eligibility" column only where no specific one has a value', () => {
    // It may hold the eligibility status: read first, "Eligible" refused the row.
    const r = readStudents(
      [
        'SEIS ID,Case Manager,Eligibility,Eligibility Category',
        '1,x,Eligible,SLD',
        '2,x,Autism,',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.records.map((s) => s.primary)).toEqual(['290', '320']);
  });

  it('reads the page\'s labels as headers ("Other Disabilities", "Federal Setting")', () => {
    const r = readStudents(
      [
        'Student ID,CM,Primary Disability,Other Disabilities,Federal Setting',
        '1,x,SLD,OHI,RSP',
      ].join('\n'),
    );
    expect(r.records[0]).toMatchObject({ secondary: '280', placement: 'RSP' });
  });

  it('reads "330" in a disability column as Traumatic Brain Injury', () => {
    const r = readStudents(['SEIS ID,Case Manager,Disability 1', '1,x,330'].join('\n'));
    expect(r.records[0]?.primary).toBe('330');
  });

  it('reads a UTF-8 file with a BOM', () => {
    const r = readStudents(
      utf8(crlf([SEIS_HEADER, '1,2,Muñoz,José,,,,,05,"Ramos, Elena",290,']), true),
    );
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('utf-8');
    expect(r.records[0]).toMatchObject({ id: '1', name: 'Muñoz, José' });
  });

  it('reads a Windows-1252 file', () => {
    const r = readStudents(cp1252(crlf([SEIS_HEADER, '1,2,Muñoz,José,,,,,05,"Peña, Elena",290,'])));
    expect(r.encoding).toBe('windows-1252');
    expect(r.records[0]).toMatchObject({ name: 'Muñoz, José', caseManager: 'Peña, Elena' });
  });

  it('leaves blank and "None" disabilities as null', () => {
    const r = readStudents(
      ['SEIS ID,Case Manager,Disability 1,Disability 2', '1,,,None'].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject({ caseManager: null, primary: null, secondary: null });
  });

  it('names file, line, column and value of a broken row, counting quoted multi-line cells', () => {
    const text = [
      'SEIS ID,Name,Case Manager,Notes,Disability 1',
      '1,"Doe, Jan","Teacher, Tia","two',
      'line note",SLD',
      '2,"Roe, Kim","Teacher, Tia",,Purple',
      '3,"Poe, Lu","Teacher, Tia",,OHI',
    ].join('\r\n');
    const r = readStudents(text, { file: 'students.csv' });
    expect(r.fatal).toBe(false);
    expect(r.records.map((s) => s.id)).toEqual(['1', '3']);
    expect(r.records.map((s) => s.line)).toEqual([2, 5]);
    expect(r.errors).toHaveLength(1);
    expect(formatProblem(r.errors[0] as never)).toBe(
      'students.csv line 4, column 5 ("Disability 1"): "Purple" is not a disability code or name',
    );
  });

  it('reports a bad grade and a bad date with their columns', () => {
    const r = readStudents(
      ['SEIS ID,Grade,Date of Birth,Case Manager,Disability 1', '1,Q7,2016-02-30,x,SLD'].join('\n'),
      { file: 's.csv' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.header])).toEqual([
      [2, 2, 'Grade'],
      [2, 3, 'Date of Birth'],
    ]);
  });

  it('reports a row with an unquoted comma (more cells than the header)', () => {
    const r = readStudents(['Name,Case Manager,Disability 1', 'Doe, Jan,x,SLD'].join('\n'), {
      file: 's.csv',
    });
    expect(r.errors[0]).toMatchObject({ file: 's.csv', line: 2, column: 4 });
    expect(r.errors[0]?.message).toMatch(/4 cells but the header has 3/);
  });

  it('accepts a trailing empty cell', () => {
    const r = readStudents(['SEIS ID,Case Manager,Disability 1', '1,x,SLD,'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(1);
  });

  it('is fatal when a required column is missing, naming it', () => {
    const r = readStudents(['SEIS ID,Last Name,First Name,Grade Level', '1,A,B,04'].join('\n'), {
      file: 's.csv',
    });
    expect(r.fatal).toBe(true);
    expect(r.records).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/missing column: "Case Manager"/);
    expect(r.errors[0]?.line).toBe(1);
  });

  it('is fatal when a quote is never closed, pointing at where it opened', () => {
    const r = readStudents(
      [
        'SEIS ID,Name,Case Manager,Disability 1',
        '1,"Doe, Jan",x,SLD',
        '2,"Roe, Kim,x,SLD',
        '3,Poe,x,SLD',
      ].join('\n'),
      { file: 's.csv' },
    );
    expect(r.fatal).toBe(true);
    expect(r.errors[0]).toMatchObject({ file: 's.csv', line: 3, column: 2 });
  });

  it('is fatal for an empty or binary file', () => {
    expect(readStudents('').fatal).toBe(true);
    expect(
      readStudents(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])).errors[0]?.message,
    ).toMatch(/Excel workbook, not a CSV/);
    expect(readStudents(new Uint8Array([0x41, 0x2c, 0, 1, 2, 0, 0, 0])).errors[0]?.message).toMatch(
      /not a text CSV/,
    );
  });

  it('skips report title lines above the header and keeps physical line numbers', () => {
    const r = readStudents(
      ['IEP Dates', '', 'SEIS ID,Case Manager,Disability 1', '1,x,SLD'].join('\n'),
    );
    expect(r.records[0]?.line).toBe(4);
  });

  it('warns about a repeated student id and keeps both rows', () => {
    const r = readStudents(['SEIS ID,Case Manager,Disability 1', '1,x,SLD', '1,y,OHI'].join('\n'));
    expect(r.records).toHaveLength(2);
    expect(r.warnings[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('reads tab-separated exports', () => {
    const r = readStudents(
      ['SEIS ID\tCase Manager\tDisability 1', '1\tRamos, Elena\tSLD'].join('\n'),
    );
    expect(r.records[0]).toMatchObject({ id: '1', caseManager: 'Ramos, Elena', primary: '290' });
  });

  it('streams the same records, errors and warnings one at a time (eachStudent)', () => {
    const text = [
      'SEIS ID,Name,Case Manager,Notes,Disability 1',
      '1,"Doe, Jan","Teacher, Tia","two',
      'line note",SLD',
      '2,"Roe, Kim","Teacher, Tia",,Purple',
      '1,"Poe, Lu","Teacher, Tia",,OHI',
    ].join('\r\n');
    const streamed: StudentRecord[] = [];
    const summary = eachStudent(text, (s) => streamed.push(s), { file: 'students.csv' });
    const read = readStudents(text, { file: 'students.csv' });
    expect(streamed).toEqual(read.records);
    expect({ records: streamed, ...summary }).toEqual(read);
    expect(summary.errors.map((e) => [e.line, e.column])).toEqual([[4, 5]]);
    expect(summary.warnings.map((e) => [e.line, e.column])).toEqual([[5, 1]]);
  });
});

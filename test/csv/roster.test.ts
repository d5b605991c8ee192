import { describe, expect, it } from 'vitest';
import { readRoster } from '../../src/csv/roster';
import { findStaff, matchStaff } from '../../src/rules/names';
import { cp1252 } from './helpers';

describe('readRoster', () => {
  it('groups one row per authorization into one staff member, names in either order', () => {
    const r = readRoster(
      [
        'Name,Email,Position,Authorization,Issued,Expires',
        '"Sample, Boris",,SDC Teacher,Mild/Moderate,2004-05-01,01/01/2029',
        'Boris Sample,,,AAAS,2011-03-01,',
        'Carmen Testwell,ct@x.example,Speech-Language Pathologist,SLP,,',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        name: 'Sample, Boris',
        position: 'SDC Teacher',
        line: 2,
        authorizations: [
          { text: 'Mild/Moderate', issued: '2004-05-01', expires: '2029-01-01' },
          { text: 'AAAS', issued: '2011-03-01' },
        ],
      },
      {
        name: 'Carmen Testwell',
        email: 'ct@x.example',
        position: 'Speech-Language Pathologist',
        line: 4,
        authorizations: [{ text: 'SLP' }],
      },
    ]);
  });

  it('reads Last Name + First Name, and an empty Authorization as a person with none', () => {
    const r = readRoster(
      [
        'Last Name,First Name,Position,Credential',
        'Physio,Lee,Physical Therapist,',
        'Peña,Ana,RSP Teacher,R3MN',
      ].join('\n'),
    );
    expect(r.records.map((m) => [m.name, m.authorizations.length])).toEqual([
      ['Physio, Lee', 0],
      ['Peña, Ana', 1],
    ]);
  });

  it('groups by email when names are spelled differently', () => {
    const r = readRoster(
      [
        'Name,Email,Authorization',
        'Ana Peña,ap@x.example,MMSN',
        '"Pena, Ana M.",AP@x.example,AAAS',
      ].join('\n'),
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.authorizations).toHaveLength(2);
  });

  it('keeps an authorization it does not know, with a warning', () => {
    const r = readRoster(['Name,Authorization', 'Ana Peña,Underwater Basket Weaving'].join('\n'), {
      file: 'roster.csv',
    });
    expect(r.records[0]?.authorizations).toEqual([{ text: 'Underwater Basket Weaving' }]);
    expect(r.warnings[0]).toMatchObject({
      file: 'roster.csv',
      line: 2,
      column: 2,
      header: 'Authorization',
    });
  });

  it('reports an unreadable expiry date with its line and column', () => {
    const r = readRoster(['Name,Authorization,Expires', 'Ana Peña,MMSN,someday'].join('\n'), {
      file: 'roster.csv',
    });
    expect(r.errors).toEqual([
      {
        file: 'roster.csv',
        line: 2,
        column: 3,
        header: 'Expires',
        message: '"someday" is not a date (expected YYYY-MM-DD or MM/DD/YYYY)',
      },
    ]);
  });

  it('reads Windows-1252', () => {
    const r = readRoster(cp1252('Name,Authorization\r\n"Muñoz, José",SLP\r\n'));
    expect(r.records[0]?.name).toBe('Muñoz, José');
  });

  it('is fatal without an Authorization column', () => {
    expect(readRoster('Name,Email\nA,b\n').fatal).toBe(true);
  });

  describe('who is who (issue 13)', () => {
    const reyes = [
      'Name,Email,Position,Authorization,Issued,Expires',
      '"Reyes, Ada",areyes@district.example,RSP Teacher,MMSN,2023-06-01,2028-06-01',
      '"Reyes, Aiyana",areyes@district.example,SDC Teacher,ESN,2023-06-01,2028-06-01',
      '"Reyes, Aiyana",areyes@district.example,SDC Teacher,AAAS,2023-06-01,2028-06-01',
    ].join('\n');

    it('keeps two people who share an email as two, each with their own rows, and says so', () => {
      const r = readRoster(reyes, { file: 'roster.csv' });
      expect(r.errors).toEqual([]);
      expect(r.records.map((m) => [m.name, m.line, m.authorizations.map((a) => a.text)])).toEqual([
        ['Reyes, Ada', 2, ['MMSN']],
        ['Reyes, Aiyana', 3, ['ESN', 'AAAS']],
      ]);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ file: 'roster.csv', line: 3 });
      expect(r.warnings[0]?.message).toMatch(
        /"Reyes, Aiyana" \(line 3\) and "Reyes, Ada" \(line 2\) share the email "areyes@district\.example"/,
      );
    });

    it('finds each of them by the name the IEP shows', () => {
      const { records } = readRoster(reyes);
      expect(findStaff(records, 'Reyes, Aiyana')?.authorizations.map((a) => a.text)).toEqual([
        'ESN',
        'AAAS',
      ]);
      expect(findStaff(records, 'Ada Reyes')?.authorizations.map((a) => a.text)).toEqual(['MMSN']);
    });

    it('keeps two people of one name with different emails apart; a lookup finds both', () => {
      const r = readRoster(
        [
          'Name,Email,Authorization',
          '"Lee, Dana",dlee@district.example,MMSN',
          '"Lee, Dana",dana.lee@district.example,SLP',
          '"Lee, Dana",dlee@district.example,AAAS',
        ].join('\n'),
      );
      expect(r.records.map((m) => [m.line, m.authorizations.map((a) => a.text)])).toEqual([
        [2, ['MMSN', 'AAAS']],
        [3, ['SLP']],
      ]);
      expect(matchStaff(r.records, 'Dana Lee').map((m) => m.line)).toEqual([2, 3]);
      expect(findStaff(r.records, 'Dana Lee')).toBeUndefined();
    });

    it('a row without email under a name two people share is not given to either', () => {
      const r = readRoster(
        [
          'Name,Email,Authorization',
          '"Lee, Dana",dlee@district.example,MMSN',
          '"Lee, Dana",dana.lee@district.example,SLP',
          '"Lee, Dana",,ESN',
        ].join('\n'),
      );
      expect(r.records.map((m) => m.authorizations.map((a) => a.text))).toEqual([
        ['MMSN'],
        ['SLP'],
        ['ESN'],
      ]);
    });

    it('one email under two spellings of one name is one person, with no note', () => {
      const r = readRoster(
        [
          'Name,Email,Authorization',
          '"Okafor, Rachel",rokafor@district.example,MMSN',
          'R. Okafor,ROKAFOR@district.example,AAAS',
          // The second spelling without the email is still her.
          'R. Okafor,,SLP',
        ].join('\n'),
      );
      expect(r.records).toHaveLength(1);
      expect(r.records[0]?.authorizations.map((a) => a.text)).toEqual(['MMSN', 'AAAS', 'SLP']);
      expect(r.warnings).toEqual([]);
    });

    it('notes a roster of headers only', () => {
      const r = readRoster('Name,Email,Authorization\n', { file: 'roster.csv' });
      expect(r.records).toEqual([]);
      expect(r.fatal).toBe(false);
      expect(r.warnings).toEqual([
        {
          file: 'roster.csv',
          line: 1,
          column: 1,
          message:
            'the roster has a header but no staff rows, so every case manager will be reported as not in the roster',
        },
      ]);
    });

    it("notes one person's authorization listed twice with different dates, in any spelling", () => {
      const r = readRoster(
        [
          'Name,Authorization,Issued,Expires',
          '"Lee, Dana",MMSN,2021-01-01,2026-01-01',
          '"Lee, Dana",SLP,,',
          '"Lee, Dana",R3MN,2021-01-01,2031-01-01',
          '"Lee, Dana",SLP,,',
        ].join('\n'),
        { file: 'roster.csv' },
      );
      expect(r.records[0]?.authorizations).toHaveLength(4);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ file: 'roster.csv', line: 4 });
      expect(r.warnings[0]?.message).toMatch(
        /"Lee, Dana" has "R3MN" twice with different dates \(lines 2 and 4\)/,
      );
    });
  });
});

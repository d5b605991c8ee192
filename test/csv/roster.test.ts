import { describe, expect, it } from 'vitest';
import { readRoster } from '../../src/csv/roster';
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
});

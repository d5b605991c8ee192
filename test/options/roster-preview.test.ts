import { describe, expect, it } from 'vitest';
import {
  MAX_ROSTER_BYTES,
  previewRoster,
  rosterFileTooLarge,
} from '../../src/options/roster-preview';

const bytes = (text: string) => new TextEncoder().encode(text);

const VALID = [
  'Name,Email,Position,Authorization,Issued,Expires',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,Mild to Moderate Support Needs,2023-06-01,2030-07-01',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,R3MN,,',
  'Chen Morgan,,SDC Teacher,MMSN,06/01/2023,07/01/2030',
  '"Lee, Sam",,Physical Therapist,,,',
  '"Diaz, Ana",,Teacher,Basket Weaving Certificate,,',
].join('\r\n');

describe('previewRoster', () => {
  it('counts staff and authorizations of a valid file, and lets it be saved', () => {
    const p = previewRoster(bytes(VALID), 'roster.csv');
    expect(p.fatal).toBe(false);
    expect(p.errors).toEqual([]);
    expect(p.canSave).toBe(true);
    expect(p.staff.map((s) => s.name)).toEqual([
      'Okafor, Taylor',
      'Chen Morgan',
      'Lee, Sam',
      'Diaz, Ana',
    ]);
    expect(p.authorizationRows).toBe(4);
    expect(p.withoutAuthorization).toBe(1);
    expect(p.staff[1]).toEqual({
      name: 'Chen Morgan',
      position: 'SDC Teacher',
      authorizations: [{ text: 'MMSN', issued: '2023-06-01', expires: '2030-07-01' }],
    });
    // The reader's line numbers stay in the preview, never in what would be stored.
    expect(p.staff.every((s) => !('line' in s))).toBe(true);
  });

  it('warns about an authorization the checks do not know, with its line and column, and still allows saving', () => {
    const p = previewRoster(bytes(VALID), 'roster.csv');
    expect(p.warnings).toEqual([
      // Okafor's MMSN is listed twice, once without dates (issue 13: a note, not silence).
      expect.objectContaining({ file: 'roster.csv', line: 3, column: 1 }),
      expect.objectContaining({ file: 'roster.csv', line: 6, column: 4, header: 'Authorization' }),
    ]);
    expect(p.warnings[0]?.message).toMatch(
      /"Okafor, Taylor" has "R3MN" twice with different dates/,
    );
    expect(p.warnings[1]?.message).toMatch(/Basket Weaving Certificate/);
    expect(p.canSave).toBe(true);
  });

  it('reports an email two different names share, with both lines, and keeps both people', () => {
    const shared = [
      'Name,Email,Authorization',
      '"Reyes, Ada",areyes@example-usd.org,MMSN',
      '"Reyes, Aiyana",areyes@example-usd.org,ESN',
    ].join('\n');
    const p = previewRoster(bytes(shared), 'roster.csv');
    expect(p.staff.map((s) => s.name)).toEqual(['Reyes, Ada', 'Reyes, Aiyana']);
    expect(p.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/"Reyes, Aiyana" \(line 3\) and "Reyes, Ada" \(line 2\) share/),
    ]);
    expect(p.canSave).toBe(true);
  });

  it('tallies each spelling with the catalog name it is read as', () => {
    const p = previewRoster(bytes(VALID), 'roster.csv');
    const byText = Object.fromEntries(p.tally.map((t) => [t.text, t]));
    expect(byText.MMSN).toEqual({
      text: 'MMSN',
      label: 'Mild to Moderate Support Needs (MMSN)',
      staff: 1,
    });
    expect(byText.R3MN?.label).toBe('Mild to Moderate Support Needs (MMSN)');
    expect(byText['Basket Weaving Certificate']?.label).toBeNull();
  });

  it('refuses a file with a broken row whole, naming the line and column', () => {
    const broken = `${VALID}\r\n"Park, Jo",,RSP Teacher,MMSN,2023-06-01,someday`;
    const p = previewRoster(bytes(broken), 'broken.csv');
    expect(p.canSave).toBe(false);
    expect(p.fatal).toBe(false);
    expect(p.errors).toEqual([
      expect.objectContaining({ file: 'broken.csv', line: 7, column: 6, header: 'Expires' }),
    ]);
    expect(p.errors[0]?.message).toMatch(/"someday" is not a date/);
    // The other rows are still shown, so the user sees what the file holds.
    expect(p.staff).toHaveLength(4);
  });

  it('refuses a file without the required columns as unusable', () => {
    const p = previewRoster(bytes('Name,Position\n"Okafor, Taylor",RSP Teacher\n'), 'staff.csv');
    expect(p.fatal).toBe(true);
    expect(p.canSave).toBe(false);
    expect(p.errors[0]?.message).toMatch(/Authorization/);
  });

  it('reads a Windows-1252 export with accents', () => {
    const latin = Uint8Array.from([
      ...bytes('Name,Authorization\n"Mu'),
      0xf1,
      ...bytes('oz, Ana",MMSN\n'),
    ]);
    const p = previewRoster(latin, 'roster.csv');
    expect(p.staff[0]?.name).toBe('Muñoz, Ana');
    expect(p.canSave).toBe(true);
  });

  it('refuses a file with only a header', () => {
    const p = previewRoster(bytes('Name,Authorization\n'), 'empty.csv');
    expect(p.canSave).toBe(false);
    expect(p.errors.map((e) => e.messageKey ?? e.message)).toHaveLength(1);
  });

  it('refuses values the stored roster cannot hold, at the person’s line', () => {
    const long = 'A'.repeat(201);
    const p = previewRoster(
      bytes(`Name,Authorization\n"Okafor, Taylor",MMSN\n"${long}, B",MMSN\n`),
      'r.csv',
    );
    expect(p.canSave).toBe(false);
    expect(p.errors).toEqual([
      {
        file: 'r.csv',
        line: 3,
        column: null,
        messageKey: 'optionsRosterNameTooLong',
        substitutions: [],
      },
    ]);
  });

  it('refuses a file too large to be a roster without reading it', () => {
    expect(previewRoster(new Uint8Array(MAX_ROSTER_BYTES + 1), 'big.csv')).toEqual(
      rosterFileTooLarge('big.csv'),
    );
    expect(rosterFileTooLarge('big.csv').errors[0]).toMatchObject({
      messageKey: 'optionsRosterFileTooLarge',
      substitutions: ['10'],
    });
  });
});

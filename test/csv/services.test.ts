import { describe, expect, it } from 'vitest';
import { eachService, readServices, type ServiceRecord } from '../../src/csv/services';
import { cp1252 } from './helpers';

const DELIVERIES =
  'Name,SEIS ID,Service,Delivery,Start Date,End Date,Sessions / Frequency,Location,Total Minutes (min/year),Total Delivered,Medi-Cal Billing Consent';

describe('readServices', () => {
  it('reads a SEIS "Deliveries" export', () => {
    const r = readServices(
      [
        DELIVERIES,
        '"Sample, Ana",1234567,330 - Specialized Academic Instruction,Direct,08/20/2025,6/10/26,30 min x 5 Times = 150 min Weekly,Resource Specialist Program,5400,1200,Y',
        '"Sample, Ana",1234567,415 - Language and Speech,Direct,2025-08-20,2026-06-10,60 min x 2 Times = 120 min Daily,Speech Room,,,N',
      ].join('\r\n'),
      { file: 'services.csv' },
    );
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toEqual({
      line: 2,
      studentColumn: 2,
      studentIds: { vendorId: '1234567' },
      studentName: 'Sample, Ana',
      code: '330',
      name: 'Specialized Academic Instruction',
      delivery: 'Direct',
      location: 'Resource Specialist Program',
      start: '2025-08-20',
      end: '2026-06-10',
      frequency: '30 min x 5 Times = 150 min Weekly',
      minutesPerWeek: 150,
    });
    expect(r.records[1]?.minutesPerWeek).toBe(600);
  });

  it('reads a name-only file with provider columns, in any order', () => {
    const r = readServices(
      [
        'Provider Position,Service,Provider,Student Name,Setting',
        'Speech-Language Pathologist,Language and Speech,Carmen Testwell,Ana Muñoz,pull-out',
      ].join('\n'),
    );
    expect(r.records[0]).toMatchObject({
      studentIds: {},
      studentName: 'Ana Muñoz',
      code: '415',
      name: 'Language and Speech',
      providerName: 'Carmen Testwell',
      providerPosition: 'Speech-Language Pathologist',
      location: 'pull-out',
    });
  });

  it('reads a date range from one cell', () => {
    const r = readServices(['SSID,Service,Dates', '99,330,02/06/2025 - 02/05/2026'].join('\n'));
    expect(r.records[0]).toMatchObject({
      start: '2025-02-06',
      end: '2026-02-05',
      studentIds: { stateId: '99' },
    });
  });

  it("reads the page's services-grid headers, a slash spaced or not", () => {
    const r = readServices(
      [
        'Student ID,Service Description,Person Responsible,Position,Room,Push In / Pull Out,Service Start Date,Start/End',
        '1,330,"Lee, Dana",RSP Teacher,B12,Push in,08/20/2025,08/20/2025 - 06/10/2026',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject({
      code: '330',
      providerName: 'Lee, Dana',
      providerPosition: 'RSP Teacher',
      location: 'B12',
      delivery: 'Push in',
      start: '2025-08-20',
      end: '2026-06-10',
    });
  });

  it('names a service as a page does, without its code', () => {
    const r = readServices(
      [
        'SSID,Service',
        '1,330 - Specialized Academic Instruction',
        '2,Language and Speech (415)',
      ].join('\n'),
    );
    expect(r.records.map((s) => [s.code, s.name])).toEqual([
      ['330', 'Specialized Academic Instruction'],
      ['415', 'Language and Speech'],
    ]);
  });

  it('reads the range forms a page shows, and refuses a range that is not two dates', () => {
    const r = readServices(
      [
        'SSID,Service,Dates',
        '1,330,2/6/25-2/5/26',
        '2,330,02/06/2025 thru 02/05/2026',
        '3,330,2025-02-06–2026-02-05',
        '4,330,02/06/2025 - Present',
      ].join('\n'),
    );
    expect(r.records.map((s) => [s.start, s.end])).toEqual([
      ['2025-02-06', '2026-02-05'],
      ['2025-02-06', '2026-02-05'],
      ['2025-02-06', '2026-02-05'],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([5]);
  });

  it('reports an unknown service with line and column, and reads the other rows', () => {
    const r = readServices(['SEIS ID,Service', '1,330', '2,Juggling', '3,450'].join('\n'), {
      file: 'services.csv',
    });
    expect(r.records.map((s) => s.code)).toEqual(['330', '450']);
    expect(r.errors).toEqual([
      {
        file: 'services.csv',
        line: 3,
        column: 2,
        header: 'Service',
        message: '"Juggling" is not a service code or name',
      },
    ]);
  });

  it('warns once about a frequency it cannot read and still reads the rows', () => {
    const r = readServices(
      ['SEIS ID,Service,Frequency', '1,330,as needed', '2,330,as needed'].join('\n'),
    );
    expect(r.records).toHaveLength(2);
    expect(r.records[0]?.minutesPerWeek).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 2, column: 3 });
  });

  it('reads a Windows-1252 file with CRLF', () => {
    const r = readServices(cp1252('Name,Service,Provider\r\n"Muñoz, José",415,"Peña, Ana"\r\n'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.records[0]).toMatchObject({
      studentName: 'Muñoz, José',
      providerName: 'Peña, Ana',
      code: '415',
    });
  });

  it('is fatal without a service column', () => {
    const r = readServices(['SEIS ID,Provider', '1,x'].join('\n'));
    expect(r.fatal).toBe(true);
    expect(r.errors[0]?.message).toMatch(/"Service"/);
  });

  it('streams the same records, errors and warnings one at a time (eachService)', () => {
    const text = [
      'SEIS ID,Service,Provider,Sessions / Frequency',
      '1,330,"Lee, Dana",45 min Weekly',
      '2,Juggling,"Lee, Dana",often',
      '3,415,"Ames,',
      ' Bo",often',
    ].join('\n');
    const streamed: ServiceRecord[] = [];
    const summary = eachService(text, (s) => streamed.push(s), { file: 'services.csv' });
    const read = readServices(text, { file: 'services.csv' });
    expect(streamed).toEqual(read.records);
    expect({ records: streamed, ...summary }).toEqual(read);
    expect(streamed.map((s) => s.line)).toEqual([2, 4]);
    expect(summary.errors.map((e) => [e.line, e.column])).toEqual([[3, 2]]);
    expect(summary.warnings.map((e) => [e.line, e.column])).toEqual([[3, 4]]);
  });
});

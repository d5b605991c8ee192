import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/scrape/adapters/index';
import { siras } from '../../src/scrape/adapters/siras';
import { extract } from '../../src/scrape/extract';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { loadFixture } from '../support/fixture-dom';

const HOST = 'https://demo.sirassystems.org';

const MIS_SUMMARY: PageSnapshot = {
  vendor: 'siras',
  iep: 'current',
  student: { id: '9000003001', name: 'Fixture, Casey', grade: '05', dateOfBirth: '3/9/15' },
  // The checked Providers row still in force, not the ended one nor the pending one.
  caseManager: { name: 'Sam Reyes' },
  // The select's value; the pending "240 - SLI" beside it is not current.
  primaryDisability: { code: '290', label: '290 - SLD' },
  secondaryDisability: { code: '240', label: 'SLI' },
  alternatePlacement: false,
  placement: {
    setting: '400 - Regular Classroom/Public Day School',
    percentInRegularClass: 'Equal to or Greater than 80 percent',
  },
  services: [
    {
      code: '330',
      name: 'Specialized Academic Instruction',
      providerPosition: 'Education Specialist',
      location: 'Resource Room',
      minutesPerWeek: 150,
      start: '2026-08-17',
      end: '2027-08-16',
    },
    {
      code: '415',
      name: 'Language and Speech',
      providerPosition: '400 – Bright Path Therapy',
      location: 'Speech Room',
      minutesPerWeek: 60,
      start: '2026-08-17',
      end: '2027-08-16',
    },
    {
      // Ended.
      code: '510',
      name: 'Individual Counseling',
      providerPosition: 'School Psychologist',
      location: 'Counseling Office',
      minutesPerWeek: 30,
      start: '2024-09-03',
      end: '2025-06-12',
    },
    // The pending 535 row is left out.
  ],
  missing: [],
  readBy: {
    stateId: 'selector',
    studentName: 'selector',
    grade: 'selector',
    dateOfBirth: 'selector',
    setting: 'selector',
    percentInRegularClass: 'selector',
    caseManager: 'selector',
    primaryDisability: 'selector',
    secondaryDisability: 'selector',
    alternatePlacement: 'selector',
    services: 'selector',
  },
};

describe('SIRAS adapter on the MIS Summary-like fixtures', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  async function open(page: string) {
    const dom = await loadFixture(`siras/student/${page}`, `${HOST}/student/${page}`);
    close = () => dom.window.close();
    return dom.window.document;
  }

  const nameOfRow = (doc: Document, name: string) =>
    [...doc.querySelectorAll('#providers .provider-name')].find((e) => e.textContent === name);

  it('reads the whole snapshot of the MIS Summary, pending changes left out', async () => {
    const doc = await open('3001/mis-summary.html');
    const { snapshot, anchor } = extract(siras, doc);
    expect(snapshot).toEqual(MIS_SUMMARY);
    expect(anchor).toBe(nameOfRow(doc, 'Sam Reyes'));
  });

  it('reads the same with every section collapsed', async () => {
    const doc = await open('3001/mis-summary.html');
    for (const button of doc.querySelectorAll<HTMLElement>('legend button[aria-expanded="true"]')) {
      button.click();
    }
    expect(doc.getElementById('fsProvidersBody')?.hidden).toBe(true);
    expect(extract(siras, doc).snapshot).toEqual(MIS_SUMMARY);
  });

  it('never takes an ended or a pending case manager for the current one', async () => {
    const doc = await open('3001/mis-summary.html');
    const current = nameOfRow(doc, 'Sam Reyes')?.closest('tr')?.querySelector('input');
    if (current) current.checked = false;
    const { snapshot, anchor } = extract(siras, doc);
    expect(snapshot.caseManager).toBeNull();
    expect(snapshot.missing).toEqual(['caseManager']);
    expect(anchor).toBe(doc.getElementById('dis1'));
  });

  it("reads Next Year's Data as the future IEP", async () => {
    const doc = await open('3001/next-year.html');
    const { snapshot, anchor } = extract(siras, doc);
    expect(snapshot).toEqual({
      vendor: 'siras',
      iep: 'future',
      student: { id: '9000003001', name: 'Fixture, Casey', grade: '06', dateOfBirth: '3/9/15' },
      caseManager: { name: 'Lin, Jesse' },
      primaryDisability: { code: '240', label: '240 - Speech or Language Impairment' },
      secondaryDisability: { code: '290', label: '290 - SLD' },
      alternatePlacement: false,
      placement: {
        setting: '400 - Regular Classroom/Public Day School',
        percentInRegularClass: 'Equal to or Greater than 80 percent',
      },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          providerPosition: 'Education Specialist',
          location: 'Resource Room',
          minutesPerWeek: 180,
          start: '2027-08-16',
          end: '2028-08-14',
        },
        {
          code: '415',
          name: 'Language and Speech',
          providerPosition: '400 – Bright Path Therapy',
          location: 'Speech Room',
          minutesPerWeek: 30,
          start: '2027-08-16',
          end: '2028-08-14',
        },
      ],
      missing: [],
      readBy: {
        stateId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        alternatePlacement: 'selector',
        services: 'selector',
      },
    });
    expect(anchor).toBe(nameOfRow(doc, 'Lin, Jesse'));
  });

  it('reads the edit view of a student with no case manager and no services', async () => {
    const doc = await open('3002/mis-summary-edit.html');
    const { snapshot, anchor } = extract(siras, doc);
    expect(snapshot).toEqual({
      vendor: 'siras',
      iep: 'current',
      student: { id: '9000003002', name: 'Fixture, Drew', grade: 'TK', dateOfBirth: '2020-07-04' },
      caseManager: null,
      primaryDisability: { code: '320', label: 'Autism (AUT)' },
      secondaryDisability: null,
      alternatePlacement: false,
      placement: {},
      services: [],
      missing: ['caseManager'],
      readBy: {
        stateId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        primaryDisability: 'selector',
        alternatePlacement: 'selector',
        services: 'selector',
      },
    });
    expect(anchor).toBe(doc.getElementById('dis1'));
  });

  it('matches SIRAS hosts only, and is chosen for them', () => {
    expect(siras.matchesUrl(new URL(`${HOST}/student/3001/mis-summary.html`))).toBe(true);
    expect(siras.matchesUrl(new URL('https://sirassystems.org/'))).toBe(true);
    expect(siras.matchesUrl(new URL('https://sirassystems.org.example.com/'))).toBe(false);
    expect(siras.matchesUrl(new URL('https://sirassystems.happyfox.com/kb/'))).toBe(false);
    expect(adapterFor(new URL(`${HOST}/student/3001/mis-summary.html`)).vendor).toBe('siras');
  });
});

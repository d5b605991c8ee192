import { afterEach, describe, expect, it } from 'vitest';
import { aeries } from '../../src/scrape/adapters/aeries';
import { adapterFor } from '../../src/scrape/adapters/index';
import { extract } from '../../src/scrape/extract';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { loadFixture } from '../support/fixture-dom';

const HOST = 'https://demo.aeries.net';
const FORM = 'ctl00_MainContent_subSPED_form_';

const BASIC_5001: PageSnapshot = {
  vendor: 'aeries',
  iep: 'current',
  student: { id: '5001', name: 'Fixture, Dakota', grade: '4', dateOfBirth: '2/29/16' },
  // "1234 – Lee, Dana": the staff number is not part of the name.
  caseManager: { name: 'Lee, Dana' },
  // Code and description in sibling spans.
  primaryDisability: { code: '290', label: '290 - Specific Learning Disability' },
  secondaryDisability: { code: '240', label: '240 - Speech or Language Impairment' },
  alternatePlacement: null,
  placement: {
    setting: '400 - Regular Classroom/Public Day School',
    percentInRegularClass: 'Equal to or Greater than 80 percent',
  },
  services: [],
  // The Student Services tab has not been opened: its grid is not on the page yet.
  missing: ['services'],
  readBy: {
    studentId: 'selector',
    studentName: 'selector',
    grade: 'selector',
    dateOfBirth: 'selector',
    setting: 'selector',
    percentInRegularClass: 'selector',
    caseManager: 'selector',
    primaryDisability: 'selector',
    secondaryDisability: 'selector',
  },
};

const SERVICES_5001: PageSnapshot['services'] = [
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Dana Lee',
    location: 'Resource Room',
    minutesPerWeek: 150,
    start: '2026-08-17',
    end: '2027-08-16',
  },
  {
    code: '415',
    name: 'Language and Speech',
    provider: '400 – Bright Path Therapy',
    location: 'Speech Room',
    minutesPerWeek: 30,
    start: '2026-08-17',
    end: '2027-08-16',
  },
  {
    // Ended; 300 minutes a year.
    code: '450',
    name: 'Occupational Therapy',
    provider: 'Kim, Robin',
    location: 'OT Room',
    minutesPerWeek: 8.33,
    start: '2024-09-03',
    end: '2025-06-12',
  },
];

describe('Aeries adapter on the SpecialEd.aspx-like fixtures', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  async function open(perm: string) {
    const dom = await loadFixture(
      `aeries/admin/specialed/${perm}.html`,
      `${HOST}/admin/specialed/${perm}.html`,
      {
        fetchFiles: {
          [`/api/specialed/${perm}/services`]: `aeries/api/specialed/${perm}/services.json`,
        },
      },
    );
    close = () => dom.window.close();
    return dom.window.document;
  }

  async function openServicesTab(doc: Document) {
    (doc.getElementById('tabServices') as HTMLElement).click();
    await expect.poll(() => doc.querySelector('#pnlServices table')).not.toBeNull();
  }

  it('reads Basic Information before the Student Services tab is opened', async () => {
    const doc = await open('5001');
    const { snapshot, anchor } = extract(aeries, doc);
    expect(snapshot).toEqual(BASIC_5001);
    expect(anchor).toBe(doc.getElementById(`${FORM}CSE_SI`));
  });

  it('reads the services the Student Services tab loads when clicked', async () => {
    const doc = await open('5001');
    await openServicesTab(doc);
    const { snapshot, anchor } = extract(aeries, doc);
    expect(snapshot).toEqual({
      ...BASIC_5001,
      services: SERVICES_5001,
      missing: [],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        services: 'selector',
      },
    });
    expect(anchor).toBe(doc.getElementById(`${FORM}CSE_SI`));
  });

  it('reads the edit view ("Change"): selects and inputs in place of the spans', async () => {
    const doc = await open('5001');
    await openServicesTab(doc);
    (doc.getElementById('ctl00_MainContent_subSPED_btnChange') as HTMLElement).click();
    const manager = doc.getElementById(`${FORM}CSE_SI`);
    expect(manager?.localName).toBe('select');
    const { snapshot, anchor } = extract(aeries, doc);
    expect(snapshot).toEqual({
      ...BASIC_5001,
      services: SERVICES_5001,
      missing: [],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        services: 'selector',
      },
    });
    expect(anchor).toBe(manager);
  });

  it('reads a student with no case manager, a code-only disability and no services', async () => {
    const doc = await open('5002');
    const before = extract(aeries, doc);
    expect(before.snapshot.missing).toEqual(['caseManager', 'services']);
    await openServicesTab(doc);
    const { snapshot, anchor } = extract(aeries, doc);
    expect(snapshot).toEqual({
      vendor: 'aeries',
      iep: 'current',
      student: { id: '5002', name: 'Fixture, Emerson', grade: '1', dateOfBirth: '09/12/2019' },
      caseManager: null,
      primaryDisability: { code: '320', label: '320' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: ['caseManager'],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        primaryDisability: 'selector',
        services: 'selector',
      },
    });
    expect(doc.querySelector('#pnlServices td')?.textContent).toBe('No records found');
    expect(anchor).toBe(doc.getElementById(`${FORM}CSE_DI`));
  });

  it('matches Aeries hosts only, and is chosen for them', () => {
    expect(aeries.matchesUrl(new URL(`${HOST}/admin/specialed/5001.html`))).toBe(true);
    expect(aeries.matchesUrl(new URL('https://milpitasusd.aeries.net/teacher/gradebook'))).toBe(
      true,
    );
    expect(aeries.matchesUrl(new URL('https://aeries.net.example.com/'))).toBe(false);
    expect(aeries.matchesUrl(new URL('https://notaeries.net/'))).toBe(false);
    expect(adapterFor(new URL(`${HOST}/admin/specialed/5001.html`)).vendor).toBe('aeries');
  });
});

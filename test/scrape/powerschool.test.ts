import type { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/scrape/adapters';
import { powerschool } from '../../src/scrape/adapters/powerschool';
import { extract } from '../../src/scrape/extract';
import type { PageSnapshot, SnapshotService } from '../../src/scrape/snapshot';
import { type LoadOptions, loadFixture } from '../support/fixture-dom';

/** Fixtures are served at https://demo.powerschool.com/<path under test/fixtures/powerschool>. */
const HOST = 'https://demo.powerschool.com';

/** A Special Programs page, with its services grid's JSON answered (the grid waits 600 ms). */
function open(page: string, api: string, options: LoadOptions = {}): Promise<JSDOM> {
  return loadFixture(`powerschool/${page}`, `${HOST}/${page}`, {
    settleMs: 700,
    fetchFiles: {
      [`/api/specialprograms/${api}`]: `powerschool/api/specialprograms/${api}.json`,
    },
    ...options,
  });
}

function ddWithText(doc: Document, text: string): Element | undefined {
  return [...doc.querySelectorAll('.sp-header-card dd')].find((dd) => dd.textContent === text);
}

const MM = 'Education Specialist – Mild/Moderate';
const SLP = 'Speech-Language Pathologist';

/** The 10 rows of student 1001's 25 that the virtualised grid renders. */
const PROFILE_1001_SERVICES: SnapshotService[] = [
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Rivera, Jordan',
    providerPosition: MM,
    location: 'Resource Specialist Program',
    delivery: 'Small Group (2-5)',
    minutesPerWeek: 150,
    start: '2026-08-19',
    end: '2027-06-09',
  },
  {
    code: '415',
    name: 'Language and Speech',
    provider: 'Carmen Testwell',
    providerPosition: SLP,
    location: 'Separate Classroom',
    delivery: 'Individual',
    minutesPerWeek: 60,
    start: '2026-08-19',
    end: '2027-06-09',
  },
  {
    code: '450',
    name: 'Occupational Therapy',
    provider: '400 – Bright Path Therapy',
    providerPosition: 'Occupational Therapist',
    location: 'Separate Classroom',
    delivery: 'Individual',
    minutesPerWeek: 15,
    start: '2026-08-19',
    end: '2027-06-09',
  },
  {
    // Name only in the grid: the code comes from the service list. 90 min yearly ÷ 36 weeks.
    code: '510',
    name: 'Individual Counseling',
    provider: 'Sample, Boris',
    providerPosition: 'School Psychologist',
    location: 'Counseling Office',
    delivery: 'Individual',
    minutesPerWeek: 2.5,
    start: '2026-08-19',
    end: '2027-06-09',
  },
  // Last school year's services: ended, still listed.
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Rivera, Jordan',
    providerPosition: MM,
    location: 'Resource Specialist Program',
    delivery: 'Small Group (2-5)',
    minutesPerWeek: 135,
    start: '2025-08-20',
    end: '2026-06-10',
  },
  {
    code: '415',
    name: 'Language and Speech',
    provider: 'Carmen Testwell',
    providerPosition: SLP,
    location: 'Separate Classroom',
    delivery: 'Individual',
    minutesPerWeek: 100,
    start: '2025-08-20',
    end: '2026-06-10',
  },
  {
    code: '450',
    name: 'Occupational Therapy',
    provider: '400 – Bright Path Therapy',
    providerPosition: 'Occupational Therapist',
    location: 'Separate Classroom',
    delivery: 'Individual',
    minutesPerWeek: 22.5,
    start: '2025-08-20',
    end: '2026-06-10',
  },
  {
    code: '510',
    name: 'Individual Counseling',
    provider: 'Sample, Boris',
    providerPosition: 'School Psychologist',
    location: 'Counseling Office',
    delivery: 'Individual',
    minutesPerWeek: 30,
    start: '2026-01-12',
    end: '2026-03-13',
  },
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Chen, Morgan',
    providerPosition: MM,
    location: 'Resource Specialist Program',
    delivery: 'Small Group (2-5)',
    minutesPerWeek: 120,
    start: '2024-08-21',
    end: '2025-06-11',
  },
  {
    code: '415',
    name: 'Language and Speech',
    provider: 'Carmen Testwell',
    providerPosition: SLP,
    location: 'Separate Classroom',
    delivery: 'Group',
    minutesPerWeek: 30,
    start: '2024-08-21',
    end: '2025-06-11',
  },
];

const PROFILE_1001: PageSnapshot = {
  vendor: 'powerschool',
  iep: 'current',
  student: { id: '1001', name: 'Fixture, Ada', grade: '04', dateOfBirth: '03/14/2016' },
  caseManager: { name: 'Rivera, Jordan' },
  primaryDisability: { code: '290', label: '290 - SLD' },
  secondaryDisability: { code: '240', label: 'Speech or Language Impairment' },
  alternatePlacement: null,
  placement: {
    program: 'Resource Specialist Program (RSP)',
    setting: '400 - Regular Classroom/Public Day School',
    percentInRegularClass: '80% or more',
  },
  services: PROFILE_1001_SERVICES,
  missing: ['services (partial: 10 of 25 rows rendered)'],
  readBy: {
    studentId: 'selector',
    studentName: 'selector',
    grade: 'selector',
    dateOfBirth: 'selector',
    program: 'selector',
    setting: 'selector',
    percentInRegularClass: 'selector',
    caseManager: 'selector',
    primaryDisability: 'selector',
    secondaryDisability: 'selector',
    services: 'selector',
  },
};

describe('PowerSchool Special Programs adapter', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  it('reads a read-only student profile: header card, and the 10 rendered rows of 25', async () => {
    dom = await open('specialprograms/students/1001/profile.html', 'students/1001/services');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual(PROFILE_1001);
    expect(anchor).toBe(ddWithText(doc, 'Rivera, Jordan'));
  });

  it('reads the same profile in its edit view (selects and inputs) to the same snapshot', async () => {
    dom = await open('specialprograms/students/1001/profile-edit.html', 'students/1001/services');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual(PROFILE_1001);
    expect(anchor).toBe(doc.getElementById('CaseManagerID'));
  });

  it('ignores the hover fly-out menu, which repeats "Case Manager" next to other items', async () => {
    dom = await open('specialprograms/students/1001/profile.html', 'students/1001/services');
    const doc = dom.window.document;
    const nav = doc.querySelector('.sp-profile-nav');
    expect(nav?.querySelector('.sp-flyout')).toBeNull();
    nav?.dispatchEvent(new dom.window.MouseEvent('mouseenter'));
    expect(nav?.querySelector('.sp-flyout')?.textContent).toContain('Case Manager');
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual(PROFILE_1001);
    expect(anchor).toBe(ddWithText(doc, 'Rivera, Jordan'));
  });

  it('reads the header card before the services grid has loaded, and says services are missing', async () => {
    dom = await open('specialprograms/students/1001/profile.html', 'students/1001/services', {
      settleMs: 0,
      pendingFetch: true,
    });
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual({
      ...PROFILE_1001,
      services: [],
      missing: ['services'],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        program: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
      },
    });
    expect(anchor).toBe(ddWithText(doc, 'Rivera, Jordan'));
  });

  it('reads a profile with no case manager ("Not Assigned") and an empty services grid', async () => {
    dom = await open('specialprograms/students/1002/profile.html', 'students/1002/services');
    const doc = dom.window.document;
    expect(doc.querySelector('.sp-grid-empty')?.textContent).toBe('No records found');
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual({
      vendor: 'powerschool',
      iep: 'current',
      student: { id: '1002', name: 'Sample, Ben', grade: 'K', dateOfBirth: '7/4/20' },
      // Not the help tooltip's "Case Manager: the staff member who…".
      caseManager: null,
      primaryDisability: { code: '290', label: 'Specific Learning Disability (SLD)' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: { program: 'General Education with Supports' },
      services: [],
      missing: ['caseManager'],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        program: 'selector',
        primaryDisability: 'selector',
        services: 'selector',
      },
    } satisfies PageSnapshot);
    // No case manager: findings are drawn by the primary disability.
    expect(anchor).toBe(ddWithText(doc, 'Specific Learning Disability (SLD)'));
  });

  it('reads a Draft IEP document (edit view) as the future IEP', async () => {
    dom = await open('specialprograms/documents/5001/iep.html', 'documents/5001/services');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual({
      vendor: 'powerschool',
      iep: 'future',
      student: { id: '1003', name: 'Demo, Casey', grade: '07', dateOfBirth: '2013-05-30' },
      caseManager: { name: 'Dana Lee' },
      primaryDisability: { code: '320', label: '320' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: { program: 'Special Day Class' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Dana Lee',
          providerPosition: 'Education Specialist – Extensive Support Needs',
          location: 'Special Day Class',
          delivery: 'Small Group (6-12)',
          minutesPerWeek: 300,
          start: '2026-12-07',
          end: '2027-12-06',
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: 'Carmen Testwell',
          providerPosition: SLP,
          location: 'Separate Classroom',
          delivery: 'Individual',
          minutesPerWeek: 60,
          start: '2026-12-07',
          end: '2027-12-06',
        },
        {
          code: '535',
          name: 'Behavior Intervention Services',
          provider: '400 – Bright Path Therapy',
          providerPosition: 'Board Certified Behavior Analyst',
          location: 'General Education Classroom',
          delivery: 'Individual',
          minutesPerWeek: 45,
          start: '2026-12-07',
          end: '2027-12-06',
        },
      ],
      missing: [],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        program: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        services: 'selector',
      },
    } satisfies PageSnapshot);
    expect(anchor).toBe(doc.getElementById('CaseManager'));
  });

  it('reads a Final IEP document (read-only) as the current IEP', async () => {
    dom = await open('specialprograms/documents/5002/iep.html', 'documents/5002/services');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(powerschool, doc);
    expect(snapshot).toEqual({
      vendor: 'powerschool',
      iep: 'current',
      student: { id: '1004', name: 'Testcase, Drew', grade: '09', dateOfBirth: '11/21/2011' },
      caseManager: { name: 'Chen, Morgan' },
      primaryDisability: { code: '290', label: 'SLD' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: { program: 'Resource Specialist Program' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Chen, Morgan',
          providerPosition: MM,
          location: 'Resource Specialist Program',
          delivery: 'Small Group (2-5)',
          minutesPerWeek: 180,
          start: '2026-09-02',
          end: '2027-09-01',
        },
        {
          code: '450',
          name: 'Occupational Therapy',
          provider: '400 – Bright Path Therapy',
          providerPosition: 'Occupational Therapist',
          location: 'Separate Classroom',
          delivery: 'Individual',
          minutesPerWeek: 15,
          start: '2026-09-02',
          end: '2027-09-01',
        },
        {
          // Ended before the current IEP began.
          code: '510',
          name: 'Individual Counseling',
          provider: 'Sample, Boris',
          providerPosition: 'School Psychologist',
          location: 'Counseling Office',
          delivery: 'Individual',
          minutesPerWeek: 30,
          start: '2025-09-02',
          end: '2026-06-12',
        },
      ],
      missing: [],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        program: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        services: 'selector',
      },
    } satisfies PageSnapshot);
    expect(anchor?.textContent).toBe('Chen, Morgan');
    expect(anchor?.className).toBe('sp-field-value');
  });

  it('takes the status chip, not the Draft → Review → Final legend: Review is a future IEP', async () => {
    dom = await open('specialprograms/documents/5002/iep.html', 'documents/5002/services');
    const doc = dom.window.document;
    const chip = doc.querySelector('.sp-status-chip');
    if (chip) chip.textContent = 'Review';
    expect(extract(powerschool, doc).snapshot.iep).toBe('future');
    if (chip) chip.textContent = 'Archived';
    expect(extract(powerschool, doc).snapshot.iep).toBe('unknown');
  });

  it('reports nothing on a PowerSchool SIS page on the same host', async () => {
    dom = await loadFixture(
      'powerschool/admin/students/home.html',
      `${HOST}/admin/students/home.html`,
    );
    const { snapshot, anchor } = extract(powerschool, dom.window.document);
    expect(snapshot).toEqual({
      vendor: 'powerschool',
      iep: 'unknown',
      student: {},
      caseManager: null,
      primaryDisability: null,
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: [],
    } satisfies PageSnapshot);
    expect(anchor).toBeNull();
  });

  it('matches PowerSchool hosts only', () => {
    expect(powerschool.matchesUrl(new URL('https://demo.powerschool.com/specialprograms/'))).toBe(
      true,
    );
    expect(powerschool.matchesUrl(new URL('https://sdusd.powerschool.com/admin/home.html'))).toBe(
      true,
    );
    expect(powerschool.matchesUrl(new URL('https://powerschool.com.example.org/'))).toBe(false);
    expect(powerschool.matchesUrl(new URL('https://notpowerschool.com/'))).toBe(false);
    expect(adapterFor(new URL(`${HOST}/specialprograms/students/1001/profile.html`))).toBe(
      powerschool,
    );
  });
});

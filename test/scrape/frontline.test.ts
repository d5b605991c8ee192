import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { frontline } from '../../src/scrape/adapters/frontline';
import { adapterFor } from '../../src/scrape/adapters/index';
import { extract } from '../../src/scrape/extract';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { loadFixture } from '../support/fixture-dom';

const HOST = 'https://demo.frontlineeducation.com';
const ELIGIBILITY =
  'ctl00_ctl00_MainPageContentPlaceHolder_MainPageContentPlaceHolder_uxContainerForEligibility_';

/** The Special Education Services grid of doc-7101 as the server first renders it. */
const SPECIAL_ED_SERVICES: PageSnapshot['services'] = [
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Nguyen, Tom',
    location: 'Resource Room',
    delivery: 'Group',
    minutesPerWeek: 120,
    start: '2026-08-17',
    end: '2027-08-16',
  },
  {
    // Ended: a past school year's service still listed; frequency split "1" | "Daily".
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Tom Nguyen',
    location: 'General Education Classroom',
    delivery: 'Individual',
    minutesPerWeek: 75,
    start: '2024-09-03',
    end: '2025-06-13',
  },
];

/** The Related Services grid of doc-7101 (other header texts, M/D/YY and ISO dates). */
const RELATED_SERVICES: PageSnapshot['services'] = [
  {
    code: '415',
    name: 'Language and Speech',
    provider: '400 – Bright Path Therapy',
    location: 'Speech Room',
    delivery: 'Group',
    minutesPerWeek: 60,
    start: '2026-08-17',
    end: '2027-08-16',
  },
  {
    // Shown by its code alone: named from the CALPADS list.
    code: '510',
    name: 'Individual Counseling',
    provider: 'Ortiz, Lena',
    location: 'Counseling Office',
    delivery: 'Individual',
    minutesPerWeek: 30,
    start: '2026-08-17',
    end: '2027-08-16',
  },
];

const ACTIVE_IEP: PageSnapshot = {
  vendor: 'frontline',
  iep: 'current',
  student: { id: '700201', name: 'Fixture, Avery', grade: '04', dateOfBirth: '2016-05-14' },
  caseManager: { name: 'Nguyen, Tom' },
  primaryDisability: { code: '290', label: '290 - Specific Learning Disability' },
  secondaryDisability: { code: '240', label: 'Speech or Language Impairment' },
  alternatePlacement: null,
  placement: {
    program: 'Resource Specialist Program',
    setting: '400 - Regular Classroom/Public Day School',
    percentInRegularClass: '85%',
  },
  services: [...SPECIAL_ED_SERVICES, ...RELATED_SERVICES],
  missing: [],
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

describe('Frontline adapter on the IEP Direct-like fixtures', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  async function open(page: string, fetchFiles: Record<string, string> = {}) {
    const dom = await loadFixture(`frontline/iep/${page}`, `${HOST}/iep/${page}`, { fetchFiles });
    close = () => dom.window.close();
    return dom.window.document;
  }

  it('reads the whole snapshot of an active IEP, read-only', async () => {
    const doc = await open('doc-7101.html');
    const { snapshot, anchor } = extract(frontline, doc);
    expect(snapshot).toEqual(ACTIVE_IEP);
    expect(anchor).toBe(doc.getElementById(`${ELIGIBILITY}lblCaseManager`));
  });

  it('reads the services grid again after an UpdatePanel refresh replaced its container', async () => {
    const doc = await open('doc-7101.html', {
      '/iep/partials/doc-7101-services.html': 'frontline/iep/partials/doc-7101-services.html',
    });
    const before = doc.querySelector('[id$="_upStudentPrograms"]');
    (doc.querySelector('[id$="_btnRefresh"]') as HTMLElement).click();
    await expect.poll(() => doc.querySelector('[id$="_upStudentPrograms"]')).not.toBe(before);
    const { snapshot, anchor } = extract(frontline, doc);
    expect(snapshot).toEqual({
      ...ACTIVE_IEP,
      services: [
        ...SPECIAL_ED_SERVICES,
        {
          code: '340',
          name: 'Intensive Individual Services',
          provider: 'Nguyen, Tom',
          location: 'Resource Room',
          delivery: 'Individual',
          minutesPerWeek: 120,
          start: '2026-10-05',
          end: '2027-08-16',
        },
        ...RELATED_SERVICES,
      ],
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
    });
    expect(anchor).toBe(doc.getElementById(`${ELIGIBILITY}lblCaseManager`));
  });

  it('reads a draft IEP in edit mode: selected options, a disabled input, an edit row', async () => {
    const doc = await open('doc-7102-edit.html');
    const { snapshot, anchor } = extract(frontline, doc);
    expect(snapshot).toEqual({
      vendor: 'frontline',
      iep: 'future',
      student: { id: '700201', name: 'Fixture, Avery', grade: '04', dateOfBirth: '5/14/16' },
      caseManager: { name: 'Patel, Riya' },
      primaryDisability: { code: '290', label: 'Specific Learning Disability' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {
        program: 'Resource Specialist Program',
        setting: '400 - Regular Classroom/Public Day School',
        percentInRegularClass: '80%',
      },
      services: [
        {
          // The row in edit mode: every value is a control's.
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Patel, Riya',
          location: 'Resource Room',
          delivery: 'Group',
          minutesPerWeek: 225,
          start: '2027-08-16',
          end: '2028-08-15',
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: '400 – Bright Path Therapy',
          location: 'Speech Room',
          delivery: 'Group',
          minutesPerWeek: 60,
          start: '2027-08-16',
          end: '2028-08-15',
        },
      ],
      missing: [],
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
        services: 'selector',
      },
    });
    expect(anchor).toBe(doc.getElementById(`${ELIGIBILITY}ddlCaseManager`));
  });

  it('reads no case manager when the field is empty, even with a help text repeating the label', async () => {
    const doc = await open('doc-7201.html');
    const { snapshot, anchor } = extract(frontline, doc);
    expect(snapshot).toEqual({
      vendor: 'frontline',
      iep: 'unknown',
      student: { id: '700202', name: 'Blake Fixture', grade: 'K', dateOfBirth: '01/30/2021' },
      caseManager: null,
      primaryDisability: { code: '280', label: '280' },
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
    // With no case manager, findings are drawn after the primary disability.
    expect(anchor).toBe(doc.getElementById(`${ELIGIBILITY}lblPrimaryDisability`));
  });

  it('falls back to the label reader on a Frontline page that is not WebForms', () => {
    const dom = new JSDOM('<p>Case Manager: Nguyen, Tom</p><p>Primary Disability: 290 - SLD</p>', {
      url: `${HOST}/dashboard`,
    });
    close = () => dom.window.close();
    const { snapshot } = extract(frontline, dom.window.document);
    expect(snapshot.vendor).toBe('frontline');
    expect(snapshot.iep).toBe('unknown');
    expect(snapshot.caseManager).toEqual({ name: 'Nguyen, Tom' });
    expect(snapshot.primaryDisability).toEqual({ code: '290', label: '290 - SLD' });
  });

  it('matches Frontline hosts only, and is chosen for them', () => {
    expect(frontline.matchesUrl(new URL(`${HOST}/iep/doc-7101.html`))).toBe(true);
    expect(frontline.matchesUrl(new URL('https://frontlineeducation.com/'))).toBe(true);
    expect(frontline.matchesUrl(new URL('https://frontlineeducation.com.example.org/'))).toBe(
      false,
    );
    expect(frontline.matchesUrl(new URL('https://notfrontlineeducation.com/'))).toBe(false);
    expect(adapterFor(new URL(`${HOST}/iep/doc-7101.html`)).vendor).toBe('frontline');
  });
});

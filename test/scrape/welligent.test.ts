import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/scrape/adapters';
import { iepView, welligent } from '../../src/scrape/adapters/welligent';
import { extract } from '../../src/scrape/extract';
import { mergeSnapshots } from '../../src/scrape/merge';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { loadFixture } from '../support/fixture-dom';

/** Fixtures are served at https://demo.welligent.com/<path under test/fixtures/welligent>. */
const HOST = 'https://demo.welligent.com';

/** An IEP page (`/iep/<id>/`) or its header frame, with its tabs' XHRs answered. */
function open(iep: string, frame: 'index.html' | 'header.html'): Promise<JSDOM> {
  const path = frame === 'index.html' ? `/iep/${iep}/` : `/iep/${iep}/header.html`;
  return loadFixture(`welligent/iep/${iep}/${frame}`, `${HOST}${path}`, {
    fetchFiles: {
      [`/api/iep/${iep}/services`]: `welligent/api/iep/${iep}/services.json`,
      [`/api/iep/${iep}/participants`]: `welligent/api/iep/${iep}/participants.json`,
    },
  });
}

/** Clicks an IEP workflow tab and lets its XHR render. */
async function openTab(dom: JSDOM, tab: 'services' | 'participants'): Promise<void> {
  dom.window.document.querySelector<HTMLElement>(`#wgIepWorkflow [data-tab="${tab}"]`)?.click();
  await new Promise((done) => setTimeout(done, 50));
}

function valueCellOf(doc: Document, label: string): Element | null | undefined {
  return [...doc.querySelectorAll('td.label')].find((td) => td.textContent === label)
    ?.nextElementSibling;
}

/** IEP 2001's page before any tab is opened: the IEP Management table only. */
const IEP_2001_MANAGEMENT: PageSnapshot = {
  vendor: 'welligent',
  iep: 'current',
  student: {},
  caseManager: null,
  primaryDisability: { code: '290', label: '290 - Specific Learning Disability' },
  secondaryDisability: { code: '240', label: '240' },
  alternatePlacement: null,
  placement: { program: 'RSP', setting: '400 - Regular Classroom/Public Day School' },
  services: [],
  missing: ['caseManager', 'grade', 'services'],
  readBy: {
    program: 'selector',
    setting: 'selector',
    primaryDisability: 'selector',
    secondaryDisability: 'selector',
  },
};

const IEP_2001_SERVICES = [
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Lee, Dana',
    minutesPerWeek: 150,
    start: '2026-03-02',
    end: '2027-03-01',
    status: 'active',
  },
  {
    code: '415',
    name: 'Language and Speech',
    provider: 'Carmen Testwell',
    minutesPerWeek: 45,
    start: '2026-03-02',
    end: '2027-03-01',
    status: 'active',
  },
  {
    code: '450',
    name: 'Occupational Therapy',
    provider: '400 – Bright Path Therapy',
    minutesPerWeek: 30,
    start: '2026-03-02',
    end: '2027-03-01',
    status: 'active',
  },
  // The previous IEP's records: inactivated, kept and marked.
  {
    code: '330',
    name: 'Specialized Academic Instruction',
    provider: 'Lee, Dana',
    minutesPerWeek: 150,
    start: '2025-03-03',
    end: '2026-03-01',
    status: 'inactive',
  },
  {
    code: '510',
    name: 'Individual Counseling',
    provider: 'Sample, Boris',
    minutesPerWeek: 8.33,
    start: '2025-09-08',
    end: '2026-01-30',
    status: 'inactive',
  },
  {
    code: '415',
    name: 'Language and Speech',
    provider: 'Carmen Testwell',
    minutesPerWeek: 600,
    start: '2025-03-03',
    end: '2026-03-01',
    status: 'inactive',
  },
];

describe('Welligent adapter', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  it('reads a Final IEP page before any tab is opened: no services read yet', async () => {
    dom = await open('2001', 'index.html');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(welligent, doc);
    expect(snapshot).toEqual(IEP_2001_MANAGEMENT);
    // The case manager is in the header frame: this frame draws by the primary disability.
    expect(anchor).toBe(valueCellOf(doc, 'PRIMARY DISABILITY'));
  });

  it('reads the Service Records and FAPE Part 2 once the Services tab has loaded them', async () => {
    dom = await open('2001', 'index.html');
    await openTab(dom, 'services');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(welligent, doc);
    expect(snapshot).toEqual({
      ...IEP_2001_MANAGEMENT,
      // 1,500 of 1,800 weekly minutes inside general education.
      placement: { ...IEP_2001_MANAGEMENT.placement, percentInRegularClass: '83%' },
      services: IEP_2001_SERVICES,
      missing: ['caseManager', 'grade'],
      readBy: {
        program: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        services: 'selector',
      },
    });
    expect(anchor).toBe(valueCellOf(doc, 'PRIMARY DISABILITY'));
  });

  it('takes the case manager from the Participants tab once it has loaded', async () => {
    dom = await open('2001', 'index.html');
    await openTab(dom, 'services');
    await openTab(dom, 'participants');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(welligent, doc);
    expect(snapshot).toEqual({
      ...IEP_2001_MANAGEMENT,
      caseManager: { name: 'Lee, Dana' },
      placement: { ...IEP_2001_MANAGEMENT.placement, percentInRegularClass: '83%' },
      services: IEP_2001_SERVICES,
      missing: ['grade'],
      readBy: {
        program: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        caseManager: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        services: 'selector',
      },
    });
    expect(anchor?.textContent).toBe('1234 – Lee, Dana');
    expect(anchor?.previousElementSibling?.textContent).toBe('Case Manager');
  });

  it('reads the student header frame: the case manager without the staff number', async () => {
    dom = await open('2001', 'header.html');
    const doc = dom.window.document;
    const { snapshot, anchor } = extract(welligent, doc);
    expect(snapshot).toEqual({
      vendor: 'welligent',
      iep: 'unknown',
      student: { id: '2001', name: 'Fixture, Eli', grade: '06', dateOfBirth: '10/05/2014' },
      caseManager: { name: 'Lee, Dana' },
      primaryDisability: null,
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: ['primaryDisability', 'services'],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        caseManager: 'selector',
      },
    } satisfies PageSnapshot);
    expect(anchor).toBe(valueCellOf(doc, 'CASE MANAGER'));
  });

  it('gives one complete snapshot when the two frames of IEP 2001 are merged', async () => {
    dom = await open('2001', 'index.html');
    await openTab(dom, 'services');
    const page = extract(welligent, dom.window.document).snapshot;
    const header = await open('2001', 'header.html');
    const frame = extract(welligent, header.window.document).snapshot;
    header.window.close();
    expect(
      mergeSnapshots([
        { frameId: 0, snapshot: page },
        { frameId: 7, snapshot: frame },
      ]),
    ).toEqual({
      ...IEP_2001_MANAGEMENT,
      student: { id: '2001', name: 'Fixture, Eli', grade: '06', dateOfBirth: '10/05/2014' },
      caseManager: { name: 'Lee, Dana' },
      placement: { ...IEP_2001_MANAGEMENT.placement, percentInRegularClass: '83%' },
      services: IEP_2001_SERVICES,
      missing: [],
      // Each field's reading comes with it from the frame that showed it.
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
        caseManager: 'selector',
        program: 'selector',
        setting: 'selector',
        percentInRegularClass: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        services: 'selector',
      },
    });
  });

  it('reads an amendment in progress (edit view) as the future IEP, with no service records', async () => {
    dom = await open('2002', 'index.html');
    await openTab(dom, 'services');
    const doc = dom.window.document;
    expect(doc.querySelector('#serviceRecords .wg-empty')?.textContent).toBe('No records found');
    const { snapshot, anchor } = extract(welligent, doc);
    expect(snapshot).toEqual({
      vendor: 'welligent',
      iep: 'future',
      student: {},
      caseManager: null,
      // Labelled ELIGIBILITY, a <select> showing the abbreviation.
      primaryDisability: { code: '290', label: 'SLD' },
      secondaryDisability: { code: '240', label: 'Speech or Language Impairment (SLI)' },
      alternatePlacement: null,
      // FEDERAL SETTING still on "-- Select --"; FAPE Part 2 minutes not entered yet.
      placement: { program: 'Resource Specialist Program' },
      services: [],
      missing: ['caseManager', 'grade'],
      readBy: {
        program: 'selector',
        primaryDisability: 'selector',
        secondaryDisability: 'selector',
        services: 'selector',
      },
    } satisfies PageSnapshot);
    expect(anchor).toBe(valueCellOf(doc, 'ELIGIBILITY'));
  });

  it('reads a header frame with no case manager assigned', async () => {
    dom = await open('2002', 'header.html');
    const { snapshot, anchor } = extract(welligent, dom.window.document);
    expect(snapshot).toEqual({
      vendor: 'welligent',
      iep: 'unknown',
      student: { id: '2002', name: 'Gia Testcase', grade: '07', dateOfBirth: '1/17/13' },
      caseManager: null,
      primaryDisability: null,
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: ['caseManager', 'primaryDisability', 'services'],
      readBy: {
        studentId: 'selector',
        studentName: 'selector',
        grade: 'selector',
        dateOfBirth: 'selector',
      },
    } satisfies PageSnapshot);
    expect(anchor).toBeNull();
  });

  it('reports nothing on the caseload home page, whose column headers look like labels', async () => {
    dom = await loadFixture('welligent/index.html', `${HOST}/`);
    const { snapshot, anchor } = extract(welligent, dom.window.document);
    expect(snapshot).toEqual({
      vendor: 'welligent',
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

  it.each([
    ['<span class="wg-lifecycle">Final</span> (Locked 03/05/2026)', 'current'],
    ['<span class="wg-lifecycle">Amendment</span> – In Progress', 'future'],
    ['Amendment', 'future'],
    ['Amendment – Final', 'current'],
    ['Draft', 'future'],
    ['No Longer Eligible', 'unknown'],
  ])('reads the lifecycle "%s" as the %s IEP', (status, view) => {
    const page = new JSDOM(
      `<table id="iepManagement"><tr><td class="label">IEP STATUS</td><td>${status}</td></tr></table>`,
    );
    expect(iepView(page.window.document)).toBe(view);
  });

  it('matches Welligent hosts only', () => {
    expect(welligent.matchesUrl(new URL('https://demo.welligent.com/iep/2001/'))).toBe(true);
    expect(welligent.matchesUrl(new URL('https://lausd.welligent.com/'))).toBe(true);
    expect(welligent.matchesUrl(new URL('https://welligent.com.example.org/'))).toBe(false);
    expect(welligent.matchesUrl(new URL('https://notwelligent.com/'))).toBe(false);
    expect(adapterFor(new URL(`${HOST}/iep/2001/header.html`))).toBe(welligent);
  });
});

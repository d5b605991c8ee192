/**
 * The generic reader on static, de-identified pages under test/fixtures/generic/: each page
 * one or more layouts of VENDORS.md §12(a)/(b), each test the whole snapshot.
 */
import type { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/scrape/adapter';
import { generic } from '../../src/scrape/adapters/generic';
import { extract } from '../../src/scrape/extract';
import type { PageSnapshot } from '../../src/scrape/snapshot';
import { loadFixture } from '../support/fixture-dom';

const NOTHING: Omit<PageSnapshot, 'missing'> = {
  vendor: 'generic',
  iep: 'unknown',
  student: {},
  caseManager: null,
  primaryDisability: null,
  secondaryDisability: null,
  alternatePlacement: null,
  placement: {},
  services: [],
};

describe('generic reader on generic fixtures', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  async function read(page: string): Promise<Extraction> {
    dom = await loadFixture(`generic/${page}`, 'https://iep.district.example.org/student/1');
    return extract(generic, dom.window.document);
  }

  it('label tables: capitals, no colons, "*", "#", NBSP, four columns, staff number, decoy roles', async () => {
    const { snapshot, anchor } = await read('label-table.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { id: '7001', name: 'Sample, Avery', grade: '05', dateOfBirth: '04/02/2015' },
      caseManager: { name: 'Lee, Dana' },
      primaryDisability: { code: '290', label: '290 - SLD' },
      secondaryDisability: { code: '240', label: 'Speech or Language Impairment (SLI)' },
      alternatePlacement: false,
      placement: { program: 'RSP', setting: '400 - Regular Class 80% or more' },
      services: [],
      missing: ['services'],
      readBy: {
        studentId: 'label',
        studentName: 'label',
        grade: 'label',
        dateOfBirth: 'label',
        program: 'label',
        setting: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
        secondaryDisability: 'label',
        alternatePlacement: 'label',
      },
    });
    expect(anchor?.id).toBe('ctl00_lblCaseManager');
  });

  it('definition list and "Label: value" text; tooltips, popovers and hidden copies ignored', async () => {
    const { snapshot, anchor } = await read('definition-list.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { id: '8002', name: 'Doe, Riley', grade: 'K', dateOfBirth: '2016-01-09' },
      caseManager: { name: 'Smith, Ana' },
      primaryDisability: { code: '320', label: 'Autism (AUT)' },
      placement: { program: 'Special Day Class', percentInRegularClass: '40-79%' },
      missing: ['services'],
      readBy: {
        studentId: 'label',
        studentName: 'label',
        grade: 'label',
        dateOfBirth: 'label',
        program: 'label',
        percentInRegularClass: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
      },
    });
    expect(anchor?.textContent).toBe('Smith, Ana (Teacher of Record)');
  });

  it('form controls: label[for] + disabled select, read-only input, wrapping label, aria-labelledby, aria-label', async () => {
    const { snapshot, anchor } = await read('form-controls.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { id: '1234567890', name: 'Example, Jordan', grade: '3' },
      caseManager: { name: 'Nguyen, Tom' },
      primaryDisability: { code: '290', label: '290 - SLD' },
      secondaryDisability: { code: '240', label: '240 - Speech or Language Impairment' },
      alternatePlacement: true,
      placement: { program: 'SDC' },
      missing: ['services'],
      readBy: {
        stateId: 'label',
        studentName: 'label',
        grade: 'label',
        program: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
        secondaryDisability: 'label',
        alternatePlacement: 'label',
      },
    });
    expect(anchor?.id).toBe('cm');
  });

  it('open shadow roots (nested), a code and its name in sibling spans; closed roots unread', async () => {
    const { snapshot, anchor } = await read('shadow-root.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '8' },
      caseManager: { name: 'Rivera, Jordan' },
      primaryDisability: { code: '290', label: '290 Specific Learning Disability' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          location: 'Resource Room',
          minutesPerWeek: 150,
          start: '2025-02-06',
          end: '2026-02-05',
        },
      ],
      missing: [],
      readBy: {
        grade: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
        services: 'label',
      },
    });
    expect(anchor?.textContent).toBe('Rivera, Jordan');
    expect(anchor?.getRootNode()).not.toBe(dom?.window.document);
  });

  it('providers table: the ticked, not ended "Case Manager" row; decoy roles; pending value left out', async () => {
    const { snapshot, anchor } = await read('providers-checkbox.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { id: '5550001111', name: 'Fixture, Morgan', grade: '4' },
      caseManager: { name: 'Patel, Rosa' },
      primaryDisability: { code: '320', label: '320' },
      secondaryDisability: { code: '240', label: 'SLI' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          providerPosition: 'Education Specialist',
          location: 'Resource Room',
          minutesPerWeek: 120,
          start: '2025-08-14',
          end: '2026-08-13',
        },
        {
          code: '415',
          name: 'Language and Speech',
          providerPosition: 'Speech-Language Pathologist',
          location: 'Separate Classroom',
          minutesPerWeek: 60,
          start: '2025-08-14',
          end: '2026-08-13',
        },
      ],
      missing: [],
      readBy: {
        stateId: 'label',
        studentName: 'label',
        grade: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
        secondaryDisability: 'label',
        services: 'label',
      },
    });
    expect(anchor?.textContent).toBe('Patel, Rosa');
  });

  it('services tables: split frequency columns, other header words, NPA provider, accommodations left out', async () => {
    const { snapshot, anchor } = await read('services-table.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '10' },
      caseManager: { name: 'Mia Torres' },
      primaryDisability: { code: '280', label: 'Other Health Impairment' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Lee, Dana',
          location: 'Resource Room',
          delivery: 'Group',
          minutesPerWeek: 60,
          start: '2025-08-15',
          end: '2026-06-10',
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: '400 – ABC Therapy Inc',
          location: 'Separate Classroom',
          delivery: 'Individual',
          minutesPerWeek: 45,
          start: '2025-08-15',
          end: '2026-06-10',
        },
        {
          code: '510',
          name: 'Individual Counseling',
          provider: 'Smith, Ana',
          minutesPerWeek: 15,
          start: '2025-09-01',
          end: '2026-06-01',
        },
        {
          code: '450',
          name: 'Occupational Therapy',
          provider: 'Occupational Therapist',
          minutesPerWeek: 30,
          start: '2025-09-01',
          end: 'Ongoing',
        },
      ],
      missing: [],
      readBy: {
        grade: 'label',
        caseManager: 'label',
        primaryDisability: 'heuristic',
        services: 'label',
      },
    });
    expect(anchor?.textContent).toBe('Mia Torres');
  });

  it('ARIA grid with its header row in a separate container (aria-describedby)', async () => {
    const { snapshot, anchor } = await read('aria-grid.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '07' },
      caseManager: { name: 'Garcia, Luis' },
      primaryDisability: { code: '280', label: '280 - Other Health Impairment' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Garcia, Luis',
          providerPosition: 'Education Specialist – Mild/Moderate',
          location: 'Special Day Class',
          delivery: 'Group',
          minutesPerWeek: 300,
          start: '2025-08-20',
          end: '2026-08-19',
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: 'Chen, Ivy',
          providerPosition: 'Speech-Language Pathologist',
          location: 'Separate Classroom',
          delivery: 'Individual',
          minutesPerWeek: 30,
          start: '2025-08-20',
          end: '2026-08-19',
        },
      ],
      missing: [],
      readBy: {
        grade: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
        services: 'label',
      },
    });
    expect(anchor?.tagName).toBe('DD');
  });

  it('an empty services grid is no services, not missing; no case manager is missing', async () => {
    const { snapshot, anchor } = await read('empty-grid.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: 'Kindergarten' },
      primaryDisability: { code: '290', label: 'SLD' },
      services: [],
      missing: ['caseManager'],
      readBy: { grade: 'label', primaryDisability: 'label', services: 'label' },
    });
    // No case manager: findings are drawn by the primary disability.
    expect(anchor?.textContent).toBe('SLD');
  });
});

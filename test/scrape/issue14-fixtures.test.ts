/**
 * Issue 14's fixtures (test/fixtures/generic/issue14/): one page per class of input that gave
 * a false all-clear, each read to its whole snapshot and checked with a roster on which the
 * case manager holds nothing that covers the student, so that teaching them is a violation and
 * only a wrong reading could say ✓.
 */
import { JSDOM } from 'jsdom';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { caseFromSnapshot } from '../../src/check/case-from-snapshot';
import { evaluateCase } from '../../src/rules/engine';
import type { CaseResult, StaffMember } from '../../src/rules/types';
import { generic } from '../../src/scrape/adapters/generic';
import { seis } from '../../src/scrape/adapters/seis';
import { buildSnapshot } from '../../src/scrape/build-snapshot';
import { extract } from '../../src/scrape/extract';
import { interpretSnapshot } from '../../src/scrape/interpret';
import { type PageSnapshot, PageSnapshotSchema } from '../../src/scrape/snapshot';
import { loadFixture, renderSeisForm } from '../support/fixture-dom';

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

/** Written as a roster writes them: the last name first, degrees after. */
const ROSTER: StaffMember[] = [
  {
    name: 'Okafor, Rachel, M.A.',
    authorizations: [{ text: 'Multiple Subject', issued: '2015-01-01', expires: '2030-01-01' }],
  },
  {
    name: 'Lee, Dana',
    authorizations: [{ text: 'Multiple Subject', issued: '2015-01-01', expires: '2030-01-01' }],
  },
];

function verdict(snapshot: PageSnapshot): CaseResult {
  return evaluateCase(caseFromSnapshot(snapshot, { profile: null, roster: ROSTER }, '2026-01-15'));
}

const rules = (r: CaseResult) => r.findings.map((f) => f.rule);

describe('issue 14 fixtures', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  async function read(page: string): Promise<PageSnapshot> {
    dom = await loadFixture(
      `generic/issue14/${page}`,
      'https://iep.district.example.org/student/1',
    );
    return extract(generic, dom.window.document).snapshot;
  }

  it('class 1: "Case Manager Email", an aria-labelledby pair and "Provider Type" are longer labels', async () => {
    const snapshot = await read('longer-labels.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '04' },
      caseManager: { name: 'Okafor, Rachel' },
      primaryDisability: { code: '320', label: '320 - Autism' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Okafor, Rachel',
          providerPosition: 'Education Specialist',
          location: 'Resource Room',
          minutesPerWeek: 120,
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: 'Park, Jin',
          providerPosition: 'Speech-Language Pathologist',
          location: 'Speech Room',
          minutesPerWeek: 30,
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
    const result = verdict(snapshot);
    expect(result.role).toBe('instruction');
    expect(result.status).toBe('violation');
  });

  it('class 1 and 2: values that are the rest of a label or an agency are in doubt, not used', async () => {
    const snapshot = await read('doubtful-case-manager.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '07' },
      primaryDisability: { code: '290', label: '290 - Specific Learning Disability' },
      missing: ['caseManager', 'services'],
      readBy: { grade: 'label', primaryDisability: 'label' },
      doubtful: ['caseManager'],
    });
    const result = verdict(snapshot);
    expect(result.status).toBe('review');
    expect(rules(result)).toContain('missing-data');
  });

  it('class 2: an NPA, a county program, "To be assigned" and "Vacant" give the instruction: not a coordinator', async () => {
    const snapshot = await read('agency-providers.html');
    const dates = { start: '2025-08-15', end: '2026-06-10' };
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '02' },
      caseManager: { name: 'Lee, Dana' },
      primaryDisability: { code: '290', label: '290 - SLD' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'NPA – Bright Futures Therapy',
          location: 'Resource Room',
          ...dates,
          minutesPerWeek: 120,
        },
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'To be assigned',
          location: 'General Education Classroom',
          ...dates,
          minutesPerWeek: 60,
        },
        {
          code: '340',
          name: 'Intensive Individual Services',
          provider: 'County Office Program',
          location: 'Separate Classroom',
          ...dates,
          minutesPerWeek: 30,
        },
        {
          code: '350',
          name: 'Individual and Small Group Instruction',
          location: 'Resource Room',
          ...dates,
          minutesPerWeek: 30,
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: 'Riverside Unified School District',
          location: 'Speech Room',
          ...dates,
          minutesPerWeek: 30,
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
    const result = verdict(snapshot);
    expect(result.role).toBe('unknown');
    expect(rules(result)).not.toContain('coordinator-only');
    expect(rules(result)).toContain('role-unknown');
    expect(result.status).toBe('review');
  });

  it('class 3: "Dr. Rachel A. Okafor, Ed.S." and "R. Okafor" are the case manager "Okafor, Rachel"', async () => {
    const snapshot = await read('names-two-ways.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '3' },
      caseManager: { name: 'Okafor, Rachel' },
      primaryDisability: { code: '320', label: 'Autism (AUT)' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Dr. Rachel A. Okafor, Ed.S.',
          location: 'Special Day Class',
          minutesPerWeek: 600,
        },
        {
          code: '340',
          name: 'Intensive Individual Services',
          provider: 'R. Okafor',
          location: 'Special Day Class',
          minutesPerWeek: 60,
        },
        {
          code: '415',
          name: 'Language and Speech',
          provider: 'Smith, Ana, M.A., CCC-SLP',
          location: 'Speech Room',
          minutesPerWeek: 30,
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
    const result = verdict(snapshot);
    expect(result.role).toBe('instruction');
    expect(result.status).toBe('violation');
    // The roster's "Okafor, Rachel, M.A." is found: her credentials are the ones judged.
    expect(rules(result)).not.toContain('credentials-unknown');
    const probable = result.findings.find((f) => f.message.includes('"R. Okafor"'));
    expect(probable?.rule).toBe('needs-review');
    expect(probable?.message).toContain('same last name and first initial');
  });

  it('class 4: a last and a first name in two inputs are put back together', async () => {
    const snapshot = await read('split-name.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '5' },
      caseManager: { name: 'Okafor, Rachel' },
      primaryDisability: { code: '320', label: '320 - Autism' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Rachel Okafor',
          location: 'Resource Room',
          minutesPerWeek: 150,
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
    const result = verdict(snapshot);
    expect(result.role).toBe('instruction');
    expect(result.status).toBe('violation');
  });
});

describe('issue 14 class 4: a name split across fields', () => {
  let dom: JSDOM | undefined;
  afterEach(() => dom?.window.close());

  async function read(page: string): Promise<PageSnapshot> {
    dom = await loadFixture(
      `generic/issue14/${page}`,
      'https://iep.district.example.org/student/1',
    );
    return extract(generic, dom.window.document).snapshot;
  }

  const readByLabel = {
    grade: 'label',
    caseManager: 'label',
    primaryDisability: 'label',
    services: 'label',
  } as const;

  it('"Case Manager Last/First Name" cells; "Provider Last/First Name" columns are not read (no provider: a review); the student\'s own name fields are not hers', async () => {
    const snapshot = await read('split-name-labels.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '06' },
      caseManager: { name: 'Okafor, Rachel' },
      primaryDisability: { code: '290', label: '290 - Specific Learning Disability' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          location: 'Resource Room',
          minutesPerWeek: 240,
        },
        {
          code: '415',
          name: 'Language and Speech',
          location: 'Speech Room',
          minutesPerWeek: 30,
        },
      ],
      missing: [],
      readBy: readByLabel,
    });
    // A provider's name in two columns is not put back together (the content script's size
    // budget): no provider is named, so the case manager's role is unknown and the verdict a
    // review, never an all-clear.
    const result = verdict(snapshot);
    expect(result.role).toBe('unknown');
    expect(result.status).toBe('review');
  });

  it('"CM Last" in an input, "CM First" in a select, "CM MI"; a provider under "Provider" over "Last Name | First Name" is not read', async () => {
    const snapshot = await read('split-name-controls.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '03' },
      caseManager: { name: 'Okafor, Rachel A' },
      primaryDisability: { code: '320', label: '320 - Autism' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          location: 'Special Day Class',
          minutesPerWeek: 900,
        },
      ],
      missing: [],
      readBy: readByLabel,
    });
    // A provider's name in two columns is not put back together (the content script's size
    // budget): no provider is named, so the case manager's role is unknown and the verdict a
    // review, never an all-clear.
    const result = verdict(snapshot);
    expect(result.role).toBe('unknown');
    expect(result.status).toBe('review');
  });

  it('"Last Name:" / "First Name:" lines of a section headed "Case Manager", not those of the "Student" fieldset', async () => {
    const snapshot = await read('split-name-section.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      // The "Student" legend's next line is "Last Name: Student": half a name, not read.
      student: { grade: '09' },
      caseManager: { name: 'Okafor, Rachel' },
      primaryDisability: { code: '280', label: 'Other Health Impairment (OHI)' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Rachel Okafor',
          location: 'Resource Room',
          minutesPerWeek: 300,
        },
      ],
      missing: [],
      readBy: readByLabel,
    });
    const result = verdict(snapshot);
    expect(result.role).toBe('instruction');
    expect(result.status).toBe('violation');
  });

  it("a last name alone, and the student's own name fields, make no case manager: missing and in doubt", async () => {
    const snapshot = await read('split-name-doubtful.html');
    expect(snapshot).toEqual({
      ...NOTHING,
      student: { grade: '04' },
      primaryDisability: { code: '290', label: '290 - SLD' },
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          provider: 'Park, Jin',
          location: 'Resource Room',
          minutesPerWeek: 120,
        },
      ],
      missing: ['caseManager'],
      readBy: { grade: 'label', primaryDisability: 'label', services: 'label' },
      doubtful: ['caseManager'],
    });
    const result = verdict(snapshot);
    expect(result.status).toBe('review');
    expect(rules(result)).not.toContain('coordinator-only');
  });

  it('half a split name under one label is no name: "First Name Rachel" is in doubt, not a person', () => {
    const page = new JSDOM(
      '<table><tr><td>Grade</td><td>5</td></tr><tr><td>Primary Disability</td><td>290</td></tr>' +
        '<tr><td>Case Manager</td><td>First Name Rachel</td></tr></table>',
    );
    const { snapshot } = extract(generic, page.window.document);
    page.window.close();
    expect(snapshot.caseManager).toBeNull();
    expect(snapshot.doubtful).toEqual(['caseManager']);
  });

  it('parts under labels of someone else ("Provider Last Name", "Parent First Name") are never the case manager', () => {
    const page = new JSDOM(
      '<table><tr><td>Grade</td><td>5</td></tr><tr><td>Primary Disability</td><td>290</td></tr>' +
        '<tr><td>Parent Last Name</td><td>Guardian</td></tr><tr><td>Parent First Name</td><td>Pat</td></tr>' +
        '<tr><td>Provider Last Name</td><td>Park</td></tr><tr><td>Provider First Name</td><td>Jin</td></tr>' +
        '</table>',
    );
    const { snapshot } = extract(generic, page.window.document);
    page.window.close();
    expect(snapshot.caseManager).toBeNull();
    expect(snapshot.missing).toContain('caseManager');
  });
});

describe('issue 14 on SEIS service cards', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  async function form(): Promise<Document> {
    const dom = await renderSeisForm('1001');
    close = () => dom.window.close();
    return dom.window.document;
  }

  const headings = (doc: Document) => [...doc.querySelectorAll('.service h3, .service h4')];

  it('a zero-width space in a card heading does not lose the service', async () => {
    const doc = await form();
    const heading = headings(doc)[0];
    if (heading) heading.textContent = (heading.textContent ?? '').replace(' ', '\u200b ');
    const { snapshot } = extract(seis, doc);
    expect(snapshot.services.map((s) => s.code)).toEqual(['330', '415']);
    expect(snapshot.missing).toEqual([]);
  });

  it('an unreadable card leaves the services unknown, never absent', async () => {
    const doc = await form();
    const heading = headings(doc)[0];
    if (heading) heading.textContent = 'Specialized Academic Instruction';
    const { snapshot } = extract(seis, doc);
    expect(snapshot.services.map((s) => s.code)).toEqual(['415']);
    expect(snapshot.missing).toEqual(['services.unread']);
    const result = evaluateCase(
      caseFromSnapshot(
        snapshot,
        { profile: null, roster: [{ ...ROSTER[0], name: 'Rivera, Jordan' } as StaffMember] },
        '2026-01-15',
      ),
    );
    expect(result.role).not.toBe('coordinator');
    expect(result.status).not.toBe('ok');
  });

  it('a "Provider Type" line is not the provider', async () => {
    const doc = await form();
    const card = doc.querySelector('.service');
    const line = doc.createElement('div');
    line.textContent = 'Provider Type Teacher of Record';
    card?.append(line);
    const { snapshot } = extract(seis, doc);
    expect(snapshot.services[0]?.provider).toBeUndefined();
  });
});

describe('issue 14: provenance of a vendor selector’s reading', () => {
  it('a selector that shows no person’s name is used only as a guess, and ✓ becomes a review', () => {
    const dom = new JSDOM(
      '<table><tr><td class="role">Case Manager</td><td>Teacher</td></tr></table>',
    );
    const cell = dom.window.document.querySelectorAll('td')[1] as Element;
    const { snapshot } = buildSnapshot(dom.window.document, {
      vendor: 'welligent',
      iep: 'current',
      services: [
        { code: '330', name: 'Specialized Academic Instruction', provider: 'Chen, Morgan' },
      ],
      fields: { caseManager: { value: 'Teacher', element: cell } },
    });
    expect(snapshot.caseManager).toEqual({ name: 'Teacher' });
    expect(snapshot.readBy?.caseManager).toBe('heuristic');
    const result = evaluateCase(
      caseFromSnapshot(
        interpretSnapshot({ ...snapshot, primaryDisability: { code: '290', label: '290' } }),
        { profile: null, roster: [{ name: 'Teacher', authorizations: [] }] },
        '2026-01-15',
      ),
    );
    // "Teacher" is no one's name: the 330 provider cannot be told apart from it.
    expect(result.role).not.toBe('coordinator');
    expect(result.status).not.toBe('ok');
  });
});

describe('issue 14: readBy and doubtful cross to the background', () => {
  it('the message schema keeps them', async () => {
    const dom = await loadFixture(
      'generic/issue14/doubtful-case-manager.html',
      'https://iep.district.example.org/student/1',
    );
    const { snapshot } = extract(generic, dom.window.document);
    dom.window.close();
    const parsed = v.parse(PageSnapshotSchema, snapshot);
    expect(parsed.readBy).toEqual({ grade: 'label', primaryDisability: 'label' });
    expect(parsed.doubtful).toEqual(['caseManager']);
    expect(
      v.safeParse(PageSnapshotSchema, { ...snapshot, readBy: { grade: 'guess' } }).success,
    ).toBe(false);
  });
});

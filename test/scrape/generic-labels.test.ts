/**
 * The generic readers on small pages, one layout or rule at a time (the fixtures test whole
 * pages): label forms, what is never a value, precedence, grids, and buildSnapshot's overrides.
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldName } from '../../src/fields/spellings';
import { generic } from '../../src/scrape/adapters/generic';
import { buildSnapshot } from '../../src/scrape/build-snapshot';
import { extract } from '../../src/scrape/extract';
import { interpretExtraction } from '../../src/scrape/interpret';
import { readLabeledFields, visibleValue } from '../../src/scrape/label-reader';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function page(body: string): Document {
  dom = new JSDOM(`<!doctype html><html><body>${body}</body></html>`);
  return dom.window.document;
}

function read(body: string, field: FieldName = 'caseManager'): string | undefined {
  return readLabeledFields(page(body), new Set([field])).get(field)?.value;
}

function snapshot(body: string) {
  return extract(generic, page(body)).snapshot;
}

describe('label forms', () => {
  it.each([
    [
      'a label cell',
      '<table><tr><td class="label">Case Manager:</td><td>Lee, Dana</td></tr></table>',
    ],
    ['a row header', '<table><tr><th>CASE MANAGER</th><td>Lee, Dana</td></tr></table>'],
    [
      'bold text in a cell',
      '<table><tr><td><b>Case Mgr.</b></td><td><span>Lee, Dana</span></td></tr></table>',
    ],
    ['a definition list', '<dl><dt>Case&nbsp;Manager</dt><dd>Lee, Dana</dd></dl>'],
    [
      'label and value spans',
      '<div><span class="lbl">*Case Manager#</span> <span class="val">Lee, Dana</span></div>',
    ],
    ['one text node', '<p>Case Manager: Lee, Dana</p>'],
    ['a colon between elements', '<p><span>Case Manager</span>: <span>Lee, Dana</span></p>'],
    ['a bare label before its value', '<p>Case Manager <b>Lee, Dana</b></p>'],
    ['a line break', '<td>Case Manager<br>Lee, Dana</td>'],
    [
      'label[for] and input',
      '<label for="x">Case Manager</label><input id="x" value="Lee, Dana" readonly>',
    ],
    ['a wrapping label', '<label>Case Manager <input value="Lee, Dana" disabled></label>'],
    [
      'aria-labelledby',
      '<span id="l">Case Manager</span><p>x</p><output aria-labelledby="l">Lee, Dana</output>',
    ],
    ['aria-label', '<input aria-label="Case Manager" value="Lee, Dana">'],
    [
      'a one-row table under column headers',
      '<table><tr><th>Grade</th><th>Case Manager</th></tr><tr><td>3</td><td>Lee, Dana</td></tr></table>',
    ],
    [
      'a label in a wrapper div',
      '<div class="f"><div class="k"><label>Case Manager</label></div><div class="v">Lee, Dana</div></div>',
    ],
  ])('reads %s', (_, body) => {
    expect(read(body)).toBe('Lee, Dana');
  });

  it('reads label rows of a two-column "Field | Value" table, and inside a layout table', () => {
    expect(
      read(
        '<table><tr><th>Field</th><th>Value</th></tr><tr><td>Grade</td><td>6</td></tr><tr><td>Case Manager</td><td>Lee, Dana</td></tr></table>',
      ),
    ).toBe('Lee, Dana');
    expect(
      read(
        '<table><tr><th>Student</th><th>IEP</th><th>Team</th></tr><tr><td><table><tr><td>Case Manager</td><td>Lee, Dana</td></tr></table></td><td></td><td></td></tr></table>',
      ),
    ).toBe('Lee, Dana');
  });

  it('does not read a role cell of a providers or services row as a label', () => {
    expect(
      read(
        '<table><tr><th>Service</th><th>Person Responsible</th><th>Location</th></tr><tr><td>330</td><td>Case Manager</td><td>Resource Room</td></tr><tr><td>415</td><td>SLP</td><td>Speech Room</td></tr></table>',
      ),
    ).toBeUndefined();
  });

  it('does not take a one-row team table\'s "Name" column for the student\'s name', () => {
    const s = snapshot(
      '<table><tr><th>Name</th><th>Role</th><th>Case Manager</th></tr><tr><td>Kim, Lee</td><td>Teacher</td><td><input type="checkbox" checked></td></tr></table>',
    );
    expect(s.student).toEqual({});
    expect(s.caseManager).toEqual({ name: 'Kim, Lee' });
  });

  it('reads a select by its selected option, and a multi-select by all selected options', () => {
    expect(
      read(
        '<label for="s">Grade</label><select id="s"><option>1</option><option selected>2</option></select>',
        'grade',
      ),
    ).toBe('2');
    expect(
      read(
        '<label for="s">Program</label><select id="s" multiple><option selected>RSP</option><option>SDC</option><option selected>DIS</option></select>',
        'program',
      ),
    ).toBe('RSP, DIS');
  });

  it('reads a value split over sibling elements as one value', () => {
    expect(
      read(
        '<div><span class="l">Primary Disability</span><span>290</span><span>Specific Learning Disability</span></div>',
        'primaryDisability',
      ),
    ).toBe('290 Specific Learning Disability');
  });

  it('stops a value at the next label', () => {
    expect(read('<div><b>Case Manager:</b> Lee, Dana <b>School:</b> Sample High</div>')).toBe(
      'Lee, Dana',
    );
    expect(
      read(
        '<div><span class="l">Grade</span> <span>5</span> <span class="l">School</span> <span>Elm</span></div>',
        'grade',
      ),
    ).toBe('5');
  });

  it('reads radio buttons by the checked one, a lone checkbox as Yes/No', () => {
    expect(
      read(
        '<div><span>Alternate Placement:</span> <span><label><input type="radio" name="a"> Yes</label> <label><input type="radio" name="a" checked> No</label></span></div>',
        'alternatePlacement',
      ),
    ).toBe('No');
    expect(
      read(
        '<label for="c">Alternate Placement</label><input type="checkbox" id="c">',
        'alternatePlacement',
      ),
    ).toBe('No');
  });
});

describe('what is never the case manager', () => {
  it.each([
    ['Person Responsible', '<table><tr><td>Person Responsible</td><td>Ward, Sam</td></tr></table>'],
    ['Provider', '<dl><dt>Provider</dt><dd>Ward, Sam</dd></dl>'],
    ['Team Member', '<p>Team Member: Ward, Sam</p>'],
    ['a tooltip', '<span role="tooltip">Case Manager: Ward, Sam</span>'],
    ['a .tooltip', '<div class="x tooltip">Case Manager: Ward, Sam</div>'],
    ['a hidden copy', '<div hidden>Case Manager: Ward, Sam</div>'],
    ['an aria-hidden copy', '<div aria-hidden="true">Case Manager: Ward, Sam</div>'],
    ['an inline-hidden copy', '<div style="color:red; display:none">Case Manager: Ward, Sam</div>'],
    ['a menu', '<nav><ul><li><a>Case Manager</a></li><li><a>Service Plans</a></li></ul></nav>'],
    [
      'a tab strip',
      '<div role="tablist"><span>Case Manager</span> <span>Service Plans</span></div>',
    ],
    [
      'a help sentence',
      '<p>Case Manager: the teacher who writes and manages the IEP of the student.</p>',
    ],
    [
      'a placeholder',
      '<label for="s">Case Manager</label><select id="s"><option>-- Select --</option></select>',
    ],
    ['an unrendered template', '<p>Case Manager: {{student.caseManager}}</p>'],
    ['a date', '<table><tr><td>Case Manager</td><td>08/15/2025</td></tr></table>'],
    ['an agency', '<p>Case Manager: 100 District of Service</p>'],
    ["the extension's own UI", '<div data-cmc-host>Case Manager: Ward, Sam</div>'],
    ["a textarea's text", '<textarea>Case Manager: Ward, Sam</textarea>'],
    ['a title attribute', '<span title="Case Manager: Ward, Sam">?</span>'],
  ])('%s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });

  it('takes the later real value after an empty one and a help text', () => {
    expect(
      read(
        '<p>Case Manager:</p><p class="help">Case Manager: Choose the teacher who manages the IEP.</p><dl><dt>Case Manager</dt><dd>Lee, Dana</dd></dl>',
      ),
    ).toBe('Lee, Dana');
  });

  it('prefers the earlier of two real values', () => {
    expect(read('<p>Case Manager: Lee, Dana</p><p>Case Manager: Ward, Sam</p>')).toBe('Lee, Dana');
  });
});

describe('weak labels', () => {
  it('reads "Disability" only if the value is a disability, and a strong label beats it', () => {
    expect(read('<p>Eligibility: Eligible</p>', 'primaryDisability')).toBeUndefined();
    expect(read('<p>Eligibility: SLD</p>', 'primaryDisability')).toBe('SLD');
    expect(
      read('<p>Disability: 240 - SLI</p><p>Primary Disability: 290 - SLD</p>', 'primaryDisability'),
    ).toBe('290 - SLD');
  });
});

describe('grids', () => {
  it('reads a table whose header row sits in a separate table (fixed-header widgets)', () => {
    const s = snapshot(`
      <table><thead><tr><th>Service</th><th>Provider</th><th>Minutes per Week</th><th>Start</th></tr></thead></table>
      <table><tr><td>510 - Individual Counseling</td><td>Ward, Sam</td><td>30</td><td>9/2/2025</td></tr></table>`);
    expect(s.services).toEqual([
      {
        code: '510',
        name: 'Individual Counseling',
        provider: 'Ward, Sam',
        minutesPerWeek: 30,
        start: '2025-09-02',
        // Headers borrowed from the table before: which column is the provider's is a guess.
        readBy: 'heuristic',
      },
    ]);
  });

  it('reads an ARIA grid with an in-grid header row, by aria-colindex', () => {
    const s = snapshot(`
      <div role="grid">
        <div role="row"><span role="columnheader" aria-colindex="1">Service Code</span><span role="columnheader" aria-colindex="2">Hours per Week</span><span role="columnheader" aria-colindex="3">Dates</span></div>
        <div role="row"><span role="gridcell" aria-colindex="3">08/15/2025 - 06/10/2026</span><span role="gridcell" aria-colindex="1">450</span><span role="gridcell" aria-colindex="2">0.5</span></div>
      </div>`);
    expect(s.services).toEqual([
      {
        code: '450',
        name: 'Occupational Therapy',
        minutesPerWeek: 30,
        start: '2025-08-15',
        end: '2026-06-10',
      },
    ]);
    expect(s.missing).toEqual(['caseManager', 'primaryDisability', 'grade']);
  });

  it('reads headers that are sort buttons, and skips rows hidden inside the grid', () => {
    const s = snapshot(`
      <div role="grid">
        <div role="row"><div role="columnheader"><button>Service</button></div><div role="columnheader"><button>Frequency</button></div><div role="columnheader"><button>Provider</button></div></div>
        <div role="rowgroup" aria-hidden="true"><div role="row"><div role="gridcell">415</div><div role="gridcell">30 min Weekly</div><div role="gridcell">Spare, Row</div></div></div>
        <div role="rowgroup"><div role="row"><div role="gridcell">510</div><div role="gridcell">30 min Weekly</div><div role="gridcell">Ward, Sam</div></div></div>
      </div>`);
    expect(s.services).toEqual([
      { code: '510', name: 'Individual Counseling', minutesPerWeek: 30, provider: 'Ward, Sam' },
    ]);
  });

  it('reads 330 as a service (SAI) in a services grid and as TBI in a disability field', () => {
    const s = snapshot(`
      <p>Primary Disability: 330</p>
      <table><tr><th>Service</th><th>Frequency</th><th>Location</th></tr>
      <tr><td>330</td><td>60 min Weekly</td><td>Resource</td></tr></table>`);
    expect(s.primaryDisability).toEqual({ code: '330', label: '330' });
    expect(s.services).toEqual([
      {
        code: '330',
        name: 'Specialized Academic Instruction',
        minutesPerWeek: 60,
        location: 'Resource',
      },
    ]);
  });

  it('does not read a goals or accommodations table as services', () => {
    const s = snapshot(`
      <table aria-label="Program Accommodations"><tr><th>Service</th><th>Start</th><th>End</th><th>Location</th></tr>
      <tr><td>Extended time</td><td>08/15/2025</td><td>06/10/2026</td><td>All</td></tr></table>
      <table><tr><th>Goal</th><th>Service</th></tr><tr><td>Reading</td><td>330</td></tr></table>`);
    expect(s.services).toEqual([]);
    expect(s.missing).toContain('services');
  });

  it('picks the last ending of several ticked case managers when all have ended', () => {
    const s = snapshot(`
      <table><tr><th>Staff</th><th>Case Manager</th><th>End</th></tr>
      <tr><td>Old, Casey</td><td>✓</td><td>06/10/2024</td></tr>
      <tr><td>Newer, Ash</td><td>✓</td><td>06/10/2025</td></tr>
      <tr><td>Ward, Sam</td><td></td><td></td></tr></table>`);
    expect(s.caseManager).toEqual({ name: 'Newer, Ash' });
  });

  it('reads no case manager when no box is ticked', () => {
    const s = snapshot(`
      <table><tr><th>Name</th><th>Role</th><th>Case Manager</th></tr>
      <tr><td>Kim, Lee</td><td>Case Manager</td><td><input type="checkbox"></td></tr>
      <tr><td>Ward, Sam</td><td>Provider</td><td><input type="checkbox"></td></tr></table>`);
    expect(s.caseManager).toBeNull();
    expect(s.missing).toContain('caseManager');
  });
});

describe('buildSnapshot', () => {
  const body = `<p>Case Manager: Lee, Dana</p><p>Grade: 4</p><p>Primary Disability: 290</p>
    <table><tr><th>Service</th><th>Provider</th><th>Location</th></tr><tr><td>415</td><td>Kim, Lee</td><td>Room</td></tr></table>`;

  it("lets the adapter's fields win, and a blank one make the field known-empty", () => {
    const doc = page(`${body}<span id="cm">#77 Ward, Sam</span><span id="g"> -- Select -- </span>`);
    const { snapshot: s, anchor } = interpretExtraction(
      buildSnapshot(doc, {
        vendor: 'seis',
        iep: 'current',
        services: null,
        fields: {
          caseManager: { value: '#77 Ward, Sam', element: doc.getElementById('cm') as Element },
          grade: { value: ' -- Select -- ', element: doc.getElementById('g') as Element },
        },
      }),
    );
    expect(s.caseManager).toEqual({ name: 'Ward, Sam' });
    expect(anchor?.id).toBe('cm');
    expect(s.student.grade).toBeUndefined();
    expect(s.missing).toEqual(['grade']);
    expect(s.services).toEqual([
      { code: '415', name: 'Language and Speech', provider: 'Kim, Lee', location: 'Room' },
    ]);
  });

  it("normalises the adapter's services: code from the name, ISO dates, provider without staff number", () => {
    const { snapshot: s } = interpretExtraction(
      buildSnapshot(page(body), {
        vendor: 'frontline',
        iep: 'unknown',
        services: [
          {
            name: '#2 510 Individual Counseling',
            start: '9/2/25',
            end: 'ongoing',
            provider: '1234 – Lee, Dana',
          },
          { name: '', code: '   ' },
        ],
      }),
    );
    expect(s.services).toEqual([
      {
        code: '510',
        name: 'Individual Counseling',
        start: '2025-09-02',
        end: 'ongoing',
        provider: 'Lee, Dana',
      },
    ]);
    expect(s.missing).toEqual([]);
  });
});

describe('visibleValue', () => {
  it('reads controls, skips hidden parts and buttons', () => {
    const doc = page(`<div id="a">Lee, <b>Dana</b> <span hidden>x</span><button>Edit</button></div>
      <div id="b"><select><option>One</option><option selected>Two</option></select></div>`);
    expect(visibleValue(doc.getElementById('a') as Element)).toBe('Lee, Dana');
    expect(visibleValue(doc.getElementById('b') as Element)).toBe('Two');
  });
});

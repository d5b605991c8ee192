/**
 * `scrape` and `check` (CONTRACT.md §2): saved vendor pages read by the extension's adapters
 * under jsdom, scripts never run, nothing fetched.
 *
 * The end-to-end half builds the CLI once, into a private folder under node_modules/.cache (so
 * it never races e2e.test.ts, which empties build/ while building), next to a copy of
 * bin/case-manager-check.js, and runs it as a user would. The other half calls the command
 * functions in memory.
 */

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand, checkSnapshot } from '../../src/cli/commands/check';
import { formatSnapshotText, noIepNote, scrapeCommand } from '../../src/cli/commands/scrape';
import { type CliIo, InputError, localDate } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { readSavedPage } from '../../src/cli/page';
import type { PageSnapshot } from '../../src/scrape/snapshot';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');
const fixture = (page: string) => join(FIXTURES, page);

// ---------------------------------------------------------------------------------------------
// What each vendor's adapter reads from a saved fixture page, scripts not run. Where the page's
// data is static these are the adapter unit tests' own expectations (test/scrape/*.test.ts);
// where its scripts would load data (SEIS services page, PowerSchool grid, Aeries tab) they
// are the unit tests' expectations for the page before its scripts have rendered.

const EMPTY = {
  iep: 'unknown',
  student: {},
  caseManager: null,
  primaryDisability: null,
  secondaryDisability: null,
  alternatePlacement: null,
  placement: {},
  services: [],
} as const;

const SEIS_HEADER_FRAME: PageSnapshot = {
  ...EMPTY,
  vendor: 'seis',
  student: { id: '9000005', name: 'Student, Demo E', grade: '4' },
  caseManager: { name: 'Rivera, Jordan' },
  primaryDisability: { code: '320', label: '320 - Autism' },
  services: [],
  missing: ['services'],
  readBy: {
    studentId: 'label',
    studentName: 'label',
    grade: 'label',
    caseManager: 'label',
    primaryDisability: 'label',
  },
};

/** test/scrape/seis.test.ts, "takes an unrendered {{template}} for no value". */
const SEIS_UNRENDERED: PageSnapshot = {
  ...EMPTY,
  vendor: 'seis',
  services: [],
  missing: ['caseManager', 'primaryDisability', 'grade', 'services'],
};

/** test/scrape/frontline.test.ts ACTIVE_IEP: the server-rendered page, no script needed. */
const FRONTLINE_7101: PageSnapshot = {
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
  services: [
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
      code: '330',
      name: 'Specialized Academic Instruction',
      provider: 'Tom Nguyen',
      location: 'General Education Classroom',
      delivery: 'Individual',
      minutesPerWeek: 75,
      start: '2024-09-03',
      end: '2025-06-13',
    },
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
      code: '510',
      name: 'Individual Counseling',
      provider: 'Ortiz, Lena',
      location: 'Counseling Office',
      delivery: 'Individual',
      minutesPerWeek: 30,
      start: '2026-08-17',
      end: '2027-08-16',
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
    secondaryDisability: 'selector',
    services: 'selector',
  },
};

/** test/scrape/siras.test.ts MIS_SUMMARY. */
const SIRAS_3001: PageSnapshot = {
  vendor: 'siras',
  iep: 'current',
  student: { id: '9000003001', name: 'Fixture, Casey', grade: '05', dateOfBirth: '3/9/15' },
  caseManager: { name: 'Sam Reyes' },
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
      code: '510',
      name: 'Individual Counseling',
      providerPosition: 'School Psychologist',
      location: 'Counseling Office',
      minutesPerWeek: 30,
      start: '2024-09-03',
      end: '2025-06-12',
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
};

/** test/scrape/aeries.test.ts BASIC_5001: the Student Services tab's grid is loaded by script. */
const AERIES_5001: PageSnapshot = {
  vendor: 'aeries',
  iep: 'current',
  student: { id: '5001', name: 'Fixture, Dakota', grade: '4', dateOfBirth: '2/29/16' },
  caseManager: { name: 'Lee, Dana' },
  primaryDisability: { code: '290', label: '290 - Specific Learning Disability' },
  secondaryDisability: { code: '240', label: '240 - Speech or Language Impairment' },
  alternatePlacement: null,
  placement: {
    setting: '400 - Regular Classroom/Public Day School',
    percentInRegularClass: 'Equal to or Greater than 80 percent',
  },
  services: [],
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

/** test/scrape/powerschool.test.ts, "before the services grid has loaded". */
const POWERSCHOOL_1001: PageSnapshot = {
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
};

/** test/scrape/welligent.test.ts, "reads the student header frame". */
const WELLIGENT_2001_HEADER: PageSnapshot = {
  ...EMPTY,
  vendor: 'welligent',
  student: { id: '2001', name: 'Fixture, Eli', grade: '06', dateOfBirth: '10/05/2014' },
  caseManager: { name: 'Lee, Dana' },
  services: [],
  missing: ['primaryDisability', 'services'],
  readBy: {
    studentId: 'selector',
    studentName: 'selector',
    grade: 'selector',
    dateOfBirth: 'selector',
    caseManager: 'selector',
  },
};

/** test/scrape/generic-fixtures.test.ts, "label tables". */
const GENERIC_LABEL_TABLE: PageSnapshot = {
  ...EMPTY,
  vendor: 'generic',
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
};

const FRONTLINE_URL = 'https://demo.frontlineeducation.com/iep/doc-7101.html';
const GENERIC_URL = 'https://iep.district.example.org/student/1';
const SEIS_PAGE_URL = 'https://www.seis.org/forms/1001/state/services/fape3';

/** [vendor, page under test/fixtures, its real address, the snapshot] */
const PAGES: Array<[string, string, string, PageSnapshot]> = [
  ['seis', 'seis/frames/header.html', 'https://www.seis.org/frames/header.html', SEIS_HEADER_FRAME],
  ['seis', 'seis/page.html', SEIS_PAGE_URL, SEIS_UNRENDERED],
  ['frontline', 'frontline/iep/doc-7101.html', FRONTLINE_URL, FRONTLINE_7101],
  [
    'siras',
    'siras/student/3001/mis-summary.html',
    'https://demo.sirassystems.org/student/3001/mis-summary.html',
    SIRAS_3001,
  ],
  [
    'aeries',
    'aeries/admin/specialed/5001.html',
    'https://demo.aeries.net/admin/specialed/5001.html',
    AERIES_5001,
  ],
  [
    'powerschool',
    'powerschool/specialprograms/students/1001/profile.html',
    'https://demo.powerschool.com/specialprograms/students/1001/profile.html',
    POWERSCHOOL_1001,
  ],
  [
    'welligent',
    'welligent/iep/2001/header.html',
    'https://demo.welligent.com/iep/2001/header.html',
    WELLIGENT_2001_HEADER,
  ],
  ['generic', 'generic/label-table.html', GENERIC_URL, GENERIC_LABEL_TABLE],
];

// ---------------------------------------------------------------------------------------------

const ROSTER_HEADER = 'Name,Position,Authorization,Expires';
/** Nguyen, Tom instructs the SLD student of doc-7101: covered, expired, or not covered. */
const ROSTER_OK = `${ROSTER_HEADER}\n"Nguyen, Tom",RSP Teacher,MMSN,2030-01-01\n`;
const ROSTER_EXPIRED = `${ROSTER_HEADER}\n"Nguyen, Tom",RSP Teacher,MMSN,2025-01-01\n`;
const ROSTER_SLP = `${ROSTER_HEADER}\n"Nguyen, Tom",Speech-Language Pathologist,SLP,2030-01-01\n`;

interface MemoryIo extends CliIo {
  out: string;
  err: string;
}

/** A CliIo over in-memory files (falling back to disk), capturing what is printed. */
function memoryIo(files: Record<string, string | Uint8Array> = {}, today = '2026-09-01'): MemoryIo {
  const io: MemoryIo = {
    out: '',
    err: '',
    readFile(path) {
      const f = files[path];
      if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      try {
        return readFileSync(path);
      } catch {
        throw new InputError(`cannot read ${path}: no such file or folder`);
      }
    },
    writeFileAtomic() {
      throw new Error('nothing is written by scrape or check');
    },
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    today: () => today,
  };
  return io;
}

const page = (html: string, file = 'page.html') => ({
  file,
  data: new TextEncoder().encode(html),
});

/** A page whose every script, handler and subresource would leave a trace if it ran or loaded. */
function hostilePage(origin: string, marker: string): string {
  const m = JSON.stringify(marker);
  const evil = `document.body.insertAdjacentHTML('afterbegin','<table><tr><td>Case Manager</td><td>Evil, Eve</td></tr></table>')`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Student Summary</title>
<meta http-equiv="refresh" content="0; url=${origin}/refresh">
<link rel="stylesheet" href="${origin}/style.css">
<link rel="preload" as="fetch" href="${origin}/preload">
<script src="${origin}/script.js"></script>
<script>globalThis.__cmcPwned = 'script';</script>
<script>require('node:fs').writeFileSync(${m}, 'require');</script>
<script>process.mainModule.require('node:fs').writeFileSync(${m}, 'process');</script>
<script>fetch('${origin}/fetch');</script>
<script>new Image().src = '${origin}/image';</script>
<script>document.addEventListener('DOMContentLoaded', () => { ${evil} });</script>
<style>@import url("${origin}/import.css"); body { background: url("${origin}/bg.png"); }</style>
</head>
<body onload="globalThis.__cmcPwned = 'onload'; ${evil.replace(/"/g, '&quot;')}">
<table>
  <tr><td>Student Name</td><td>Sample, Avery</td></tr>
  <tr><td>Case Manager</td><td>Lee, Dana</td></tr>
  <tr><td>Primary Disability</td><td>290 - SLD</td></tr>
</table>
<img src="${origin}/img.png" onerror="globalThis.__cmcPwned = 'onerror'; ${evil.replace(/"/g, '&quot;')}">
<img src="data:," onerror="globalThis.__cmcPwned = 'onerror2'">
<svg onload="globalThis.__cmcPwned = 'svg'"></svg>
<iframe src="${origin}/frame.html"></iframe>
<iframe srcdoc="&lt;script&gt;parent.__cmcPwned = 'srcdoc'&lt;/script&gt;"></iframe>
<object data="${origin}/object"></object>
<video src="${origin}/video.mp4" autoplay></video>
<a href="javascript:globalThis.__cmcPwned='link'" id="go">go</a>
<form action="${origin}/form"><input autofocus onfocus="globalThis.__cmcPwned = 'focus'"></form>
<script>document.getElementById('go').click();</script>
<script>${evil}</script>
</body></html>
`;
}

/** A local server that counts every request: any would mean the page fetched something. */
async function countingServer(): Promise<{ server: Server; origin: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, hits };
}

// ---------------------------------------------------------------------------------------------
// In memory: the command functions.

describe('readSavedPage and scrapeCommand', () => {
  it.each(PAGES)('reads the %s page %s to the adapter’s whole snapshot', (_v, file, url, want) => {
    const io = memoryIo();
    expect(scrapeCommand({ command: 'scrape', file: fixture(file), url, format: 'json' }, io)).toBe(
      0,
    );
    expect(JSON.parse(io.out)).toEqual(want);
  });

  it('summarises a snapshot as text, ending with what was not found', () => {
    const reading = readSavedPage(
      { file: 'a.html', data: readFileSync(fixture('aeries/admin/specialed/5001.html')) },
      'https://demo.aeries.net/admin/specialed/5001.html',
    );
    const text = formatSnapshotText(reading, { file: 'a.html', url: 'https://demo.aeries.net/x' });
    expect(text).toContain('Read by:  the aeries reader');
    expect(text).toContain('Student:              Fixture, Dakota [5001], grade 4, born 2/29/16');
    expect(text).toContain('Case manager:         Lee, Dana');
    expect(text).toContain('Primary disability:   290 - Specific Learning Disability');
    expect(text).toContain('Services: none read');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Not found on the page: services');
  });

  it('lists services in the text summary, and says when nothing is missing', () => {
    const io = memoryIo();
    scrapeCommand(
      {
        command: 'scrape',
        file: fixture('frontline/iep/doc-7101.html'),
        url: FRONTLINE_URL,
        format: 'text',
      },
      io,
    );
    expect(io.out).toContain('Services (4):');
    expect(io.out).toContain(
      '  330 Specialized Academic Instruction — provider Nguyen, Tom; Resource Room; Group; 120 min/week; 2026-08-17 to 2027-08-16',
    );
    expect(io.out).toContain('Not found on the page: nothing');
    expect(io.out).not.toContain('No IEP found');
    expect(io.err).toBe('');
  });

  it('says a page with no IEP shows none, naming its frames to save on their own', () => {
    const reading = readSavedPage(
      { file: 's.html', data: readFileSync(fixture('seis/frames/student.html')) },
      'https://www.seis.org/frames/student.html',
    );
    expect(reading.snapshot).toEqual({
      ...EMPTY,
      vendor: 'seis',
      missing: ['caseManager', 'primaryDisability', 'grade', 'services'],
    });
    expect(reading.frames).toEqual(['https://www.seis.org/frames/header.html']);
    const note = noIepNote(reading);
    expect(note).toMatch(/^no IEP found on this page/);
    expect(note).toContain('https://www.seis.org/frames/header.html');
    expect(note).toContain('scripts');
    const text = formatSnapshotText(reading, { file: 's.html', url: 'https://www.seis.org/' });
    expect(text).toContain(
      'Not found on the page: caseManager, primaryDisability, grade, services',
    );
    expect(text).toContain('No IEP found on this page');
  });

  it('reads a page with no IEP at all without complaint, and notes it on stderr (json)', () => {
    const io = memoryIo({ 'blank.html': '<!doctype html><title>Home</title><p>Welcome</p>' });
    expect(run(['scrape', 'blank.html', '--url', GENERIC_URL], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      ...EMPTY,
      vendor: 'generic',
      missing: ['caseManager', 'primaryDisability', 'grade', 'services'],
    });
    expect(io.err).toMatch(/^note: blank\.html: no IEP found on this page/);
  });

  it('decodes Windows-1252, UTF-8 with a BOM, UTF-16 and a <meta charset>', () => {
    const body = '<table><tr><td>Case Manager</td><td>Muñoz, Ana</td></tr></table>';
    const cm = (data: Uint8Array) =>
      readSavedPage({ file: 'p.html', data }, GENERIC_URL).snapshot.caseManager?.name;
    const latin1 = Uint8Array.from(body, (c) => c.charCodeAt(0));
    expect(cm(latin1)).toBe('Muñoz, Ana');
    expect(cm(new TextEncoder().encode(`\uFEFF${body}`))).toBe('Muñoz, Ana');
    const utf16 = new Uint8Array(2 + body.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) utf16[2 + i * 2] = body.charCodeAt(i);
    expect(cm(utf16)).toBe('Muñoz, Ana');
    // ISO-8859-2 says 0xF1 is ń, not ñ: the page's own declaration wins over the default.
    const declared = Uint8Array.from(`<meta charset="iso-8859-2">${body}`, (c) => c.charCodeAt(0));
    expect(cm(declared)).toBe('Mu\u0144oz, Ana');
  });

  it.each([
    ['an empty file', '', /is empty/],
    ['blank lines', ' \n\n', /is empty/],
    ['plain text', 'Case Manager: Lee, Dana\n', /no HTML tags/],
    ['a CSV', 'Name,Authorization\n"Lee, Dana",MMSN\n', /no HTML tags/],
    [
      'a web archive',
      'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x/\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\n<html></html>',
      /web archive \(MHTML\)/,
    ],
    ['a PDF', '%PDF-1.7\n\u0000\u0001binary', /is a PDF/],
    ['a Word document', 'PK\u0003\u0004\u0000\u0000word/document.xml', /zip file/],
    ['a binary file', '\u0000\u0001\u0002<html>', /binary file/],
  ])('rejects %s as no HTML page', (_what, content, message) => {
    const data = Uint8Array.from(content, (c) => c.charCodeAt(0));
    expect(() => readSavedPage({ file: 'x.html', data }, GENERIC_URL)).toThrow(InputError);
    expect(() => readSavedPage({ file: 'x.html', data }, GENERIC_URL)).toThrow(message);
  });

  it('never runs the page’s scripts or handlers, and fetches nothing', async () => {
    const { server, origin, hits } = await countingServer();
    const dir = mkdtempSync(join(tmpdir(), 'cmc-hostile-'));
    const marker = join(dir, 'pwned');
    try {
      const reading = readSavedPage(page(hostilePage(origin, marker)), GENERIC_URL);
      expect(reading.snapshot.caseManager).toEqual({ name: 'Lee, Dana' });
      expect(JSON.stringify(reading.snapshot)).not.toContain('Evil');
      expect(reading.scripted).toBe(true);
      // Time for anything a script or loader would have started.
      await new Promise((done) => setTimeout(done, 300));
      expect((globalThis as { __cmcPwned?: unknown }).__cmcPwned).toBeUndefined();
      expect(existsSync(marker)).toBe(false);
      expect(hits).toEqual([]);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkSnapshot and checkCommand', () => {
  const args = (extra: Record<string, string> = {}) => ({
    command: 'check' as const,
    file: fixture('frontline/iep/doc-7101.html'),
    url: FRONTLINE_URL,
    asOf: '2026-09-01',
    format: 'json' as const,
    ...extra,
  });

  it('gives no verdict for a page with neither a case manager nor a primary disability', () => {
    expect(checkSnapshot({ ...SEIS_UNRENDERED }, [], '2026-09-01')).toBeNull();
    expect(
      checkSnapshot({ ...SEIS_UNRENDERED, student: { name: 'Sample, Avery' } }, [], '2026-09-01'),
    ).toBeNull();
    const row = checkSnapshot(WELLIGENT_2001_HEADER, [], '2026-09-01');
    expect(row?.student).toEqual({ id: '2001', name: 'Fixture, Eli' });
    expect(row?.caseManager.name).toBe('Lee, Dana');
  });

  it('exits 1 with one audit row when a finding is an error (expired credential)', () => {
    const io = memoryIo({ 'roster.csv': ROSTER_EXPIRED });
    expect(checkCommand({ ...args(), roster: 'roster.csv' }, io)).toBe(1);
    const row = JSON.parse(io.out);
    expect(row).toMatchObject({
      student: { id: '700201', name: 'Fixture, Avery' },
      caseManager: { name: 'Nguyen, Tom', role: 'instruction' },
      status: 'violation',
    });
    expect(row.findings[0]).toMatchObject({ rule: 'credential-expired', severity: 'error' });
    expect(io.err).toBe('');
  });

  it('exits 0 when the roster covers the case manager', () => {
    const io = memoryIo({ 'roster.csv': ROSTER_OK });
    expect(checkCommand({ ...args(), roster: 'roster.csv' }, io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ status: 'ok', findings: [{ rule: 'authorized' }] });
  });

  it('without a roster, asks to review a case manager it cannot look up', () => {
    const io = memoryIo();
    expect(checkCommand(args(), io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({
      status: 'review',
      findings: [{ rule: 'credentials-unknown', severity: 'warning' }],
    });
  });

  it('prints text as one student of audit, dated today unless --as-of says otherwise', () => {
    const io = memoryIo({ 'roster.csv': ROSTER_SLP }, '2026-10-02');
    const { asOf: _asOf, ...noDate } = args({ format: 'text' });
    expect(checkCommand({ ...noDate, format: 'text', roster: 'roster.csv' }, io)).toBe(1);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('Case manager check — credentials as of 2026-10-02');
    expect(lines[1]).toBe('1 student: Credential problem 1, Needs a look 0, Credential fits 0');
    expect(lines[3]).toBe(
      'Credential problem  Fixture, Avery [700201] — case manager: Nguyen, Tom (Provides instruction)',
    );
    expect(lines[4]).toMatch(/^ {2}Problem {4}instruction-authorization: /);
  });

  it('notes what the page did not show that the verdict may depend on', () => {
    const io = memoryIo();
    const code = checkCommand(
      {
        ...args(),
        file: fixture('aeries/admin/specialed/5001.html'),
        url: 'https://demo.aeries.net/admin/specialed/5001.html',
      },
      io,
    );
    expect(code).toBe(0);
    expect(io.err).toContain('5001.html: not found on the page: services');
  });

  it('prints null, notes why and exits 0 when the page gives nothing to check', () => {
    const io = memoryIo();
    expect(
      checkCommand({ ...args(), file: fixture('seis/page.html'), url: SEIS_PAGE_URL }, io),
    ).toBe(0);
    expect(io.out).toBe('null\n');
    expect(io.err).toContain('page.html: no IEP found on this page');
    expect(io.err).toContain(
      'page.html: not found on the page: caseManager, primaryDisability, grade, services',
    );
    const text = memoryIo();
    expect(
      checkCommand(
        { ...args(), format: 'text', file: fixture('seis/page.html'), url: SEIS_PAGE_URL },
        text,
      ),
    ).toBe(0);
    expect(text.out).toContain(
      '0 students: Credential problem 0, Needs a look 0, Credential fits 0',
    );
  });
});

describe('run: usage and input errors exit 2', () => {
  const page7101 = fixture('frontline/iep/doc-7101.html');
  it.each([
    [['scrape', page7101], /scrape needs --url URL/],
    [['check', page7101], /check needs --url URL/],
    [['scrape', '--url', FRONTLINE_URL], /scrape needs the saved page/],
    [['scrape', page7101, page7101, '--url', FRONTLINE_URL], /one saved page at a time/],
    [
      ['scrape', page7101, '--url', 'demo.frontlineeducation.com/iep'],
      /--url needs the page's full address/,
    ],
    [['scrape', page7101, '--url', `file://${page7101}`], /--url needs the page's full address/],
    [['scrape', page7101, '--url', ''], /--url needs a value/],
    [
      ['scrape', page7101, '--url', FRONTLINE_URL, '--format', 'csv'],
      /--format must be one of json, text/,
    ],
    [
      ['check', page7101, '--url', FRONTLINE_URL, '--format', 'html'],
      /--format must be one of text, json/,
    ],
    [
      ['scrape', page7101, '--url', FRONTLINE_URL, '--roster', 'r.csv'],
      /go with check, not scrape/,
    ],
    [
      ['check', page7101, '--url', FRONTLINE_URL, '--as-of', '2026-02-30'],
      /--as-of 2026-02-30 is not a date on the calendar/,
    ],
    [
      ['check', page7101, '--url', FRONTLINE_URL, '--as-of', '09/31/2026'],
      /--as-of 09\/31\/2026 is not a date on the calendar/,
    ],
    [
      ['check', page7101, '--url', FRONTLINE_URL, '--as-of', '2026/09/01'],
      /--as-of needs a date as YYYY-MM-DD or MM\/DD\/YYYY/,
    ],
    [['check', page7101, '--url', FRONTLINE_URL, '--bogus'], /bogus/],
  ])('%j', (argv, message) => {
    const io = memoryIo();
    expect(run(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    // One line, pointing to the command's help: not the whole usage over the message.
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/ \(see case-manager-check (scrape|check) --help\)\n$/);
    expect(io.out).toBe('');
  });

  it('names a file that cannot be read', () => {
    const io = memoryIo();
    expect(run(['scrape', 'nowhere/page.html', '--url', GENERIC_URL], io)).toBe(2);
    expect(io.err).toBe(
      'case-manager-check: cannot read nowhere/page.html: no such file or folder\n',
    );
    expect(io.out).toBe('');
  });

  it('names the roster file, line and column at fault, and reads no page', () => {
    const io = memoryIo({ 'roster.csv': 'Name,Position\n"Lee, Dana",Teacher\n' });
    expect(run(['check', 'nowhere.html', '--url', GENERIC_URL, '--roster', 'roster.csv'], io)).toBe(
      2,
    );
    expect(io.err).toMatch(
      /^case-manager-check: roster\.csv line 1, column \d+: .*"Authorization"/,
    );
    expect(io.out).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// End to end: the built command.

let pkg: string;
let work: string;
let BIN: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same without blocking this process, so a server here can answer (and count) requests. */
function cliAsync(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function write(name: string, text: string): string {
  const p = join(work, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(() => {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  pkg = mkdtempSync(join(cache, 'cmc-scrape-check-'));
  execFileSync('npm', ['run', 'build:cli', '--', '--outDir', join(pkg, 'build')], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 120_000,
  });
  mkdirSync(join(pkg, 'bin'));
  BIN = join(pkg, 'bin/case-manager-check.js');
  copyFileSync(join(ROOT, 'bin/case-manager-check.js'), BIN);
  work = mkdtempSync(join(tmpdir(), 'cmc-scrape-'));
}, 180_000);

afterAll(() => {
  if (pkg) rmSync(pkg, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('case-manager-check scrape (built)', () => {
  it.each(PAGES)('prints the %s snapshot of %s, whole', (_v, file, url, want) => {
    const r = cli(['scrape', fixture(file), '--url', url]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(want);
    // Pretty-printed, one field a line.
    expect(r.stdout.startsWith('{\n  "vendor": ')).toBe(true);
    if (file === 'seis/page.html') expect(r.stderr).toMatch(/no IEP found on this page/);
    else expect(r.stderr).toBe('');
  });

  it('prints the text summary with --format text', () => {
    const r = cli([
      'scrape',
      fixture('powerschool/specialprograms/students/1001/profile.html'),
      '--url',
      'https://demo.powerschool.com/specialprograms/students/1001/profile.html',
      '--format',
      'text',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Read by:  the powerschool reader');
    expect(r.stdout).toContain('Case manager:         Rivera, Jordan');
    expect(r.stdout).toContain('Not found on the page: services');
  });

  it('picks the adapter by --url: the same page at another address is read generically', () => {
    const r = cli(['scrape', fixture('seis/frames/header.html'), '--url', GENERIC_URL]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).vendor).toBe('generic');
  });

  it('exits 2 with a specific message on bad usage or unreadable input', () => {
    const noUrl = cli(['scrape', fixture('generic/label-table.html')]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toMatch(/^case-manager-check: scrape needs --url URL/);
    expect(noUrl.stdout).toBe('');

    const badUrl = cli(['check', fixture('generic/label-table.html'), '--url', 'not a url']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain(`--url needs the page's full address`);

    const missing = cli(['scrape', join(work, 'nope.html'), '--url', GENERIC_URL]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `case-manager-check: cannot read ${join(work, 'nope.html')}: no such file or folder\n`,
    );

    const notHtml = cli([
      'scrape',
      write('export.csv', 'Name,Grade\n"Lee, Dana",4\n'),
      '--url',
      GENERIC_URL,
    ]);
    expect(notHtml.code).toBe(2);
    expect(notHtml.stderr).toBe(
      `case-manager-check: ${join(work, 'export.csv')} is not an HTML page: it has no HTML tags\n`,
    );

    const asOf = cli([
      'check',
      fixture('generic/label-table.html'),
      '--url',
      GENERIC_URL,
      '--as-of',
      '2026-13-01',
    ]);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain('--as-of 2026-13-01 is not a date on the calendar');
  });

  it('never runs a hostile page’s scripts or handlers, and fetches nothing', async () => {
    const { server, origin, hits } = await countingServer();
    const marker = join(work, 'pwned');
    try {
      const file = write('hostile.html', hostilePage(origin, marker));
      const r = await cliAsync(['scrape', file, '--url', GENERIC_URL]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const snapshot = JSON.parse(r.stdout) as PageSnapshot;
      expect(snapshot.caseManager).toEqual({ name: 'Lee, Dana' });
      expect(snapshot.primaryDisability).toEqual({ code: '290', label: '290 - SLD' });
      expect(r.stdout).not.toContain('Evil');
      const checked = await cliAsync(['check', file, '--url', GENERIC_URL, '--format', 'json']);
      expect(checked.code).toBe(0);
      expect(checked.stdout).not.toContain('Evil');
      await new Promise((done) => setTimeout(done, 200));
      expect(existsSync(marker)).toBe(false);
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('case-manager-check check (built)', () => {
  const page7101 = fixture('frontline/iep/doc-7101.html');

  it('prints one student in the JSON of audit and exits 1 on an error finding', () => {
    const roster = write('roster-expired.csv', ROSTER_EXPIRED);
    const r = cli([
      'check',
      page7101,
      '--url',
      FRONTLINE_URL,
      '--roster',
      roster,
      '--as-of',
      '2026-09-01',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['caseManager', 'findings', 'status', 'student']);
    expect(row.student).toEqual({ id: '700201', name: 'Fixture, Avery' });
    expect(row.caseManager).toEqual({ name: 'Nguyen, Tom', role: 'instruction' });
    expect(row.status).toBe('violation');
    const findings = row.findings as Array<Record<string, string>>;
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['credential-expired', 'error']]);
    for (const f of findings) {
      expect(typeof f.message).toBe('string');
      expect(typeof f.source).toBe('string');
    }
  });

  it('gives the same row as audit would for the same student', () => {
    // The row's shape and keys are audit's own: compare with audit on a one-student export.
    const roster = write('roster-ok.csv', ROSTER_OK);
    const students = write(
      'students.csv',
      'Student ID,Name,Grade,Case Manager,Disability 1\n700201,"Fixture, Avery",4,"Nguyen, Tom",290\n',
    );
    const services = write(
      'services.csv',
      'Student ID,Service,Provider,Start Date,End Date\n700201,330,"Nguyen, Tom",2026-08-17,2027-08-16\n',
    );
    const audit = cli([
      'audit',
      '--students',
      students,
      '--services',
      services,
      '--roster',
      roster,
      '--as-of',
      '2026-09-01',
      '--format',
      'json',
    ]);
    const check = cli([
      'check',
      page7101,
      '--url',
      FRONTLINE_URL,
      '--roster',
      roster,
      '--as-of',
      '2026-09-01',
      '--format',
      'json',
    ]);
    expect(check.code).toBe(0);
    expect(audit.code).toBe(0);
    const [auditRow] = JSON.parse(audit.stdout) as unknown[];
    expect(JSON.parse(check.stdout)).toEqual(auditRow);
  });

  it('prints text like one student of audit, as of today by default, exit 0 when fine', () => {
    const roster = write('roster-ok2.csv', ROSTER_OK);
    const r = cli(['check', page7101, '--url', FRONTLINE_URL, '--roster', roster]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^Case manager check — credentials as of (${localDate(new Date())}|\\d{4}-\\d{2}-\\d{2})\n`,
      ),
    );
    expect(r.stdout).toContain(
      '1 student: Credential problem 0, Needs a look 0, Credential fits 1',
    );
    expect(r.stdout).toContain(
      'Credential fits  Fixture, Avery [700201] — case manager: Nguyen, Tom (Provides instruction)',
    );
  });

  it('exits 2 naming the roster line and column at fault', () => {
    const roster = write('roster-bad.csv', 'Name,Position\n"Nguyen, Tom",RSP Teacher\n');
    const r = cli(['check', page7101, '--url', FRONTLINE_URL, '--roster', roster]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${roster} line 1, column`);
  });

  it('prints null and a note for a page with nothing to check, exit 0', () => {
    const r = cli([
      'check',
      fixture('seis/frames/student.html'),
      '--url',
      'https://www.seis.org/frames/student.html',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('null\n');
    expect(r.stderr).toContain('no IEP found on this page');
    expect(r.stderr).toContain('https://www.seis.org/frames/header.html');
    expect(r.stderr).toContain(
      'not found on the page: caseManager, primaryDisability, grade, services',
    );
  });
});

describe('jsdom is loaded only by scrape and check', () => {
  it('keeps jsdom out of build/cli.js and out of audit and lookup', () => {
    const built = readFileSync(join(pkg, 'build/cli.js'), 'utf8');
    expect(built).not.toMatch(/^import .*["']jsdom["']/m);
    const script = `
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const cli = await import(${JSON.stringify(pathToFileURL(join(pkg, 'build/cli.js')).href)});
      const cache = createRequire(${JSON.stringify(join(ROOT, 'x.js'))}).cache;
      const loaded = () => Object.keys(cache).some((k) => /[\\\\/]node_modules[\\\\/]jsdom[\\\\/]/.test(k));
      const io = { readFile: (p) => readFileSync(p), writeFileAtomic() {}, stdout() {}, stderr() {}, today: () => '2026-01-15' };
      const seen = [loaded()];
      seen.push(cli.run(['lookup', '--disability', 'SLD'], io), loaded());
      seen.push(cli.run(['audit', '--students', ${JSON.stringify(join(ROOT, 'samples/students.csv'))}], io), loaded());
      seen.push(cli.run(['scrape', ${JSON.stringify(fixture('generic/label-table.html'))}, '--url', ${JSON.stringify(GENERIC_URL)}], io), loaded());
      console.log(JSON.stringify(seen));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const seen = JSON.parse(out) as unknown[];
    expect(seen[0]).toBe(false);
    expect(seen.slice(1, 3)).toEqual([0, false]);
    expect(seen[4]).toBe(false);
    expect(seen.slice(5)).toEqual([0, true]);
  });
});

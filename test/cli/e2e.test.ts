/**
 * End to end: builds the CLI once (npm run build:cli) and runs bin/case-manager-check.js as a
 * user would, checking exit codes, output shapes and that --out is all-or-nothing.
 */

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../../bench/generate';
import { RULE_IDS } from '../../src/rules/types';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/case-manager-check.js');
const SAMPLES = join(ROOT, 'samples');
let dir: string;

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sampleArgs = [
  '--students',
  join(SAMPLES, 'students.csv'),
  '--services',
  join(SAMPLES, 'services.csv'),
  '--roster',
  join(SAMPLES, 'roster.csv'),
  '--as-of',
  '2026-01-15',
];

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  dir = mkdtempSync(join(tmpdir(), 'cmc-e2e-'));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('audit', () => {
  it('prints the JSON array of CONTRACT §2 and exits 1 when a student has an error', () => {
    const r = cli(['audit', ...sampleArgs, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['caseManager', 'findings', 'status', 'student']);
      expect(Object.keys(row.student as object).sort()).toEqual(['id', 'name']);
      expect(Object.keys(row.caseManager as object).sort()).toEqual(['name', 'role']);
      expect(['instruction', 'support', 'coordinator', 'unknown']).toContain(
        (row.caseManager as { role: string }).role,
      );
      expect(['ok', 'review', 'violation']).toContain(row.status);
      for (const f of row.findings as Array<Record<string, string>>) {
        expect(RULE_IDS).toContain(f.rule);
        expect(typeof f.message).toBe('string');
        expect(typeof f.source).toBe('string');
      }
    }
    expect(rows[0]).toMatchObject({
      student: { id: '1000001', name: 'Alpha, Avery' },
      caseManager: { name: 'Example, Alma', role: 'instruction' },
      status: 'ok',
    });
  });

  it('the samples exercise every rule except the caseload ones', () => {
    const r = cli(['audit', ...sampleArgs, '--format', 'json']);
    const seen = new Set(
      (JSON.parse(r.stdout) as Array<{ findings: { rule: string }[] }>).flatMap((row) =>
        row.findings.map((f) => f.rule),
      ),
    );
    const expected = RULE_IDS.filter((id) => !id.startsWith('caseload-'));
    expect([...expected].filter((id) => !seen.has(id))).toEqual([]);
  });

  it('exits 0 when no student has an error', () => {
    const students = write(
      'ok-students.csv',
      'SEIS ID,Last Name,First Name,Grade Level,Case Manager,Disability 1\r\n1000001,Alpha,Avery,04,"Example, Alma",SLD\r\n',
    );
    const r = cli([
      'audit',
      '--students',
      students,
      '--services',
      join(SAMPLES, 'services.csv'),
      '--roster',
      join(SAMPLES, 'roster.csv'),
      '--as-of',
      '2026-01-15',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '1 student: Credential problem 0, Needs a look 0, Credential fits 1',
    );
    // Services of students not in the students file are a note, not a failure.
    expect(r.stderr).toMatch(/note: .*services\.csv line \d+, column 2/);
  });

  it('reads a Windows-1252 export with CRLF line ends and reordered columns', () => {
    const text =
      'Disability 1,Case Manager,Grade Level,Student Name,SEIS ID\r\n290 - Specific Learning Disability,"Example, Alma",04,"Muñoz, José",77\r\n';
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.includes(0xf1)).toBe(true);
    const students = join(dir, 'cp1252.csv');
    writeFileSync(students, bytes);
    const r = cli([
      'audit',
      '--students',
      students,
      '--roster',
      join(SAMPLES, 'roster.csv'),
      '--as-of',
      '2026-01-15',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].student).toEqual({ id: '77', name: 'Muñoz, José' });
  });

  it('exits 2 on a broken row, naming file, line and column, and writes nothing', () => {
    const students = write(
      'broken.csv',
      'SEIS ID,Name,Case Manager,Disability 1\n1,"Doe, Jan",x,SLD\n2,"Roe, Kim",y,Purple\n',
    );
    const out = join(dir, 'never.json');
    const r = cli(['audit', '--students', students, '--format', 'json', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'broken.csv line 3, column 4 ("Disability 1"): "Purple" is not a disability code or name',
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('exits 2 for a missing file or a missing column', () => {
    const missing = cli(['audit', '--students', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
    const noColumn = cli(['audit', '--students', write('nocol.csv', 'SEIS ID,Grade\n1,04\n')]);
    expect(noColumn.code).toBe(2);
    expect(noColumn.stderr).toMatch(/nocol\.csv line 1, column 3: missing column: "Case Manager"/);
  });

  it('exits 2 on bad usage with one line and a pointer to the help', () => {
    const r = cli(['audit', '--students']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^case-manager-check: .* \(see case-manager-check audit --help\)\n$/);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['audit', '--students', 'x.csv', '--as-of', '15/01/2026']).code).toBe(2);
  });

  it('--out writes the whole report atomically and leaves no temporary file', () => {
    const out = join(dir, 'report.html');
    writeFileSync(out, 'old');
    const r = cli(['audit', ...sampleArgs, '--format', 'html', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--out keeps an existing file untouched when the run fails', () => {
    const out = write('keep.csv', 'previous report');
    const r = cli([
      'audit',
      '--students',
      write('bad2.csv', 'Name,Case Manager,Disability 1\nA,B,Purple\n'),
      '--out',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous report');
  });

  it('--out into a folder that does not exist exits 2 and creates nothing', () => {
    const out = join(dir, 'no-such-folder', 'r.json');
    const r = cli(['audit', ...sampleArgs, '--format', 'json', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*r\.json/);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('csv has a header and one row per finding', () => {
    const r = cli(['audit', ...sampleArgs, '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^student_id,student_name,case_manager,role,status,rule,severity,message/,
    );
    const json = JSON.parse(cli(['audit', ...sampleArgs, '--format', 'json']).stdout) as Array<{
      findings: unknown[];
    }>;
    const expected = json.reduce((n, row) => n + Math.max(1, row.findings.length), 0);
    expect(lines.length - 1).toBe(expected);
  });
});

describe('lookup', () => {
  it('--disability 320 --format json has the CONTRACT §2 shape', () => {
    const r = cli(['lookup', '--disability', '320', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.disability).toMatchObject({ code: '320', lowIncidence: false });
    expect(typeof j.disability.name).toBe('string');
    expect(Array.isArray(j.instruction)).toBe(true);
    expect(j.instruction.length).toBeGreaterThan(0);
    for (const a of j.instruction) {
      expect(typeof a.key).toBe('string');
      expect(typeof a.name).toBe('string');
      expect(a).toHaveProperty('conditions');
    }
    expect(j.instruction.map((a: { key: string }) => a.key)).toContain('AAAS');
    expect(j).toHaveProperty('bestPracticeCaseManager');
  });

  it('--disability in text names the authorizations', () => {
    const r = cli(['lookup', '--disability', 'Autism']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/320/);
    expect(r.stdout).toMatch(/AAAS/);
  });

  it('--credential in json and text', () => {
    const j = cli(['lookup', '--credential', 'R3MN', '--format', 'json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toBeTypeOf('object');
    const t = cli(['lookup', '--credential', 'MMSN']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/Mild to Moderate Support Needs/);
  });

  it('an unknown disability or credential exits 2', () => {
    const r = cli(['lookup', '--disability', 'Purple']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"Purple" is not a disability/);
    expect(cli(['lookup', '--credential', 'XYZZY']).code).toBe(2);
  });
});

describe('the report file (--out)', () => {
  const out = () => join(dir, `report-${Math.random().toString(36).slice(2)}.html`);
  const modeOf = (p: string) => statSync(p).mode & 0o777;

  it('makes a new report readable by its owner only, and says what it wrote', () => {
    const p = out();
    const r = cli(['audit', ...sampleArgs, '--format', 'html', '--out', p]);
    expect(r.code).toBe(1);
    expect(modeOf(p)).toBe(0o600);
    expect(r.stderr).toBe(`wrote ${p}: 16 students, 6 with a credential problem\n`);
  });

  it('keeps the mode of a report it replaces', () => {
    for (const mode of [0o644, 0o640]) {
      const p = out();
      writeFileSync(p, 'old');
      chmodSync(p, mode);
      expect(cli(['audit', ...sampleArgs, '--format', 'html', '--out', p]).code).toBe(1);
      expect(modeOf(p)).toBe(mode);
      expect(readFileSync(p, 'utf8')).toMatch(/^<!doctype html>/);
    }
  });

  it('refuses an --out that is one of the inputs, and leaves it as it was', () => {
    const students = write('own-students.csv', readFileSync(join(SAMPLES, 'students.csv'), 'utf8'));
    const before = readFileSync(students, 'utf8');
    const r = cli(['audit', ...sampleArgs.slice(2), '--students', students, '--out', students]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*own-students\.csv is also an input file/);
    expect(readFileSync(students, 'utf8')).toBe(before);
  });

  it('checks the output folder before reading anything', () => {
    // The students file does not exist either: the folder is what is named, first.
    const r = cli([
      'audit',
      '--students',
      join(dir, 'none.csv'),
      '--out',
      join(dir, 'no/such/r.html'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*no\/such\/r\.html: no such file or folder/);
  });

  it('writes `-` to stdout, with no summary line', () => {
    const r = cli(['audit', ...sampleArgs, '--format', 'csv', '--out', '-']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^student_id,/);
    expect(r.stderr).toBe('');
  });

  it('writes /dev/null directly (as root, renaming over it replaced the device)', () => {
    const r = cli(['audit', ...sampleArgs, '--out', '/dev/null']);
    expect(r.code).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((f) => f.startsWith('.null.'))).toEqual([]);
  });

  it('names /dev/zero as no regular file instead of reading it until killed', () => {
    const r = cli(['audit', '--students', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read \/dev\/zero: it is not a regular file/);
  });

  it('writes into a pipe directly, never renaming a file over it', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d) => {
      got += d;
    });
    const done = new Promise((ok) => reader.on('close', ok));
    const r = cli(['audit', ...sampleArgs, '--format', 'csv', '--out', fifo]);
    expect(r.code).toBe(1);
    return done.then(() => {
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(got).toMatch(/^student_id,/);
    });
  });

  it('leaves no temporary file when stopped by Ctrl-C while writing', async () => {
    const big = mkdtempSync(join(dir, 'big-'));
    const gen = generateExport(150_000, 11);
    for (const k of ['students', 'services', 'roster'] as const)
      writeFileSync(join(big, `${k}.csv`), gen[k]);
    const report = join(big, 'report.json');
    const child = spawn(process.execPath, [
      BIN,
      'audit',
      ...['--students', 'services', 'roster'].flatMap((k) =>
        k === '--students' ? [k, join(big, 'students.csv')] : [`--${k}`, join(big, `${k}.csv`)],
      ),
      '--as-of',
      '2026-01-15',
      '--format',
      'json',
      '--out',
      report,
    ]);
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    let sent = false;
    const deadline = Date.now() + 120_000;
    while (!sent && Date.now() < deadline && child.exitCode === null) {
      if (readdirSync(big).some((f) => f.endsWith('.tmp'))) {
        child.kill('SIGINT');
        sent = true;
      } else await new Promise((ok) => setTimeout(ok, 2));
    }
    const code = await exited;
    expect(sent).toBe(true);
    expect(readdirSync(big).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The writing is synchronous: the signal is handled once it ends, so the report is either
    // not there (130) or whole (the audit's own status, when the process ended first).
    if (existsSync(report)) {
      expect(readFileSync(report, 'utf8').endsWith('}\n]\n')).toBe(true);
      expect([1, 130]).toContain(code);
    } else expect(code).toBe(130);
  }, 180_000);
});

describe('what the command line says (issue 15)', () => {
  it('counts in plurals, shows each finding its source, gives no advice about settings it lacks', () => {
    const r = cli(['audit', ...sampleArgs.filter((_, i) => i < 2 || i > 3)]);
    expect(r.stdout.split('\n')[1]).toBe(
      '16 students: Credential problem 0, Needs a look 11, Credential fits 5',
    );
    expect(r.stdout).toContain('Roles not known: no services file was given');
    expect(r.stdout).not.toMatch(/settings|your profile|The page does not show/);
    expect(r.stdout).toMatch(
      /role-unknown: The services were not read \(the page does not show them, or no services export was given\)/,
    );
    const full = cli(['audit', ...sampleArgs]);
    expect(full.stdout.split('\n')[1]).toBe(
      '16 students: Credential problem 6, Needs a look 6, Credential fits 4',
    );
    const findings = full.stdout
      .split('\n')
      .filter((l) => /^ {2}(Problem|Check|OK|Suggestion|Note) /.test(l));
    const sources = full.stdout.split('\n').filter((l) => /^ {13}source: /.test(l));
    expect(sources.length).toBe(findings.length);
  });

  it('explains the columns of the caseloads table', () => {
    const r = cli(['caseloads', ...sampleArgs]);
    expect(r.stdout).toMatch(/Count: students in it\. Limit: the limit in law/);
    expect(r.stdout).toMatch(
      /Students: how many of them have a credential problem \/ need a look \/ fit/,
    );
  });

  it("prints a command's own help", () => {
    const r = cli(['audit', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage:\n {2}case-manager-check audit --students FILE/);
    expect(r.stdout).not.toContain('case-manager-check lookup');
  });
});

import { describe, expect, it } from 'vitest';
import { printNotes, writeOutput } from '../../src/cli/commands/output';
import type { CliIo } from '../../src/cli/io';

function capture() {
  const got = { out: '', err: '', files: {} as Record<string, string> };
  const io: CliIo = {
    readFile: () => new Uint8Array(),
    writeFileAtomic: (path, content) => {
      got.files[path] = content;
    },
    stdout: (text) => {
      got.out += text;
    },
    stderr: (text) => {
      got.err += text;
    },
    today: () => '2026-01-15',
  };
  return { io, got };
}

const note = (line: number) => ({ file: 'services.csv', line, column: 2, message: 'set aside' });

describe('printNotes', () => {
  it('prints up to 20 notes in full', () => {
    const { io, got } = capture();
    printNotes(
      io,
      Array.from({ length: 20 }, (_, i) => note(i + 2)),
    );
    expect(got.err.split('\n').filter(Boolean)).toHaveLength(20);
    expect(got.err).not.toMatch(/more notes/);
  });

  it('counts the notes past the first 20', () => {
    const { io, got } = capture();
    printNotes(
      io,
      Array.from({ length: 23 }, (_, i) => note(i + 2)),
    );
    const lines = got.err.split('\n').filter(Boolean);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^note: services\.csv line 2, column 2/);
    expect(lines[20]).toBe('note: 3 more notes not shown');
  });
});

describe('writeOutput', () => {
  it('writes to --out when given, else to stdout', () => {
    const { io, got } = capture();
    writeOutput(io, 'report.html', '<html>');
    writeOutput(io, undefined, 'text');
    expect(got.files).toEqual({ 'report.html': '<html>' });
    expect(got.out).toBe('text');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInputSizes, InputError, readInput } from '../../src/cli/io';

const dir = mkdtempSync(join(tmpdir(), 'cmc-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a regular file whole, past its first buffer', () => {
    const p = join(dir, 'big.csv');
    const text = 'x'.repeat(200_000);
    writeFileSync(p, text);
    expect(new TextDecoder().decode(readInput(p))).toBe(text);
  });

  it('names a device instead of reading it until killed', () => {
    expect(() => readInput('/dev/zero')).toThrow(InputError);
    expect(() => readInput('/dev/zero')).toThrow(/\/dev\/zero: it is not a regular file/);
  });

  it('names a folder', () => {
    expect(() => readInput(dir)).toThrow(/it is a folder, not a file/);
  });

  it('refuses a file larger than a string can hold, with a message', () => {
    const p = join(dir, 'over.csv');
    writeFileSync(p, 'y'.repeat(5000));
    expect(() => readInput(p, 4096)).toThrow(/larger than 0 MiB|split the export/);
    expect(readInput(p, 5000)).toHaveLength(5000);
  });

  it('names a missing file', () => {
    expect(() => readInput(join(dir, 'nope.csv'))).toThrow(/nope\.csv: no such file or folder/);
  });
});

describe('checkInputSizes', () => {
  it('refuses inputs whose audit would not fit in memory, before reading them', () => {
    const p = join(dir, 'students.csv');
    writeFileSync(p, 'z'.repeat(10_000));
    expect(() => checkInputSizes([p], 1_000_000)).not.toThrow();
    expect(() => checkInputSizes([p], 20_000)).toThrow(/need about .* MiB of memory to audit/);
    // A device or a missing file is left for readInput to name.
    expect(() => checkInputSizes(['/dev/zero', join(dir, 'nope.csv')], 1)).not.toThrow();
  });
});

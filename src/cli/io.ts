/**
 * The command line's contact with the outside world: reading input files, writing output
 * atomically, printing. Everything else in src/cli is given a CliIo, so tests can run commands
 * in memory.
 */

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A failure that ends the run with exit status 2 and a message naming the file at fault. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface CliIo {
  readFile(path: string): Uint8Array;
  /** Writes the whole content or nothing: a temporary file in the same folder, then rename. */
  writeFileAtomic(path: string, content: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today's date, YYYY-MM-DD, local time. */
  today(): string;
}

export const nodeIo: CliIo = {
  readFile(path) {
    try {
      return readFileSync(path);
    } catch (e) {
      throw new InputError(`cannot read ${path}: ${describeFsError(e)}`);
    }
  },
  writeFileAtomic(path, content) {
    writeFileAtomic(path, content);
  },
  stdout(text) {
    process.stdout.write(text);
  },
  stderr(text) {
    process.stderr.write(text);
  },
  today() {
    return localDate(new Date());
  },
};

export function localDate(d: Date): string {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = Buffer.from(content, 'utf8');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed or never opened
      }
    }
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${path}: ${describeFsError(e)}`);
  }
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

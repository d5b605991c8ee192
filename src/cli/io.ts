/**
 * The command line's contact with the outside world: reading input files, writing output
 * atomically, printing. Everything else in src/cli is given a CliIo, so tests can run commands
 * in memory.
 */

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { InputError } from '../batch/input-error';
import type { ByteSource } from '../csv/chunked';

export { InputError };

export interface CliIo {
  readFile(path: string): Uint8Array;
  /**
   * The file's bytes in pieces, each time they are asked for (csv/chunked.ts reads a large
   * export so, never whole); its checks are readFile's, made as the first piece is read.
   * Without it, files are read whole.
   */
  readChunks?(path: string): ByteSource;
  /** Writes the whole content or nothing: a temporary file in the same folder, then rename. */
  writeFileAtomic(path: string, content: string): void;
  /**
   * writeFileAtomic for a report given in pieces (never joined: a statewide report is longer
   * than V8's longest string); `-` is stdout. Without it, the pieces are joined and given to
   * writeFileAtomic or stdout (the tests' in-memory io).
   */
  writeReport?(path: string, chunks: Iterable<string>): void;
  /**
   * Checks, before any input is read, that the report can be written at `path`: its folder
   * exists and is writable, and it is none of the input files. Throws InputError.
   */
  checkOutput?(path: string, inputs: readonly string[]): void;
  /** Checks, before any is read, that the inputs' audit fits in memory. Throws InputError. */
  checkInputs?(paths: readonly string[]): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today's date, YYYY-MM-DD, local time. */
  today(): string;
}

export const nodeIo: CliIo = {
  readFile(path) {
    return readInput(path);
  },
  readChunks(path) {
    return {
      chunks: () => readPieces(path),
      bytes: () => readInput(path),
    };
  },
  writeFileAtomic(path, content) {
    writeFileAtomic(path, content);
  },
  writeReport(path, chunks) {
    if (path === '-') writeStdout(chunks);
    else writeFileAtomic(path, chunks);
  },
  checkOutput(path, inputs) {
    checkOutput(path, inputs);
  },
  checkInputs(paths) {
    checkInputSizes(paths, getHeapStatistics().heap_size_limit);
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

/**
 * The largest input read: the text of a file is one string, and V8's longest is 2^29 - 24
 * characters (about 512 MiB of ASCII); a larger file would crash Node with a native stack trace
 * rather than fail.
 */
export const MAX_INPUT_BYTES = 2 ** 29 - 24;

/**
 * What readInput and readPieces check of an open input before reading it: a regular file, at
 * most `limit` bytes. Returns its size and the error for a file found larger while it is read.
 */
function checkInput(
  fd: number,
  path: string,
  limit: number,
): { size: number; tooLarge: () => InputError } {
  const st = fstatSync(fd);
  if (st.isDirectory()) throw new InputError(`cannot read ${path}: it is a folder, not a file`);
  if (!st.isFile()) {
    throw new InputError(
      `cannot read ${path}: it is not a regular file (a device, a pipe or a socket); save the export to a file and give its name`,
    );
  }
  const tooLarge = () =>
    new InputError(
      `cannot read ${path}: it is larger than ${Math.floor(limit / 2 ** 20)} MiB, more than one file this command reads can hold; split the export (by school, say) and audit each part`,
    );
  if (st.size > limit) throw tooLarge();
  return { size: st.size, tooLarge };
}

/**
 * An input file's bytes. Only regular files are read (a folder, a FIFO or /dev/zero would be
 * read until memory runs out, or forever), and only up to MAX_INPUT_BYTES: read in pieces, so a
 * file that grows while it is read stops at the limit too.
 */
export function readInput(path: string, limit = MAX_INPUT_BYTES): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size, tooLarge } = checkInput(fd, path, limit);
    let buf = Buffer.allocUnsafe(Math.max(size, 65536));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (buf.length >= limit) throw tooLarge();
        const grown = Buffer.allocUnsafe(Math.min(limit + 1, buf.length * 2));
        buf.copy(grown, 0, 0, n);
        buf = grown;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > limit) throw tooLarge();
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof RangeError) {
      throw new InputError(`cannot read ${path}: there is not enough memory to hold it`);
    }
    throw new InputError(`cannot read ${path}: ${describeFsError(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * readPieces reads this much at a time and hands it on in pieces of PIECE_BYTES: each piece's
 * text is then a young object, freed cheaply (see csv/chunked.ts).
 */
const READ_BYTES = 1 << 18;
const PIECE_BYTES = 1 << 14;

/**
 * An input file's bytes, a piece at a time (one buffer, reused: each piece is valid until the
 * next is read), with readInput's checks: a regular file, at most `limit` bytes.
 */
export function* readPieces(path: string, limit = MAX_INPUT_BYTES): Generator<Uint8Array> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { tooLarge } = checkInput(fd, path, limit);
    const buf = Buffer.allocUnsafe(READ_BYTES);
    let total = 0;
    for (;;) {
      let got: number;
      try {
        got = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        throw new InputError(`cannot read ${path}: ${describeFsError(e)}`);
      }
      if (got === 0) break;
      total += got;
      if (total > limit) throw tooLarge();
      for (let at = 0; at < got; at += PIECE_BYTES) {
        yield buf.subarray(at, Math.min(got, at + PIECE_BYTES));
      }
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${describeFsError(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * How much memory the audit takes per byte of input, measured (800,000 students: 1.4 GB peak
 * for 323 MB of files; 2,000,000: 3.2 GB for 811 MB) and rounded up.
 */
const MEMORY_PER_INPUT_BYTE = 5;

/**
 * Refuses, with a message, inputs whose audit would need more memory than this Node process may
 * use: past its heap limit V8 does not throw, it aborts the process with a native stack trace.
 * Sizes are read with stat before any file is read.
 */
export function checkInputSizes(paths: readonly string[], heapLimit: number): void {
  let total = 0;
  for (const path of paths) {
    try {
      const st = statSync(path);
      if (st.isFile()) total += st.size;
    } catch {
      // Named when it is read.
    }
  }
  const need = total * MEMORY_PER_INPUT_BYTE;
  if (need > heapLimit) {
    const mb = (n: number) => Math.ceil(n / 2 ** 20).toLocaleString('en-US');
    throw new InputError(
      `the input files (${mb(total)} MiB) need about ${mb(need)} MiB of memory to audit, more than this Node process may use (${mb(heapLimit)} MiB): run it with NODE_OPTIONS=--max-old-space-size=${Math.ceil((need * 1.2) / 2 ** 20)} if the machine has that much, or split the export (by school, say) and audit each part`,
    );
  }
}

/** See CliIo.checkOutput. */
export function checkOutput(path: string, inputs: readonly string[]): void {
  if (path === '-') return;
  const same = (a: string, b: string) => {
    if (resolve(a) === resolve(b)) return true;
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return false;
    }
  };
  for (const input of inputs) {
    if (same(path, input)) {
      throw new InputError(
        `--out ${path} is also an input file; the report would replace the export it reads`,
      );
    }
  }
  let st: ReturnType<typeof statSync> | undefined;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new InputError(`cannot write ${path}: it is a folder, not a file`);
  if (st !== undefined && !st.isFile()) return; // a device or a pipe: written directly
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new InputError(`cannot write ${path}: ${describeFsError(e)} (${dir})`);
  }
}

/** Pieces are gathered to this size before each write. */
const WRITE_BUFFER = 1 << 20;

/** Writes pieces of text to a file descriptor, a buffer at a time. */
function writeChunks(fd: number, chunks: Iterable<string>): void {
  const buf = Buffer.allocUnsafe(WRITE_BUFFER);
  let used = 0;
  const flush = () => {
    let off = 0;
    while (off < used) off += writeSync(fd, buf, off, used - off);
    used = 0;
  };
  for (const chunk of chunks) {
    if (chunk.length * 3 > WRITE_BUFFER - used) {
      flush();
      if (chunk.length * 3 > WRITE_BUFFER) {
        const bytes = Buffer.from(chunk, 'utf8');
        let off = 0;
        while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
        continue;
      }
    }
    used += buf.write(chunk, used, 'utf8');
  }
  flush();
}

/** `--out -` and no --out: stdout, gathered into large pieces. */
function writeStdout(chunks: Iterable<string>): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_BUFFER) {
      process.stdout.write(pending);
      pending = '';
    }
  }
  if (pending !== '') process.stdout.write(pending);
}

/** Temporary files being written, removed if the process is stopped by a signal. */
const pendingTemps = new Set<string>();
let signalsWatched = false;

/**
 * Removes any temporary report on SIGINT or SIGTERM, then exits as the signal would have.
 * The writing is synchronous, so a signal that comes during it is handled right after it: the
 * temporary file has then been renamed into place or removed, and never stays behind (without
 * this handler the signal ended the process mid-write, leaving a hidden .tmp with every
 * student's row in it).
 */
function watchSignals(): void {
  if (signalsWatched) return;
  signalsWatched = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      for (const tmp of pendingTemps) rmSync(tmp, { force: true });
      process.exit(code);
    });
  }
}

/**
 * Writes the whole content or nothing: a temporary file in the same folder, then rename. A new
 * file is made readable by its owner only (0600: the report names students); an existing one
 * keeps its mode. A device or a pipe (/dev/null, /dev/stdout) is written directly: renaming
 * over it would replace the device with a file.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  const chunks = typeof content === 'string' ? [content] : content;
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'w');
      writeChunks(fd, chunks);
    } catch (e) {
      throw new InputError(`cannot write ${path}: ${describeFsError(e)}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return;
  }
  const mode = existing !== undefined ? existing.mode & 0o7777 : 0o600;
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  watchSignals();
  pendingTemps.add(tmp);
  try {
    fd = openSync(tmp, 'wx', 0o600);
    // openSync's mode passes through the umask; the existing file's mode is kept exactly.
    fchmodSync(fd, mode);
    writeChunks(fd, chunks);
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
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot write ${path}: ${describeFsError(e)}`);
  } finally {
    pendingTemps.delete(tmp);
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

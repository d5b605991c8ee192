/** Command-line arguments (CONTRACT.md §2), parsed with node:util parseArgs. */

import { parseArgs } from 'node:util';
import type { CaseloadLimits } from '../rules/caseload';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  case-manager-check audit --students FILE [--services FILE] [--roster FILE]
                           [--as-of YYYY-MM-DD] [--format text|json|csv|html] [--out FILE]
  case-manager-check caseloads --students FILE --services FILE [--roster FILE]
                               [--as-of YYYY-MM-DD] [--format text|json|csv|html] [--out FILE]
                               [--rsp-limit N] [--speech-average N] [--speech-preschool-limit N]
  case-manager-check lookup --disability CODE|NAME [--grade G] [--service CODE]
                            [--format text|json]
  case-manager-check lookup --credential KEY|CTC-CODE|NAME [--format text|json]
  case-manager-check scrape FILE.html --url URL [--format json|text]
  case-manager-check check FILE.html --url URL [--roster FILE] [--as-of YYYY-MM-DD]
                           [--format text|json]
  case-manager-check --help | --version

scrape reads a saved vendor page (the browser's "Save page as", HTML) with the extension's own
readers and prints what it found, and what it looked for and did not find. --url is the page's
real address, as shown in the browser: it picks the vendor's reader. The page's scripts never
run and nothing is fetched, so a page whose data its scripts load shows those fields missing.
check reads the page the same way and checks it, as one student of audit (--format json: one
object, or null when the page shows neither a case manager nor a primary disability: nothing
to check, as in the browser). --as-of defaults to today.

caseloads counts each case manager's students, and each provider's resource specialist and
speech students, against the limits in law (28; 55 on average; 40 when serving only children
aged 3 to 5); the --…-limit options set a district's own.

Exit status: 0 ran, no error finding; 1 an error finding; 2 bad usage or unreadable input.
`;

export type AuditFormat = 'text' | 'json' | 'csv' | 'html';
export type LookupFormat = 'text' | 'json';
export type PageFormat = 'text' | 'json';

export interface AuditArgs {
  command: 'audit';
  students: string;
  services?: string;
  roster?: string;
  asOf?: string;
  format: AuditFormat;
  out?: string;
}

export interface CaseloadsArgs {
  command: 'caseloads';
  students: string;
  services: string;
  roster?: string;
  asOf?: string;
  format: AuditFormat;
  out?: string;
  limits: Partial<CaseloadLimits>;
}

export type LookupArgs =
  | {
      command: 'lookup';
      kind: 'disability';
      query: string;
      grade?: string;
      services: string[];
      format: LookupFormat;
    }
  | { command: 'lookup'; kind: 'credential'; query: string; format: LookupFormat };

export interface ScrapeArgs {
  command: 'scrape';
  /** The saved page. */
  file: string;
  /** The page's real address (http or https), checked to parse. */
  url: string;
  format: PageFormat;
}

export interface CheckArgs {
  command: 'check';
  file: string;
  url: string;
  roster?: string;
  asOf?: string;
  format: PageFormat;
}

export type Command =
  | AuditArgs
  | CaseloadsArgs
  | LookupArgs
  | ScrapeArgs
  | CheckArgs
  | { command: 'help' }
  | { command: 'version' };

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { command: 'help' };
  }
  if (name === '--version' || name === '-v') return { command: 'version' };
  switch (name) {
    case 'audit':
      return parseAudit(rest);
    case 'caseloads':
      return parseCaseloads(rest);
    case 'lookup':
      return parseLookup(rest);
    case 'scrape':
    case 'check':
      return parsePage(name, rest);
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

/** Runs parseArgs, turning its errors into usage errors. */
function guard<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    throw new UsageError(
      e instanceof Error ? e.message.replace(/\. To specify.*$/s, '') : String(e),
    );
  }
}

/** The options `audit` and `caseloads` share: the export's files, the check date, the output. */
const EXPORT_OPTIONS = {
  students: { type: 'string' },
  services: { type: 'string' },
  roster: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string', default: 'text' },
  out: { type: 'string' },
} as const;

/** The shared options besides the students and services files, checked. */
function exportArgs(values: {
  roster?: string;
  'as-of'?: string;
  format?: string;
  out?: string;
}): Pick<AuditArgs, 'roster' | 'asOf' | 'format' | 'out'> {
  const format = oneOf(
    values.format as string,
    ['text', 'json', 'csv', 'html'] as const,
    '--format',
  );
  const result: Pick<AuditArgs, 'roster' | 'asOf' | 'format' | 'out'> = { format };
  const roster = nonEmpty(values.roster, '--roster');
  if (roster !== undefined) result.roster = roster;
  const out = nonEmpty(values.out, '--out');
  if (out !== undefined) result.out = out;
  const asOf = values['as-of'];
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of needs a date as YYYY-MM-DD, not "${asOf}"`);
    result.asOf = asOf;
  }
  return result;
}

function parseAudit(args: string[]): AuditArgs {
  const { values } = guard(() =>
    parseArgs({ args, strict: true, allowPositionals: false, options: EXPORT_OPTIONS }),
  );
  const students = nonEmpty(values.students, '--students');
  if (students === undefined) throw new UsageError('audit needs --students FILE');
  const result: AuditArgs = { command: 'audit', students, ...exportArgs(values) };
  const services = nonEmpty(values.services, '--services');
  if (services !== undefined) result.services = services;
  return result;
}

const LIMIT_OPTIONS = {
  'rsp-limit': 'resourceSpecialist',
  'speech-average': 'speechAverage',
  'speech-preschool-limit': 'speechPreschool',
} as const;

function parseCaseloads(args: string[]): CaseloadsArgs {
  const { values } = guard(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        ...EXPORT_OPTIONS,
        'rsp-limit': { type: 'string' },
        'speech-average': { type: 'string' },
        'speech-preschool-limit': { type: 'string' },
      },
    }),
  );
  const students = nonEmpty(values.students, '--students');
  const services = nonEmpty(values.services, '--services');
  if (students === undefined || services === undefined) {
    throw new UsageError('caseloads needs --students FILE and --services FILE');
  }
  const result: CaseloadsArgs = {
    command: 'caseloads',
    students,
    services,
    ...exportArgs(values),
    limits: {},
  };
  for (const [option, key] of Object.entries(LIMIT_OPTIONS)) {
    const given = values[option as keyof typeof LIMIT_OPTIONS];
    if (given === undefined) continue;
    if (!/^[1-9]\d{0,3}$/.test(given)) {
      throw new UsageError(`--${option} needs a whole number of students, not "${given}"`);
    }
    result.limits[key] = Number(given);
  }
  return result;
}

function parseLookup(args: string[]): LookupArgs {
  const { values } = guard(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        disability: { type: 'string' },
        credential: { type: 'string' },
        grade: { type: 'string' },
        service: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
      },
    }),
  );
  const format = oneOf(values.format as string, ['text', 'json'] as const, '--format');
  const disability = nonEmpty(values.disability as string | undefined, '--disability');
  const credential = nonEmpty(values.credential as string | undefined, '--credential');
  if ((disability === undefined) === (credential === undefined)) {
    throw new UsageError('lookup needs exactly one of --disability or --credential');
  }
  if (credential !== undefined) {
    if (values.grade !== undefined || values.service !== undefined) {
      throw new UsageError('--grade and --service go with --disability, not --credential');
    }
    return { command: 'lookup', kind: 'credential', query: credential, format };
  }
  const result: LookupArgs = {
    command: 'lookup',
    kind: 'disability',
    query: disability as string,
    services: ((values.service as string[] | undefined) ?? []).flatMap((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    ),
    format,
  };
  const grade = nonEmpty(values.grade as string | undefined, '--grade');
  if (grade !== undefined) result.grade = grade;
  return result;
}

/** `scrape FILE --url URL [--format]` and `check FILE --url URL [--roster] [--as-of] [--format]`. */
function parsePage(command: 'scrape' | 'check', args: string[]): ScrapeArgs | CheckArgs {
  const { values, positionals } = guard(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string' },
        roster: { type: 'string' },
        'as-of': { type: 'string' },
      },
    }),
  );
  if (command === 'scrape' && (values.roster !== undefined || values['as-of'] !== undefined)) {
    throw new UsageError('--roster and --as-of go with check, not scrape');
  }
  if (positionals.length === 0) {
    throw new UsageError(`${command} needs the saved page: ${command} FILE.html --url URL`);
  }
  if (positionals.length > 1) {
    throw new UsageError(
      `${command} reads one saved page at a time, not ${positionals.length} (${positionals.join(', ')})`,
    );
  }
  const file = nonEmpty(positionals[0], 'FILE') as string;
  const url = pageUrl(nonEmpty(values.url, '--url'), command);
  const format = oneOf(
    values.format ?? (command === 'scrape' ? 'json' : 'text'),
    command === 'scrape' ? (['json', 'text'] as const) : (['text', 'json'] as const),
    '--format',
  );
  if (command === 'scrape') return { command, file, url, format };
  const result: CheckArgs = { command, file, url, format };
  const roster = nonEmpty(values.roster, '--roster');
  if (roster !== undefined) result.roster = roster;
  const asOf = values['as-of'];
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of needs a date as YYYY-MM-DD, not "${asOf}"`);
    result.asOf = asOf;
  }
  return result;
}

/**
 * The page's real address: an http(s) URL as the browser showed it. It picks the vendor's
 * reader, so a wrong one (a file:// path, a bare host) would read the page with the wrong rules.
 */
function pageUrl(value: string | undefined, command: string): string {
  if (value === undefined) {
    throw new UsageError(
      `${command} needs --url URL, the page's address as the browser showed it (it picks the vendor's reader)`,
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UsageError(
      `--url needs the page's full address as the browser showed it, like https://www.seis.org/…, not "${value}"`,
    );
  }
  return url.href;
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Command-line arguments (CONTRACT.md §2), parsed with node:util parseArgs. */

import { parseArgs } from 'node:util';
import type { ReportFormat } from '../batch/format/report';
import type { CaseloadLimits } from '../rules';

export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose help to point to (audit, lookup…); undefined for the program's. */
  command: string | undefined;
}

const AUDIT_HELP = `  case-manager-check audit --students FILE [--services FILE] [--roster FILE]
                           [--as-of DATE] [--format text|json|csv|html] [--out FILE]
`;
const CASELOADS_HELP = `  case-manager-check caseloads --students FILE --services FILE [--roster FILE]
                               [--as-of DATE] [--format text|json|csv|html] [--out FILE]
                               [--rsp-limit N] [--speech-average N] [--speech-preschool-limit N]
`;
const LOOKUP_HELP = `  case-manager-check lookup --disability CODE|NAME [--grade G] [--service CODE]
                            [--format text|json]
  case-manager-check lookup --credential KEY|CTC-CODE|NAME [--format text|json]
`;
const SCRAPE_HELP = `  case-manager-check scrape FILE.html --url URL [--format json|text]
`;
const CHECK_HELP = `  case-manager-check check FILE.html --url URL [--roster FILE] [--as-of DATE]
                           [--format text|json]
`;

const EXPORT_TEXT = `The files are CSV exports (UTF-8 or Windows-1252, comma, semicolon or tab separated), each
recognised by its headers; samples/README.md lists the columns. A file that cannot be read
fully (a damaged line, a header without rows, a column named twice) stops the run: exit 2, and
the message names the file, line and column. Without --services no role is known: a case
manager whose credential would not cover teaching the student is marked to review.
--as-of DATE is YYYY-MM-DD or MM/DD/YYYY (default today). --format: text (default), json, csv
or html. --out FILE writes the report there whole or not at all (a new file readable by you
only; - is stdout) and prints a one-line summary; without it the report goes to stdout.
`;

const AUDIT_TEXT = `audit checks every student's case manager against the credential the student's IEP requires.
${EXPORT_TEXT}`;

const CASELOADS_TEXT = `caseloads counts each case manager's students, and each provider's resource specialist and
speech students, against the limits in law (28; 55 on average; 40 when serving only children
aged 3 to 5); the --…-limit options set a district's own. The students' verdicts come from the
same audit.
${EXPORT_TEXT}`;

const LOOKUP_TEXT = `lookup tells which credentials allow case management of a disability (with --grade and
--service, for that grade and those services), or what a credential covers.
`;

const SCRAPE_TEXT = `scrape reads a saved vendor page (the browser's "Save page as", HTML) with the extension's own
readers and prints what it found, and what it looked for and did not find. --url is the page's
real address, as shown in the browser: it picks the vendor's reader. The page's scripts never
run and nothing is fetched, so a page whose data its scripts load shows those fields missing.
`;

const CHECK_TEXT = `check reads the page the same way and checks it, as one student of audit (--format json: one
object, or null when the page shows neither a case manager nor a primary disability: nothing
to check, as in the browser). --as-of (YYYY-MM-DD or MM/DD/YYYY) defaults to today.
`;

const EXIT_TEXT = `Exit status: 0 ran, no error finding; 1 an error finding; 2 bad usage or unreadable input.
`;

export const USAGE = `Usage:
${AUDIT_HELP}${CASELOADS_HELP}${LOOKUP_HELP}${SCRAPE_HELP}${CHECK_HELP}  case-manager-check --help | --version
  case-manager-check COMMAND --help

${SCRAPE_TEXT}${CHECK_TEXT}
${CASELOADS_TEXT.split('\n').slice(0, 4).join('\n')}

${EXIT_TEXT}`;

/** Each command's own help: `case-manager-check audit --help`. */
export const COMMAND_HELP: Record<string, string> = {
  audit: `Usage:\n${AUDIT_HELP}\n${AUDIT_TEXT}\n${EXIT_TEXT}`,
  caseloads: `Usage:\n${CASELOADS_HELP}\n${CASELOADS_TEXT}\n${EXIT_TEXT}`,
  lookup: `Usage:\n${LOOKUP_HELP}\n${LOOKUP_TEXT}\n${EXIT_TEXT}`,
  scrape: `Usage:\n${SCRAPE_HELP}\n${SCRAPE_TEXT}\n${EXIT_TEXT}`,
  check: `Usage:\n${CHECK_HELP}\n${CHECK_TEXT}\n${EXIT_TEXT}`,
};

export type AuditFormat = ReportFormat;
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
  | { command: 'help'; topic?: string }
  | { command: 'version' };

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { command: 'help' };
  }
  if (name === '--version' || name === '-v') return { command: 'version' };
  if (name in COMMAND_HELP && (rest.includes('--help') || rest.includes('-h'))) {
    return { command: 'help', topic: name };
  }
  try {
    return parseNamed(name, rest);
  } catch (e) {
    if (e instanceof UsageError && name in COMMAND_HELP) e.command ??= name;
    throw e;
  }
}

function parseNamed(name: string, rest: string[]): Command {
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
  if (asOf !== undefined) result.asOf = parseAsOf(asOf);
  return result;
}

/**
 * --as-of as YYYY-MM-DD, or MM/DD/YYYY as the exports and the CTC write dates; a date of the
 * right shape that is not on the calendar (02/30/2026) is named as such.
 */
export function parseAsOf(value: string): string {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : undefined;
  if (parts === undefined) {
    throw new UsageError(`--as-of needs a date as YYYY-MM-DD or MM/DD/YYYY, not "${value}"`);
  }
  const date = `${parts[0]}-${(parts[1] as string).padStart(2, '0')}-${(parts[2] as string).padStart(2, '0')}`;
  if (!isIsoDate(date)) throw new UsageError(`--as-of ${value} is not a date on the calendar`);
  return date;
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
  if (asOf !== undefined) result.asOf = parseAsOf(asOf);
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

/**
 * `scrape FILE.html --url URL [--format json|text]` (CONTRACT.md §2): what the extension's
 * adapter reads from a saved vendor page. JSON is the snapshot of CONTRACT.md §4; text is a
 * summary for a support person, ending with what the adapter looked for and did not find.
 *
 * Exit status 0 whenever the page was read, even when it shows no IEP (the summary says so, and
 * a note on stderr); 2 when the file cannot be read or is no HTML page.
 */

import { hasContent } from '../../scrape/merge';
import type { PageSnapshot, SnapshotService } from '../../scrape/snapshot';
import type { ScrapeArgs } from '../args';
import type { CliIo } from '../io';
import { type PageReading, readSavedPage } from '../page';

/** Reads the page the arguments name (io.readFile throws InputError when it cannot). */
export function scrapePage(args: { file: string; url: string }, io: CliIo): PageReading {
  return readSavedPage({ file: args.file, data: io.readFile(args.file) }, args.url);
}

export function scrapeCommand(args: ScrapeArgs, io: CliIo): number {
  const reading = scrapePage(args, io);
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify(reading.snapshot, null, 2)}\n`);
    const note = noIepNote(reading);
    if (note !== null) io.stderr(`note: ${args.file}: ${note}\n`);
  } else {
    io.stdout(formatSnapshotText(reading, args));
  }
  return 0;
}

/**
 * Why a page shows no IEP, or null when it shows one: nothing IEP-like was found (the test the
 * extension uses to leave a frame out), with the frames to save on their own if it has any.
 */
export function noIepNote(reading: PageReading): string | null {
  if (hasContent(reading.snapshot)) return null;
  const parts = [
    `no IEP found on this page: the ${reading.snapshot.vendor} reader found no student, case manager, disability or service`,
  ];
  if (reading.frames.length > 0) {
    parts.push(
      `the page is made of frames, whose content a saved page does not hold; save each frame on its own (right-click in it, "Save frame as") and read it with its own address: ${reading.frames.join(', ')}`,
    );
  }
  if (reading.scripted) {
    parts.push(
      'the page has scripts, which never run here: if they put the IEP on the page, save it from the browser once it shows the IEP, as "Webpage, Complete"',
    );
  }
  parts.push(
    'check that --url is the address the browser showed for this page, and that the file is the IEP page itself',
  );
  return parts.join('; ');
}

const VIEW_LABEL: Record<PageSnapshot['iep'], string> = {
  current: 'the current IEP',
  future: 'a future IEP (draft or amendment)',
  unknown: 'not shown',
};

/** The text summary of a snapshot: one line per field, the services, then what is missing. */
export function formatSnapshotText(
  reading: PageReading,
  source: { file: string; url: string },
): string {
  const s = reading.snapshot;
  const lines: string[] = [];
  lines.push(`Page:     ${source.file}`);
  lines.push(`Address:  ${source.url}`);
  lines.push(`Read by:  the ${s.vendor} reader`);
  lines.push(`IEP:      ${VIEW_LABEL[s.iep]}`);
  lines.push('');
  const who = `${s.student.name ?? '(no name)'}${s.student.id !== undefined ? ` [${s.student.id}]` : ''}`;
  const student = [
    who,
    s.student.grade !== undefined ? `grade ${s.student.grade}` : '',
    s.student.dateOfBirth !== undefined ? `born ${s.student.dateOfBirth}` : '',
  ].filter((x) => x !== '');
  lines.push(`Student:              ${student.join(', ')}`);
  lines.push(`Case manager:         ${s.caseManager?.name ?? '(not found)'}`);
  lines.push(`Primary disability:   ${coded(s.primaryDisability)}`);
  lines.push(`Secondary disability: ${coded(s.secondaryDisability)}`);
  lines.push(
    `Alternate placement:  ${s.alternatePlacement === null ? '(not shown)' : s.alternatePlacement ? 'yes' : 'no'}`,
  );
  const placement = [
    s.placement.program !== undefined ? `program ${s.placement.program}` : '',
    s.placement.setting !== undefined ? `setting ${s.placement.setting}` : '',
    s.placement.percentInRegularClass !== undefined
      ? `in regular class ${s.placement.percentInRegularClass}`
      : '',
  ].filter((x) => x !== '');
  lines.push(
    `Placement:            ${placement.length > 0 ? placement.join('; ') : '(not shown)'}`,
  );
  lines.push('');
  lines.push(s.services.length === 0 ? 'Services: none read' : `Services (${s.services.length}):`);
  for (const service of s.services) lines.push(`  ${serviceLine(service)}`);
  lines.push('');
  lines.push(
    s.missing.length === 0
      ? 'Not found on the page: nothing (everything the reader looked for was found)'
      : `Not found on the page: ${s.missing.join(', ')}`,
  );
  const note = noIepNote(reading);
  if (note !== null) lines.push('', note.charAt(0).toUpperCase() + note.slice(1));
  return `${lines.join('\n')}\n`;
}

function coded(value: PageSnapshot['primaryDisability']): string {
  if (value === null) return '(not found)';
  return value.label.includes(value.code) ? value.label : `${value.code} (${value.label})`;
}

function serviceLine(s: SnapshotService): string {
  const head = s.code !== undefined && !s.name.startsWith(s.code) ? `${s.code} ${s.name}` : s.name;
  const provider =
    s.provider !== undefined
      ? `provider ${s.provider}${s.providerPosition !== undefined ? ` (${s.providerPosition})` : ''}`
      : s.providerPosition !== undefined
        ? `provider ${s.providerPosition}`
        : '';
  const dates =
    s.start !== undefined || s.end !== undefined ? `${s.start ?? '?'} to ${s.end ?? '?'}` : '';
  const parts = [
    provider,
    s.location ?? '',
    s.delivery ?? '',
    s.minutesPerWeek !== undefined ? `${s.minutesPerWeek} min/week` : '',
    dates,
    s.status === 'inactive' ? 'inactive' : '',
  ].filter((x) => x !== '');
  return parts.length > 0 ? `${head} — ${parts.join('; ')}` : head;
}

/**
 * What the page showed → which services they are. The content script reads services as shown
 * (values.ts serviceText/tidyService); their CALPADS codes, names and minutes per week are read
 * here, in the background and the CLI, with the service tables and frequency rules the content
 * script does not carry (its size budget, issue 4). Everything else in a snapshot is final as
 * read.
 */
import { weeklyMinutes } from '../fields/frequency';
import { labelOf } from '../fields/values';
import { parseServiceCode, serviceByCode } from '../rules';
import type { Extraction } from './adapter';
import { clean } from './dom';
import type { PageSnapshot, ShownService, ShownSnapshot, SnapshotService } from './snapshot';
import { isPlaceholder, limit } from './values';

/**
 * A service field ("330 - Specialized Academic Instruction", "#1 330 Specialized Academic
 * Instruction", "Language and Speech (415)", "330") → code and name. In this field 330 is
 * Specialized Academic Instruction. `codeText` is a separate code column's text, if any.
 * A code alone is named by the CALPADS list. Null when there is no service at all.
 */
export function serviceValue(text: string, codeText = ''): { code?: string; name: string } | null {
  const shown = clean(text).replace(/^#\s*\d+\s*[.:)-]?\s+/, '');
  const codeShown = clean(codeText);
  const code =
    (codeShown ? parseServiceCode(codeShown) : null) ??
    (shown && !isPlaceholder(shown) ? parseServiceCode(shown) : null);
  let name = isPlaceholder(shown) ? '' : (labelOf(shown) ?? '');
  if (!name && code) name = serviceByCode(code)?.name ?? '';
  if (!name) {
    if (isPlaceholder(codeShown)) return null;
    name = codeShown;
  }
  return code ? { code, name: limit(name) } : { name: limit(name) };
}

/**
 * A service as shown → with its CALPADS code and name, and its minutes per week from the time
 * cells the page showed. A code the list does not know is kept
 * when it looks like one (three digits); null when there is no service at all.
 */
export function interpretService(service: ShownService): SnapshotService | null {
  const given = clean(service.code ?? '');
  const named = serviceValue(service.name, given);
  if (!named) return null;
  const { time, ...shown } = service;
  const out: SnapshotService = { ...shown, name: named.name };
  const code = named.code ?? (/^\d{3}$/.test(given) ? given : undefined);
  if (code) out.code = code;
  else delete out.code;
  const minutes = time ? weeklyMinutes(time) : undefined;
  if (minutes !== undefined && out.minutesPerWeek === undefined) out.minutesPerWeek = minutes;
  return out;
}

/** A snapshot as read in the page → as CONTRACT.md §4 gives it. */
export function interpretSnapshot(snapshot: ShownSnapshot): PageSnapshot {
  return { ...snapshot, services: snapshot.services.flatMap((s) => interpretService(s) ?? []) };
}

/** An adapter's reading with its snapshot interpreted: what the CLI and the tests compare. */
export function interpretExtraction(extraction: Extraction): Extraction<PageSnapshot> {
  return { ...extraction, snapshot: interpretSnapshot(extraction.snapshot) };
}

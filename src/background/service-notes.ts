/**
 * Findings about a service, placed on the rows of a frame that show it: the user sees the
 * problem where the provider is named, not only beside the case manager.
 */
import type { ServiceNote } from '../messages';
import type { CaseResult, Finding } from '../rules/types';
import { needsAttention } from '../ui/vocabulary';

const MAX_ROWS = 200;

function mostSerious(findings: readonly Finding[], code: string): Finding | undefined {
  let found: Finding | undefined;
  for (const f of findings) {
    if (f.serviceCode !== code) continue;
    if (f.severity === 'error') return f;
    if (f.severity === 'warning') found ??= f;
  }
  return found;
}

/**
 * One note per row whose service has an error or a warning (the error when it has both).
 * `rowCodes` holds the code of each service row the frame listed, by its place.
 */
export function serviceNotes(
  rowCodes: readonly (string | null)[],
  result: CaseResult | null,
): ServiceNote[] {
  if (!result) return [];
  const notes: ServiceNote[] = [];
  for (let index = 0; index < Math.min(rowCodes.length, MAX_ROWS); index++) {
    const code = rowCodes[index];
    const finding = code ? mostSerious(result.findings, code) : undefined;
    if (finding && needsAttention(finding.severity)) {
      notes.push({
        index,
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
      });
    }
  }
  return notes;
}

/** `caseloads --format text`: one line per person, heaviest first, then the findings. */

import { severityWord } from '../../../ui/words-en';
import type { CaseloadsOutcome } from '../../caseloads';
import { plural } from '../text';
import { KIND_LABEL } from './labels';

/** What each column counts: the table alone does not say whose limit or which students. */
const COLUMN_NOTES = [
  "Caseload: which count this line is (a case manager's students, or a provider's resource",
  '  specialist or speech students). Count: students in it. Limit: the limit in law (or the',
  '  one given with --rsp-limit, --speech-average, --speech-preschool-limit); "—" when none.',
  'Students: how many of them have a credential problem / need a look / fit, from the audit.',
];

export function formatCaseloadsText(outcome: CaseloadsOutcome): string {
  const { people } = outcome;
  const over = people.filter((p) => p.findings.length > 0).length;
  const out = [
    `Caseloads as of ${outcome.asOf}: ${plural(people.length, 'person', 'people')}, ${over} over a limit.`,
    '',
  ];
  out.push(...COLUMN_NOTES, '');
  const width = Math.max(4, ...people.map((p) => p.name.length));
  out.push(
    `${'Name'.padEnd(width)}  ${'Caseload'.padEnd(20)} Count  Limit  Students: problem / look / fits`,
  );
  for (const p of people) {
    const limit = p.limit === null ? '—' : String(p.limit);
    const v = p.verdicts;
    out.push(
      `${p.name.padEnd(width)}  ${KIND_LABEL[p.role].padEnd(20)} ${String(p.count).padStart(5)}  ${limit.padStart(5)}  ${v.violation} / ${v.review} / ${v.ok}`,
    );
    for (const f of p.findings) {
      out.push(`${' '.repeat(width + 2)}${severityWord(f.severity)}: ${f.message}`);
      for (const fix of f.fixes ?? []) out.push(`${' '.repeat(width + 4)}- ${fix}`);
      out.push(`${' '.repeat(width + 4)}Source: ${f.source}`);
    }
  }
  return `${out.join('\n')}\n`;
}

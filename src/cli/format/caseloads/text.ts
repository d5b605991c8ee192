/** `caseloads --format text`: one line per person, heaviest first, then the findings. */
import type { CaseloadsOutcome } from '../../commands/caseloads';
import { KIND_LABEL } from './labels';

export function formatCaseloadsText(outcome: CaseloadsOutcome): string {
  const { people } = outcome;
  const over = people.filter((p) => p.findings.length > 0).length;
  const out = [
    `Caseloads as of ${outcome.asOf}: ${people.length} people, ${over} over a limit.`,
    '',
  ];
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
      out.push(
        `${' '.repeat(width + 2)}${f.severity === 'error' ? 'Problem' : 'Check'}: ${f.message}`,
      );
      for (const fix of f.fixes ?? []) out.push(`${' '.repeat(width + 4)}- ${fix}`);
      out.push(`${' '.repeat(width + 4)}Source: ${f.source}`);
    }
  }
  return `${out.join('\n')}\n`;
}

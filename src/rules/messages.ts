/**
 * Wording shared by the rules. Messages name the disability, the credential held, what would
 * be needed and how to fix it. They never carry the student's name or id: findings reach logs
 * and screens.
 */
import { addedAuthorizationFor, suggestedAuthorizations } from './catalog';
import type { RuleContext } from './context';
import { type AuthorizationRow, isSpedTeaching } from './data/authorizations';
import { disabilityLabel } from './data/disabilities';
import type { ResolvedHeld } from './held';
import type { Candidate } from './verdict';

export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} or ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function rowName(row: AuthorizationRow): string {
  return `${row.name} (${row.key})`;
}

/** How a held authorization is named: its row, or the roster's own text when unrecognised. */
export function heldName(h: ResolvedHeld): string {
  if (!h.row) return `"${h.input.text ?? h.input.key ?? ''}"`;
  return rowName(h.row);
}

/** "Mild/Moderate Disabilities (Level I/II) (MM-L) and Autism Spectrum Disorders…", or "none on file". */
export function heldList(held: readonly ResolvedHeld[]): string {
  const names = [...new Set(held.map(heldName))].sort();
  return names.length === 0 ? 'none on file' : listAnd(names);
}

export function candidateName(c: Candidate): string {
  return rowName(c.row);
}

/** The disabilities the instruction must cover: the primary, or either under alternate placement. */
export function targetText(ctx: RuleContext): string {
  const p = ctx.primary ? disabilityLabel(ctx.primary) : 'the primary disability';
  if (ctx.alternatePlacementInEffect && ctx.secondary) {
    return `the primary disability, ${p}, or the secondary disability, ${disabilityLabel(ctx.secondary)}, under the documented alternate placement`;
  }
  return `the primary disability, ${p}`;
}

/**
 * Fixes for instruction without a covering authorization. The added authorization is offered
 * only when the case manager holds a valid prerequisite and the grade is not the problem.
 */
export function instructionFixes(ctx: RuleContext, offerAdded = true): string[] {
  const codes =
    ctx.alternatePlacementInEffect && ctx.secondary ? [ctx.primary, ctx.secondary] : [ctx.primary];
  const fixes: string[] = [];
  for (const code of codes) {
    if (!code) continue;
    const rows = suggestedAuthorizations(code, ctx.grade, ctx.student.codes);
    if (rows.length > 0) {
      fixes.push(
        `Assign a case manager who holds an authorization covering ${disabilityLabel(code)}, such as ${listOr(rows.map(rowName))}.`,
      );
    }
  }
  fixes.push(
    'Or keep this case manager in a coordinator-only role, with a teacher who holds such an authorization providing the instruction.',
  );
  const primaryAdded = ctx.primary ? addedAuthorizationFor(ctx.primary) : undefined;
  const holdsTeaching = ctx.held.some(
    (h) => h.row && isSpedTeaching(h.row) && h.validity.state === 'valid',
  );
  if (offerAdded && primaryAdded && holdsTeaching && ctx.primary) {
    fixes.push(
      `Or the case manager can earn the ${primaryAdded.name} (${primaryAdded.key}), which authorizes instruction of students whose primary disability is ${disabilityLabel(ctx.primary)}.`,
    );
  }
  return fixes;
}

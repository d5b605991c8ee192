/** `lookup --disability` and `lookup --credential` (CONTRACT.md §2). */

import { lookupCredential, lookupDisability } from '../../rules';
import type { FactStatus } from '../../rules/types';
import type { LookupArgs } from '../args';
import type { CliIo } from '../io';
import { InputError } from '../io';

export function lookupCommand(args: LookupArgs, io: CliIo): number {
  if (args.kind === 'disability') {
    const options: { grade?: string; services?: string[] } = {};
    if (args.grade !== undefined) options.grade = args.grade;
    if (args.services.length > 0) options.services = args.services;
    const result = lookupDisability(args.query, options);
    if (result === null || result === undefined) {
      throw new InputError(`"${args.query}" is not a disability code, abbreviation or name`);
    }
    io.stdout(args.format === 'json' ? json(result) : disabilityText(result));
    return 0;
  }
  const result = lookupCredential(args.query);
  if (result === null || result === undefined) {
    throw new InputError(`"${args.query}" is not an authorization key, CTC code or name`);
  }
  io.stdout(args.format === 'json' ? json(result) : credentialText(result));
  return 0;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

type DisabilityResult = NonNullable<ReturnType<typeof lookupDisability>>;

function disabilityText(r: DisabilityResult): string {
  const d = r.disability;
  const lines = [
    `${d.code} ${d.name}${d.lowIncidence ? ' (low incidence)' : ''}`,
    '',
    'Authorizations that cover this student as instructor:',
  ];
  if (r.instruction.length === 0) lines.push('  (none)');
  for (const a of r.instruction) {
    const conditions = plain(a.conditions);
    lines.push(`  ${a.key.padEnd(9)} ${a.name}${conditions ? ` — ${conditions}` : ''}`);
  }
  if (r.alternatePlacementNote)
    lines.push('', `Alternate placement: ${plain(r.alternatePlacementNote)}`);
  const best = plain(r.bestPracticeCaseManager);
  lines.push(
    '',
    `Best-practice case manager: ${best || 'no stated best practice for these services'}`,
  );
  return `${lines.join('\n')}\n`;
}

type CredentialResult = NonNullable<ReturnType<typeof lookupCredential>>;

const STATUS_WORDS: Record<FactStatus, string> = {
  confirmed: 'confirmed',
  secondary: 'secondary source',
  unconfirmed: 'NOT CONFIRMED: needs review',
};

/**
 * One line per category, with how sure the fact is and its conditions: a flat list would hide
 * that ESN's coverage of SLD is unconfirmed, which is the whole point of looking it up.
 */
function credentialText(r: CredentialResult): string {
  const lines: string[] = [`${r.key} — ${r.name}`, ''];
  const { disabilities, notCovered, ...rest } = r;
  lines.push('Covers, as instructor:');
  if (disabilities.length === 0) lines.push('  (no disability category)');
  for (const d of disabilities) {
    const code = d.code === '*' ? '' : `${d.code} `;
    const conditions = d.conditions.filter((c) => !/^unconfirmed in the sources/.test(c));
    const extra = conditions.length > 0 ? ` — ${conditions.join('; ')}` : '';
    lines.push(`  ${code}${d.name} (${STATUS_WORDS[d.status]})${extra}`);
  }
  if (notCovered.length > 0) {
    lines.push(`Does not cover: ${notCovered.map((d) => `${d.code} ${d.name}`).join(', ')}`);
  }
  lines.push('');
  for (const [k, v] of Object.entries(rest)) {
    if (k === 'key' || k === 'name' || v === undefined || v === null) continue;
    const text = plain(v);
    if (text === '') continue;
    lines.push(`${label(k)}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

const LABELS: Record<string, string> = { ctcCodes: 'CTC codes' };

/** "ctcCodes" → "CTC codes", "ages" → "Ages". */
function label(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A readable one-line rendering of a lookup value of any shape. */
export function plain(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v))
    return v
      .map(plain)
      .filter((x) => x !== '')
      .join('; ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.code === 'string') return `${o.code} ${o.name}`;
    if (typeof o.name === 'string' && typeof o.key === 'string') return `${o.key} (${o.name})`;
    return Object.entries(o)
      .filter(([, x]) => x !== undefined && x !== null && x !== '')
      .map(([k, x]) => `${k}: ${plain(x)}`)
      .join(', ');
  }
  return String(v);
}

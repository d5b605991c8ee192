/**
 * Lookups for the CLI (`lookup --disability`, `lookup --credential`, CONTRACT.md §2) and the
 * popup's search-as-you-type. Pure reads of the data tables.
 */

import { resolveAuthorizationDetail } from './authorization-text';
import { authorizationsCovering } from './catalog';
import { recommendedCaseManager } from './checks/best-practice-case-manager';
import { conditionText } from './coverage';
import {
  AUTHORIZATIONS,
  type AuthorizationKind,
  type AuthorizationRow,
  authorizationByKey,
  type Coverage,
} from './data/authorizations';
import { DISABILITIES, disabilityByCode, disabilityLabel } from './data/disabilities';
import { SERVICES, serviceByCode, serviceLabel, servicesAddressing } from './data/services';
import { sourceText } from './data/sources';
import { gradeName } from './grades';
import { listOr } from './messages';
import { normalizeGrade, parseDisability, parseServiceCode } from './normalize';
import { fold } from './text';
import type { FactStatus } from './types';

// Type aliases (not interfaces) so that results are assignable to Record<string, unknown>.
export type DisabilityLookup = {
  disability: { code: string; name: string; lowIncidence: boolean };
  /** Every REFERENCE §3 authorization that may instruct a student with this primary disability. */
  instruction: { key: string; name: string; conditions: string[]; status: FactStatus }[];
  alternatePlacementNote?: string;
  bestPracticeCaseManager: string | null;
};

export interface DisabilityLookupOptions {
  /** Keep only authorizations whose ages include this grade (those with unknown ages stay, annotated). */
  grade?: string;
  /** Service codes or names, for the best-practice case manager. */
  services?: string[];
  /** Program or setting ("SDC", "RSP"): tells an SDC teacher from an RSP teacher. */
  placement?: string;
}

const BEST_PRACTICE_NAMES = {
  sdc: 'SDC teacher',
  rsp: 'RSP teacher',
  slp: 'Speech-Language Pathologist',
} as const;

function bestPractice(opts: DisabilityLookupOptions): string | null {
  if (!opts.services || opts.services.length === 0) return null;
  const services = opts.services.map((s) => ({ code: parseServiceCode(s) ?? s.trim() }));
  const rec = recommendedCaseManager(services, opts.placement);
  if (rec === 'rsp' && !opts.placement) {
    return 'The teacher who provides the specialized academic instruction: the SDC teacher in a special day class, otherwise the RSP teacher';
  }
  return rec ? BEST_PRACTICE_NAMES[rec] : null;
}

/** null when the query names no CALPADS disability. */
export function lookupDisability(
  query: string,
  opts: DisabilityLookupOptions = {},
): DisabilityLookup | null {
  const code = parseDisability(query);
  const d = disabilityByCode(code);
  if (!code || !d) return null;
  const grade = opts.grade ? normalizeGrade(opts.grade) : null;
  const instruction = authorizationsCovering(code, grade)
    .filter((c) => c.gradeFits !== false)
    .map((c) => {
      const conditions = [...c.conditions];
      if (grade && c.row.ages === null)
        conditions.push(`ages not confirmed: check before relying on it for ${gradeName(grade)}`);
      return { key: c.row.key, name: c.row.name, conditions, status: c.coverage.status };
    });
  const result: DisabilityLookup = {
    disability: { code: d.code, name: d.name, lowIncidence: d.lowIncidence },
    instruction,
    bestPracticeCaseManager: bestPractice(opts),
  };
  if (d.lowIncidence) {
    result.alternatePlacementNote = `${disabilityLabel(code)} is a low-incidence disability: if the student also has a secondary disability and the IEP documents an alternate placement under it, a teacher whose authorization covers the secondary disability may instruct, and related services must still address ${d.name} (such as ${listOr(servicesAddressing(code).map(serviceLabel))}).`;
  }
  return result;
}

export type CredentialLookup = {
  key: string;
  name: string;
  ctcCodes: string[];
  kind: AuthorizationKind;
  disabilities: { code: string; name: string; status: FactStatus; conditions: string[] }[];
  services: { code: string; name: string; status: FactStatus }[];
  /** null when unconfirmed (not checked). */
  ages: string | null;
  settings: string[];
  prerequisites: string[];
  source: string;
  status: FactStatus;
  /** For an era-generic entry (CTC code R3MM, "Mild/Moderate"): the keys it may be. */
  variants?: string[];
  note?: string;
};

function disabilityEntries(row: AuthorizationRow, extra: (c: Coverage) => string[] = () => []) {
  return row.covers.map((c) => ({
    code: c.code,
    name:
      c.code === '*'
        ? 'Any category (scope unconfirmed)'
        : (disabilityByCode(c.code)?.name ?? c.code),
    status: c.status,
    conditions: [
      ...(c.conditions ?? []).map((x) => conditionText(x, c.code)),
      ...extra(c),
      ...(c.status === 'unconfirmed' ? ['unconfirmed in the sources: needs review'] : []),
    ],
  }));
}

/** Union of the variants' coverage; a disability some variants lack says which ones cover it. */
function genericDisabilities(row: AuthorizationRow): CredentialLookup['disabilities'] {
  const variants = (row.variants ?? [])
    .map((v) => ({ v, row: authorizationByKey(v.key) }))
    .filter((x): x is { v: (typeof x)['v']; row: AuthorizationRow } => x.row !== undefined);
  const codes = [...new Set(variants.flatMap((x) => x.row.covers.map((c) => c.code)))];
  return codes.map((code) => {
    const having = variants.filter((x) => x.row.covers.some((c) => c.code === code));
    const first = having[0]?.row.covers.find((c) => c.code === code);
    const conditions = (first?.conditions ?? []).map((x) => conditionText(x, code));
    if (having.length < variants.length) {
      const when = having.map(({ v, row: r }) =>
        v.issuedBefore
          ? `${r.name}, issued before ${v.issuedBefore}`
          : `${r.name}, issued ${v.issuedOnOrAfter} or later`,
      );
      conditions.unshift(`only as ${listOr(when)}; other issue dates need review`);
    }
    return {
      code,
      name: disabilityByCode(code)?.name ?? code,
      status: first?.status ?? 'unconfirmed',
      conditions,
    };
  });
}

function prerequisiteText(row: AuthorizationRow): string[] {
  return (row.prerequisites ?? []).map((p) => {
    const what =
      p.keys === 'sped-teaching'
        ? 'a valid special education teaching credential (any Education Specialist specialty or pre-1997 credential)'
        : `a valid ${p.keys.map((k) => authorizationByKey(k)?.name ?? k).join(' or ')}`;
    return p.status === 'unconfirmed' ? `${what} (unconfirmed: needs review)` : what;
  });
}

/** null when the query names no known authorization. */
export function lookupCredential(query: string): CredentialLookup | null {
  const detail = resolveAuthorizationDetail(query);
  const row = authorizationByKey(detail?.key);
  if (!row) return null;
  const ages =
    row.ages === 'prerequisite'
      ? 'those of the prerequisite credential'
      : row.ages
        ? row.ages.label
        : null;
  const out: CredentialLookup = {
    key: row.key,
    name: row.name,
    ctcCodes: [...row.ctcCodes],
    kind: row.kind,
    disabilities: row.variants ? genericDisabilities(row) : disabilityEntries(row),
    services: row.services.map((s) => ({
      code: s.code,
      name: serviceByCode(s.code)?.name ?? s.code,
      status: s.status,
    })),
    ages,
    settings: [...row.settings],
    prerequisites: prerequisiteText(row),
    source: sourceText(row.source),
    status: row.status,
  };
  if (row.variants) out.variants = row.variants.map((v) => v.key);
  if (row.note) out.note = row.note;
  return out;
}

export interface CatalogHit {
  kind: 'disability' | 'authorization' | 'service';
  /** CALPADS code or authorization key. */
  id: string;
  label: string;
  /** Lower is better. */
  score: number;
}

function scoreOf(q: string, id: string, names: readonly string[]): number | null {
  const fid = fold(id);
  if (fid === q) return 0;
  const folded = names.map(fold);
  if (folded.includes(q)) return 1;
  if (fid.startsWith(q)) return 2;
  if (folded.some((n) => n.startsWith(q))) return 3;
  if (folded.some((n) => n.split(' ').some((w) => w.startsWith(q)))) return 4;
  if (q.length >= 3 && folded.some((n) => n.includes(q))) return 5;
  return null;
}

/**
 * Search-as-you-type over disabilities, authorizations and services: codes, keys, CTC codes,
 * abbreviations, names and synonyms. Best first; ties by kind then id.
 */
export function searchCatalog(query: string, limit = 10): CatalogHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: CatalogHit[] = [];
  for (const d of DISABILITIES) {
    const s = scoreOf(q, d.code, [d.name, d.abbreviation, ...d.synonyms]);
    if (s !== null)
      hits.push({
        kind: 'disability',
        id: d.code,
        label: `${d.name} (${d.code}, ${d.abbreviation})`,
        score: s,
      });
  }
  for (const a of AUTHORIZATIONS) {
    if (a.kind === 'general') continue;
    const s = scoreOf(q, a.key, [a.name, ...a.ctcCodes, ...a.synonyms]);
    if (s !== null)
      hits.push({ kind: 'authorization', id: a.key, label: `${a.name} (${a.key})`, score: s });
  }
  for (const sv of SERVICES) {
    const s = scoreOf(q, sv.code, [sv.name, ...sv.synonyms]);
    if (s !== null)
      hits.push({ kind: 'service', id: sv.code, label: `${sv.name} (${sv.code})`, score: s });
  }
  const kindRank = { disability: 0, authorization: 1, service: 2 } as const;
  return hits
    .sort(
      (a, b) => a.score - b.score || kindRank[a.kind] - kindRank[b.kind] || (a.id < b.id ? -1 : 1),
    )
    .slice(0, limit);
}

/**
 * Lookups for the CLI (`lookup --disability`, `lookup --credential`, CONTRACT.md §2) and the
 * popup's search-as-you-type. Pure reads of the data tables.
 */

import { resolveAuthorizationDetail } from './authorization-text';
import { authorizationsCovering } from './catalog';
import { recommendedCaseManager } from './checks/best-practice-case-manager';
import { coordinatorOnly } from './checks/coordinator-only';
import { conditionText } from './coverage';
import {
  AUTHORIZATIONS,
  type AuthorizationKind,
  type AuthorizationRow,
  authorizationByKey,
  type Coverage,
  type Era,
} from './data/authorizations';
import { DISABILITIES, disabilityByCode, disabilityLabel } from './data/disabilities';
import { SERVICES, serviceByCode, serviceLabel, servicesAddressing } from './data/services';
import { type SourceId, sourceText } from './data/sources';
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
    })
    // What can be relied on first; what a person must confirm last (the sort is stable).
    .sort((a, b) => Number(a.status === 'unconfirmed') - Number(b.status === 'unconfirmed'));
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
  /** Categories the sources say it does not cover (REFERENCE §3a), so that is said plainly. */
  notCovered: { code: string; name: string }[];
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
        ? row.covers.length > 1
          ? 'Any other category'
          : 'Any category'
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
    notCovered: (row.notCovered ?? []).map((code) => ({
      code,
      name: disabilityByCode(code)?.name ?? code,
    })),
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

type CatalogKind = CatalogHit['kind'];

function scoreOf(q: string, id: string, names: readonly string[]): number | null {
  if (!q) return 0;
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
 * Every hit of one kind, each with its row's place in its table (the order REFERENCE.md lists
 * them: disabilities and services by code, authorizations 2022 structure first).
 */
function hitsOf(
  kind: CatalogKind,
  q: string,
  withGeneral: boolean,
): (CatalogHit & { at: number })[] {
  const hits: (CatalogHit & { at: number })[] = [];
  if (kind === 'disability') {
    DISABILITIES.forEach((d, at) => {
      const score = scoreOf(q, d.code, [d.name, d.abbreviation, ...d.synonyms]);
      if (score !== null)
        hits.push({
          kind,
          id: d.code,
          label: `${d.name} (${d.code}, ${d.abbreviation})`,
          score,
          at,
        });
    });
  } else if (kind === 'authorization') {
    AUTHORIZATIONS.forEach((a, at) => {
      if (a.kind === 'general' && !withGeneral) return;
      const score = scoreOf(q, a.key, [a.name, ...a.ctcCodes, ...a.synonyms]);
      if (score !== null) hits.push({ kind, id: a.key, label: `${a.name} (${a.key})`, score, at });
    });
  } else {
    SERVICES.forEach((sv, at) => {
      const score = scoreOf(q, sv.code, [sv.name, ...sv.synonyms]);
      if (score !== null)
        hits.push({ kind, id: sv.code, label: `${sv.name} (${sv.code})`, score, at });
    });
  }
  return hits;
}

const strip = ({ at: _, ...hit }: CatalogHit & { at: number }): CatalogHit => hit;

/**
 * Search-as-you-type over disabilities, authorizations and services: codes, keys, CTC codes,
 * abbreviations, names and synonyms. Best first; ties by kind then id.
 */
export function searchCatalog(query: string, limit = 10): CatalogHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits = [
    ...hitsOf('disability', q, false),
    ...hitsOf('authorization', q, false),
    ...hitsOf('service', q, false),
  ];
  const kindRank = { disability: 0, authorization: 1, service: 2 } as const;
  return hits
    .sort(
      (a, b) => a.score - b.score || kindRank[a.kind] - kindRank[b.kind] || (a.id < b.id ? -1 : 1),
    )
    .slice(0, limit)
    .map(strip);
}

/**
 * The popup's search of one kind, for its pickers. Scored as searchCatalog, the limit applied
 * to this kind alone, and ties kept in table order, so "mild" lists the 2022 Mild to Moderate
 * Support Needs before the older Mild/Moderate credentials. Authorizations include the general
 * credentials (Multiple Subject…): a teacher may well ask what theirs covers (nothing here).
 * An empty query lists the whole table, for browsing with the arrow keys.
 */
export function searchKind(kind: CatalogKind, query: string, limit = 10): CatalogHit[] {
  const q = fold(query);
  return hitsOf(kind, q, true)
    .sort((a, b) => a.score - b.score || a.at - b.at)
    .slice(0, limit)
    .map(strip);
}

// ---------------------------------------------------------------------------------------------
// The popup's views: the lookups above, plus what a screen needs to group and explain them.
// Separate exports, so the CLI's JSON (lookupDisability, lookupCredential) stays as it is.

/** Where the case-management rules come from (REFERENCE.md §1). */
const CASE_MANAGEMENT: SourceId = 'caseManagement';

export type InstructionEntry = DisabilityLookup['instruction'][number] & {
  kind: AuthorizationKind;
};

export type DisabilityDetail = Omit<DisabilityLookup, 'instruction'> & {
  /** lookupDisability's list, in the same order, each with its kind (to group by). */
  instruction: InstructionEntry[];
  /** The services that were given, as the engine reads them (unrecognised ones dropped). */
  services: { code: string; name: string }[];
  /** The engine's own sentence for a case manager who only coordinates (no specialty needed). */
  coordinatorNote: string;
  /** The CTC guidance the instruction requirement, alternate placement and best practice rest on. */
  source: string;
};

/** lookupDisability for the popup. null when the query names no CALPADS disability. */
export function describeDisability(
  query: string,
  opts: DisabilityLookupOptions = {},
): DisabilityDetail | null {
  const base = lookupDisability(query, opts);
  if (!base) return null;
  const services: DisabilityDetail['services'] = [];
  for (const s of opts.services ?? []) {
    const row = serviceByCode(parseServiceCode(s) ?? s.trim());
    if (row && !services.some((x) => x.code === row.code))
      services.push({ code: row.code, name: row.name });
  }
  return {
    ...base,
    instruction: base.instruction.map((entry) => ({
      ...entry,
      kind: authorizationByKey(entry.key)?.kind ?? 'specialty',
    })),
    services,
    coordinatorNote: coordinatorOnly.meta.description,
    source: sourceText(CASE_MANAGEMENT),
  };
}

export type CredentialDetail = CredentialLookup & {
  /**
   * The era the row names: fixed (2022, Preliminary/Clear, Level I/II, pre-1997), told by the
   * issue date (DHH, VI, PHI and the era-generic rows), or none (added authorizations…).
   */
  era: Era | 'by-issue-date' | null;
  /** For an era-generic row: each row it may be, with the issue dates that choose it. */
  eraVariants: { key: string; name: string; issuedBefore?: string; issuedOnOrAfter?: string }[];
};

/** lookupCredential for the popup. null when the query names no known authorization. */
export function describeCredential(query: string): CredentialDetail | null {
  const base = lookupCredential(query);
  const row = authorizationByKey(base?.key);
  if (!base || !row) return null;
  return {
    ...base,
    era: row.era.kind === 'by-issue-date' ? 'by-issue-date' : row.era.era,
    eraVariants: (row.variants ?? []).map((v) => ({
      key: v.key,
      name: authorizationByKey(v.key)?.name ?? v.key,
      ...(v.issuedBefore ? { issuedBefore: v.issuedBefore } : {}),
      ...(v.issuedOnOrAfter ? { issuedOnOrAfter: v.issuedOnOrAfter } : {}),
    })),
  };
}

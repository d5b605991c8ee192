/**
 * A roster's own spelling of an authorization (a key, a CTC code such as R3MM, a name, a permit
 * or intern note) → the key of data/authorizations.ts. Kept apart from normalize.ts so code
 * that only reads disabilities, services, grades and dates (the content script on vendor pages)
 * does not carry the authorization tables.
 */
import { AUTHORIZATIONS, type AuthorizationRow, authorizationByKey } from './data/authorizations';
import { containsWords, fold } from './text';

export type PermitKind = 'intern' | 'pip' | 'stsp' | 'selap' | 'waiver';

export interface ResolvedAuthorizationText {
  /** A key of data/authorizations.ts: a REFERENCE §3 key, an era-generic key (MM, MS, ECSE-ANY), a permit or general key. */
  key: string;
  /** Held as an added authorization: always for kind 'added'; for "SEEC" (ECSE) too (§9.6). */
  added: boolean;
  /** The permit, intern credential or waiver the authorization is held under (§6). */
  permit?: PermitKind;
  /** Era the spelling itself states ("Level II", "Preliminary/Clear"). */
  eraHint?: 'level' | 'pc';
}

const PERMIT_KEY: Record<PermitKind, string> = {
  intern: 'INTERN',
  pip: 'PIP',
  stsp: 'STSP',
  selap: 'SELAP',
  waiver: 'WAIVER',
};

const PERMIT_PATTERNS: readonly [PermitKind, RegExp][] = [
  ['pip', /\b(provisional internship permit|pip)\b/],
  ['stsp', /\b(short term staff permit|stsp)\b/],
  ['selap', /\b(special education limited assignment permit|limited assignment permit|selap)\b/],
  ['waiver', /\b((short term|variable term|emergency) )?waiver\b/],
  ['intern', /\b((university|district) )?intern(ship)?( credential)?\b/],
];

const LEVEL_RE = /\blevel (i\/ii|1\/2|ii|i|2|1)\b/;
const PC_RE = /\bpreliminary\/clear\b/;

/** Words that say nothing about which authorization it is. */
const FILLER_RE =
  /\b(preliminary|professional|clear|level (i\/ii|1\/2|ii|i|2|1)|education specialist instruction|education specialist|instruction credential|teaching credential|credential|authorization for|specialty area|specialty|2022)\b/g;

function canonical(text: string): string {
  return fold(text).replace(FILLER_RE, ' ').replace(/\s+/g, ' ').trim();
}

const AUTH_INDEX = new Map<string, string>();
const CODE_INDEX = new Map<string, string>();
// Era-generic rows first: once era words are stripped, "Mild/Moderate (Level I/II)" reads as
// "Mild/Moderate", and the era comes back through eraHint (§9.5).
const GENERIC_FIRST = [...AUTHORIZATIONS].sort((a, b) => Number(!a.variants) - Number(!b.variants));
for (const row of GENERIC_FIRST) {
  for (const s of [row.name, ...row.synonyms]) {
    const c = canonical(s);
    if (c && !AUTH_INDEX.has(c)) AUTH_INDEX.set(c, row.key);
  }
  for (const code of row.ctcCodes) CODE_INDEX.set(code, row.key);
}
const KEYS = new Set(AUTHORIZATIONS.map((r) => r.key));
/** Synonyms long enough to look for inside a longer roster text. */
const CONTAINED = [...AUTH_INDEX.entries()].filter(([c]) => c.length >= 10);

function byEraHint(key: string, hint: 'level' | 'pc' | undefined, folded: string): string {
  if (key === 'ECSE-ANY' && /\b2022\b/.test(folded)) return 'ECSE';
  if (!hint) return key;
  if (key === 'MM') return hint === 'level' ? 'MM-L' : 'MM-PC';
  if (key === 'MS') return hint === 'level' ? 'MS-L' : 'MS-PC';
  return key;
}

function lookupAuthorization(text: string): string | null {
  const compact = text.trim().toUpperCase();
  if (KEYS.has(compact)) return compact;
  const code = compact.replace(/\s+/g, '');
  const byCode = CODE_INDEX.get(code);
  if (byCode) return byCode;
  const c = canonical(text);
  if (!c) return null;
  const exact = AUTH_INDEX.get(c);
  if (exact) return exact;
  // Longer texts ("Clear Education Specialist Instruction Credential: Mild to Moderate Support
  // Needs, 2023"): the synonyms they contain, keeping only the most specific; two keys → null.
  const hits = CONTAINED.filter(([syn]) => containsWords(c, syn));
  const specific = hits.filter(
    ([syn]) =>
      !hits.some(
        ([other]) => other !== syn && other.length > syn.length && containsWords(other, syn),
      ),
  );
  const keys = new Set(specific.map(([, key]) => key));
  return keys.size === 1 ? ([...keys][0] ?? null) : null;
}

function withAdded(key: string, explicit: boolean): ResolvedAuthorizationText {
  const row: AuthorizationRow | undefined = authorizationByKey(key);
  return { key, added: row?.kind === 'added' || explicit };
}

/**
 * Roster text (key, CTC code or name, possibly under a permit) → the authorization.
 * Design (§9.5): a code or name that does not state its era resolves to an era-generic key
 * (R3MM, "Mild/Moderate" → MM; R3MS → MS; "Early Childhood Special Education" → ECSE-ANY);
 * the engine picks MM-L or MM-PC from the issue date, or says needs-review when it matters.
 * DHH, VI and PHI keep their key; their era also comes from the issue date.
 */
export function resolveAuthorizationDetail(text: string): ResolvedAuthorizationText | null {
  const raw = text.trim();
  if (!raw) return null;
  const folded = fold(raw);
  if (/\bseec\b/.test(folded)) return { key: 'ECSE', added: true };

  for (const [kind, re] of PERMIT_PATTERNS) {
    if (!re.test(folded)) continue;
    const rest = folded.replace(re, ' ').replace(/\s+/g, ' ').trim();
    if (!rest) return { key: PERMIT_KEY[kind], added: false, permit: kind };
    const inner = resolveAuthorizationDetail(rest);
    // A permit naming a specialty we cannot read is not a bare permit: it stays unrecognised.
    if (!inner || inner.permit) return null;
    return { ...inner, permit: kind };
  }

  const direct = lookupAuthorization(raw);
  if (!direct) return null;
  const eraHint = LEVEL_RE.test(folded) ? 'level' : PC_RE.test(folded) ? 'pc' : undefined;
  const key = byEraHint(direct, eraHint, folded);
  const early = key === 'ECSE' || key === 'ECSE-OLD' || key === 'ECSE-ANY';
  const explicitAdded = early && /\badded authori[sz]ation\b/.test(folded);
  return { ...withAdded(key, explicitAdded), ...(eraHint ? { eraHint } : {}) };
}

/** Roster text → authorization key (see resolveAuthorizationDetail), or null when unrecognised. */
export function resolveAuthorization(text: string): string | null {
  return resolveAuthorizationDetail(text)?.key ?? null;
}

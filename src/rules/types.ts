/**
 * The shapes the rule engine takes and gives. Pure data: no DOM, no browser API.
 * Names here mirror ../shared/CONTRACT.md §1; others depend on them, so add, never rename.
 */

export const RULE_IDS = [
  'instruction-authorization',
  'service-authorization',
  'resource-authorization',
  'grade-out-of-range',
  'credential-expired',
  'credential-expiring',
  'alternate-placement-services',
  'alternate-placement-unrecorded',
  'credentials-unknown',
  'role-unknown',
  'missing-data',
  'best-practice-case-manager',
  'coordinator-only',
  'needs-review',
  'authorized',
  'caseload-over-limit',
  'caseload-over-average',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'suggestion' | 'info' | 'ok';

/** How sure the fact behind a finding is (REFERENCE.md status marks C, S, U). */
export type FactStatus = 'confirmed' | 'secondary' | 'unconfirmed';

export type StudentStatus = 'ok' | 'review' | 'violation';

/** What the case manager does for this student (REFERENCE.md §9.2). */
export type Role = 'instruction' | 'support' | 'coordinator' | 'unknown';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** One plain-English sentence a case manager understands (`messageId` rendered in English). */
  message: string;
  /** The message's id in the catalogs (src/i18n/<lang>/finding-messages.json). */
  messageId: string;
  /** The values the message fills in, by placeholder name. */
  data: Readonly<Record<string, string>>;
  /** Document title and, where there is one, its public address. */
  source: string;
  status: FactStatus;
  /** Ways to put it right, each a short sentence. */
  fixes?: string[];
  /** Key (REFERENCE.md §3) of the authorization the finding is about, if any. */
  authorization?: string;
  /** CALPADS code of the service the finding is about, so a UI can attach it to that row. */
  serviceCode?: string;
  /** An end or expiry date the finding depends on (YYYY-MM-DD). */
  until?: string;
}

/** One authorization a person holds, as a profile or roster states it. */
export interface HeldAuthorization {
  /** A key of REFERENCE.md §3 (MMSN, MM-L, AAAS, SLP…). */
  key?: string;
  /** The roster's own spelling: a CTC code (R3MM) or a name ("Mild/Moderate"). */
  text?: string;
  /** YYYY-MM-DD */
  issued?: string;
  /** YYYY-MM-DD; valid through this date. */
  expires?: string;
}

/** Who provides a service, relative to the case manager. */
export type ProviderRelation = 'cm' | 'other' | 'unknown';

export interface CaseService {
  /** CALPADS service code (330, 415…). */
  code: string;
  name?: string;
  /** Free text: "RSP pull-out", "SDC", "push-in", "general PE"… */
  setting?: string;
  /** When given, decides; otherwise the engine matches providerName to the case manager. */
  provider?: ProviderRelation;
  providerName?: string;
  providerPosition?: string;
  /**
   * How the page showed the provider: 'heuristic' when no label or column named it (see
   * scrape/snapshot.ts ReadBy). A verdict resting on it is a `review`.
   */
  providerReadBy?: 'selector' | 'label' | 'heuristic';
  start?: string;
  end?: string;
}

export interface CaseStudent {
  id?: string;
  name?: string;
  /** PS, TK, K, 1–12, or an adult grade; CALPADS spellings (KN, 01) are normalised first. */
  grade?: string;
  age?: number;
  dateOfBirth?: string;
  /** CALPADS disability code of Disability 1, or null when the IEP shows none. */
  primary?: string | null;
  secondary?: string | null;
  alternatePlacement?: boolean | null;
  /** Free text: "RSP", "SDC", "DIS only", "General education, full inclusion"… */
  placement?: string;
}

export interface CaseManagerInfo {
  name?: string;
  /** False when the person is in neither the profile nor the roster. */
  known: boolean;
  position?: string;
  authorizations: HeldAuthorization[];
  /** The user's own statement of the role; wins over inference. */
  roleOverride?: Role;
  /** How the page showed the name: 'heuristic' makes a verdict resting on it a `review`. */
  readBy?: 'selector' | 'label' | 'heuristic';
  /**
   * Set when the name matches more than one person on the roster (known is then false): who
   * they are, so the finding can say which roster lines to tell apart.
   */
  rosterMatches?: readonly RosterMatch[];
}

/** One of several roster people a case manager's name matches: enough to find the row. */
export interface RosterMatch {
  name: string;
  line?: number;
  email?: string;
}

/** One student's case, everything a check needs. */
export interface StudentCase {
  /** The date credentials are judged on (YYYY-MM-DD). */
  asOf: string;
  student: CaseStudent;
  services: CaseService[];
  /** null when the IEP names no case manager. */
  caseManager: CaseManagerInfo | null;
  /**
   * False when the services could not be read at all (a tab not yet opened, a grid still
   * loading): their absence then says nothing, so no one becomes a coordinator by it (§9.2).
   * Default true: an empty list means the IEP has no services.
   */
  servicesShown?: boolean;
  /** Rules switched off by the user or the district. */
  disabledRules?: readonly RuleId[];
}

export interface CaseResult {
  status: StudentStatus;
  role: Role;
  findings: Finding[];
}

/** A staff member of a district roster or the user's own profile. */
export interface StaffMember {
  name: string;
  /** The roster file's line of the person's first row, where the roster came from a file. */
  line?: number;
  email?: string;
  position?: string;
  authorizations: HeldAuthorization[];
}

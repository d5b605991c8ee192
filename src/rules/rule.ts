/** The shape of a rule module, ESLint style: metadata plus a pure check over the case context. */
import type { RuleContext } from './context';
import { type SourceId, sourceText } from './data/sources';
import type { FactStatus, Finding, RuleId, Severity } from './types';
import type { Wording } from './wording';

export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  /** When the rule fires, in one sentence (CONTRACT.md §1). */
  description: string;
  /** Default source of its findings: "Title — https://…". */
  source: string;
}

export interface RuleModule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

export function defineMeta(
  id: RuleId,
  severity: Severity,
  description: string,
  source: SourceId,
): RuleMeta {
  return { id, severity, description, source: sourceText(source) };
}

type Extra = Partial<Pick<Finding, 'fixes' | 'authorization' | 'serviceCode' | 'until'>> & {
  source?: SourceId;
  severity?: Severity;
};

/** A finding of this rule; optional fields are set only when given, so results compare cleanly. */
export function makeFinding(
  meta: RuleMeta,
  wording: Wording,
  status: FactStatus,
  extra: Extra = {},
): Finding {
  const f: Finding = {
    rule: meta.id,
    severity: extra.severity ?? meta.severity,
    message: wording.message,
    messageId: wording.messageId,
    data: wording.data,
    source: extra.source ? sharedSourceText(extra.source) : meta.source,
    status,
  };
  if (extra.fixes && extra.fixes.length > 0) f.fixes = extra.fixes;
  if (extra.authorization) f.authorization = extra.authorization;
  if (extra.serviceCode) f.serviceCode = extra.serviceCode;
  if (extra.until) f.until = extra.until;
  return f;
}

/** sourceText, one string per source: findings of many cases cite a few sources. */
const SOURCE_TEXTS = new Map<SourceId, string>();

function sharedSourceText(id: SourceId): string {
  let text = SOURCE_TEXTS.get(id);
  if (text === undefined) {
    text = sourceText(id);
    SOURCE_TEXTS.set(id, text);
  }
  return text;
}

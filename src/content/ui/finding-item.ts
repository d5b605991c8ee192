/** One finding in the panel: what is wrong, what would fix it, the CTC source. */
import { findingKey } from '../../check/finding-key';
import type { Finding, Severity } from '../../rules/types';
import { el, onUserClick } from './dom';
import { t } from './i18n';

const SEVERITY_KEY: Record<Severity, string> = {
  error: 'severityError',
  warning: 'severityWarning',
  suggestion: 'severitySuggestion',
  info: 'severityInfo',
  ok: 'severityOk',
};

/** `onSeen` adds a "mark as seen" button (errors and warnings not yet acknowledged). */
export function findingItem(
  doc: Document,
  finding: Finding,
  onSeen?: (key: string) => void,
): HTMLLIElement {
  const item = el(doc, 'li');
  item.dataset.rule = finding.rule;
  item.dataset.severity = finding.severity;
  item.append(
    el(doc, 'span', 'sev', `${t(SEVERITY_KEY[finding.severity])}:`),
    doc.createTextNode(finding.message),
  );
  if (finding.fixes?.length) {
    const fixes = el(doc, 'span', 'fixes', t('fixLabel'));
    const list = el(doc, 'ul');
    for (const fix of finding.fixes) list.append(el(doc, 'li', undefined, fix));
    fixes.append(list);
    item.append(fixes);
  }
  item.append(el(doc, 'span', 'source', `${t('sourceLabel')} ${finding.source}`));
  if (onSeen && (finding.severity === 'error' || finding.severity === 'warning')) {
    const key = findingKey(finding);
    const seen = el(doc, 'button', 'ack', t('inlineMarkSeen'));
    seen.type = 'button';
    seen.dataset.focus = `ack:${key}`;
    seen.setAttribute('aria-description', t('inlineMarkSeenHelp'));
    onUserClick(seen, () => onSeen(key));
    item.append(seen);
  }
  return item;
}

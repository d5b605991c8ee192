/**
 * One finding in the panel: a one-line lead (what is missing, for whom) that unfolds into the
 * full sentence, what would fix it and the CTC source, so a long list still reads at a glance.
 */

import type { ShownFinding } from '../../messages';
import { findingKey } from '../../ui/finding-key';
import { t, tFor } from '../../ui/i18n';
import { needsAttention } from '../../ui/vocabulary';
import { el, userButton } from './dom';

/** `onSeen` adds a "mark as seen" button (errors and warnings not yet acknowledged). */
export function findingItem(
  doc: Document,
  finding: ShownFinding,
  onSeen?: (key: string) => void,
): HTMLLIElement {
  const item = el(doc, 'li');
  item.dataset.rule = finding.rule;
  item.dataset.severity = finding.severity;
  const key = `lead_${finding.rule.replace(/-/g, '_')}`;
  const lead = t(key);
  const summary = el(doc, 'summary');
  summary.append(
    el(doc, 'span', 'sev', `${tFor('severity', finding.severity)}:`),
    lead === key ? finding.message : lead,
  );
  const fold = el(doc, 'details');
  fold.append(summary, el(doc, 'p', undefined, finding.message));
  if (finding.fixes?.length) {
    fold.append(el(doc, 'span', 'fixes', t('fixLabel')));
    for (const fix of finding.fixes) fold.append(el(doc, 'p', undefined, `– ${fix}`));
  }
  fold.append(el(doc, 'span', 'source', `${t('sourceLabel')} ${finding.source}`));
  item.append(fold);
  if (onSeen && needsAttention(finding.severity)) {
    const seenKey = findingKey(finding);
    const seen = userButton(doc, 'ack', t('inlineMarkSeen'), `ack:${seenKey}`, () =>
      onSeen(seenKey),
    );
    seen.setAttribute('aria-description', t('inlineMarkSeenHelp'));
    item.append(seen);
  }
  return item;
}

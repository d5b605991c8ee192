/**
 * The verdict beside the case manager: a small badge (shape and words, not colour alone) that
 * opens the findings in a popover: the reason, what would fix it, the CTC source, the role the
 * check took, and the findings the user has marked as seen this session.
 */

import type { CheckResult, ChosenRole, Tool } from '../../messages';
import { findingKey } from '../../ui/finding-key';
import { t, tFor } from '../../ui/i18n';
import { needsAttention, STATUS_SIGN } from '../../ui/vocabulary';
import { el, userButton } from './dom';
import { findingItem } from './finding-item';
import { linkPopover } from './popover';
import { roleSection } from './role-choice';
import type { Verdict } from './verdict';

export interface PanelActions {
  chooseRole(role: ChosenRole): void;
  acknowledge(finding: string): void;
  /** Takes back the user's correction of this reading (check/corrections.ts). */
  undo(field: string): void;
  /** Has the background load a tool into the page (background/tools.ts). */
  open(tool: Tool): void;
}

/** Draws (or redraws, keeping the popover open and the focus where it was) the verdict. */
export function renderStatus(
  host: HTMLElement,
  verdict: Verdict & { result: CheckResult },
  hasCaseManager: boolean,
  actions: PanelActions,
): void {
  const root = host.shadowRoot;
  if (!root) return;
  const doc = host.ownerDocument;
  let badge = root.querySelector<HTMLButtonElement>('.badge');
  let panel = root.querySelector<HTMLElement>('[popover]');
  if (!badge || !panel) {
    badge = el(doc, 'button');
    badge.type = 'button';
    panel = el(doc, 'div');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-labelledby', 'cmc-title');
    // popovertarget links the badge to the panel for assistive technologies (no aria-controls).
    linkPopover(badge, panel);
    root.append(badge, panel);
  }
  const focused = (root.activeElement as HTMLElement | null)?.dataset.focus;

  const { result } = verdict;
  const seen = new Set(verdict.acknowledged);
  const open = result.findings.filter((f) => !seen.has(findingKey(f)));
  const acknowledged = result.findings.filter((f) => seen.has(findingKey(f)));
  const pending = open.filter((f) => needsAttention(f.severity)).length;
  const status = STATUS_SIGN[result.status];
  const statusText = t(status.key);

  badge.className = `badge ${result.status}${pending === 0 && acknowledged.length > 0 ? ' seen' : ''}`;
  // Shape and count only: the words would not fit beside a name in a narrow column. They are
  // the badge's accessible name, its tooltip and the panel's heading.
  badge.replaceChildren(el(doc, 'span', 'shape', status.shape));
  if (pending > 0) badge.append(el(doc, 'span', 'count', String(pending)));
  badge.title = statusText;
  badge.setAttribute(
    'aria-label',
    `${t('extName')}: ${statusText}. ${pending > 0 ? t('inlineToLookAt', String(pending)) : t('inlineNothingToLookAt')}`,
  );

  const title = el(doc, 'h2', undefined, `${status.shape} ${statusText}`);
  title.id = 'cmc-title';
  title.tabIndex = -1;
  title.dataset.focus = 'title';
  // A word, not "×": beside the heading's "✕" it read as a second status mark.
  const close = el(doc, 'button', 'close', t('inlineClose'));
  close.type = 'button';
  close.popoverTargetElement = panel;
  close.popoverTargetAction = 'hide';
  const head = el(doc, 'div', 'head');
  head.append(title, close);

  const list = el(doc, 'ul');
  list.setAttribute('aria-label', t('panelLabel'));
  list.dataset.iep = verdict.iep;
  for (const f of open) list.append(findingItem(doc, f, actions.acknowledge));
  panel.replaceChildren(head, el(doc, 'p', 'view', tFor('view', verdict.iep)));
  // What the verdict rests on that the user corrected, each with its undo.
  for (const field of verdict.corrected ?? []) {
    const [kind, code = ''] = field.split(':');
    const line = el(doc, 'p', 'corrected', `${t(`inlineCorrected_${kind}`, code)} `);
    line.append(
      userButton(doc, 'ack', t('inlineUndo'), `undo:${field}`, () => actions.undo(field)),
    );
    panel.append(line);
  }
  const tools = el(doc, 'p');
  for (const tool of ['outline', 'correct'] as const) {
    tools.append(
      userButton(doc, 'ack', t(`inlineTool_${tool}`), tool, () => actions.open(tool)),
      ' ',
    );
  }
  panel.append(list, tools);
  // No question about the role of a case manager the user said is not the one.
  if (hasCaseManager && !verdict.corrected?.includes('caseManager')) {
    panel.append(roleSection(doc, result.role, verdict.chosenRole, actions.chooseRole));
  }
  if (acknowledged.length > 0) {
    const group = el(doc, 'details', 'seen');
    group.append(el(doc, 'summary', undefined, t('inlineSeenGroup', String(acknowledged.length))));
    const seenList = el(doc, 'ul');
    for (const f of acknowledged) {
      const item = findingItem(doc, f);
      item.dataset.acknowledged = 'true';
      seenList.append(item);
    }
    group.append(seenList);
    panel.append(group);
  }
  if (focused && panel.matches(':popover-open')) {
    (root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`) ?? title).focus();
  }
}

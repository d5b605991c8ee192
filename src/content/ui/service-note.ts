/**
 * A note on a service row whose provider's credential is at issue: a small button on the row
 * that opens the finding in a popover, so the reason is where the provider is named.
 */
import type { ServiceNote } from '../../messages';
import { t } from '../../ui/i18n';
import { el } from './dom';
import { linkPopover } from './popover';

export function renderNote(host: HTMLElement, note: ServiceNote): void {
  const root = host.shadowRoot;
  if (!root) return;
  const doc = host.ownerDocument;
  const words = t(note.severity === 'error' ? 'inlineNoteError' : 'inlineNoteWarning');
  const button = el(doc, 'button', `note ${note.severity}`);
  button.type = 'button';
  button.dataset.rule = note.rule;
  button.dataset.severity = note.severity;
  button.setAttribute('aria-label', `${t('extName')}: ${words}`);
  button.append(el(doc, 'span', undefined, note.severity === 'error' ? '✕' : '!'), ` ${words}`);
  const popover = el(doc, 'div');
  popover.setAttribute('role', 'note');
  popover.append(el(doc, 'p', undefined, note.message), el(doc, 'p', 'muted', t('inlineNoteMore')));
  linkPopover(button, popover);
  for (const old of root.querySelectorAll('.note, [popover]')) old.remove();
  root.append(button, popover);
}

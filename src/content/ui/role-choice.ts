/**
 * What the case manager does for this student, as the check took it, and the user's way to
 * say otherwise: instruction, a support service, coordination only, or "let the check decide".
 */
import type { ChosenRole } from '../../messages';
import type { Role } from '../../rules/types';
import { t } from '../../ui/i18n';
import { el, onUserClick } from './dom';

const ROLE_KEY: Record<Role, string> = {
  instruction: 'inlineRoleInstruction',
  support: 'inlineRoleSupport',
  coordinator: 'inlineRoleCoordinator',
  unknown: 'inlineRoleNotShown',
};
const CHOICES = ['instruction', 'support', 'coordinator', 'auto'] as const;

export function roleSection(
  doc: Document,
  role: Role,
  chosen: ChosenRole,
  choose: (role: ChosenRole) => void,
): HTMLFieldSetElement {
  const fieldset = el(doc, 'fieldset');
  const taken = el(doc, 'p');
  // "Checked as a case manager who does something the page does not show" said nothing.
  if (role === 'unknown') taken.append(t('inlineRoleNotShown'));
  else
    taken.append(
      `${t('inlineRoleCheckedAs')} `,
      el(doc, 'strong', undefined, t(ROLE_KEY[role])),
      ` ${t(chosen ? 'inlineRoleYouSaid' : 'inlineRoleWorkedOut')}`,
    );
  fieldset.append(el(doc, 'legend', undefined, t('inlineRoleQuestion')), taken);
  for (const value of CHOICES) {
    const label = el(doc, 'label');
    const input = el(doc, 'input');
    input.type = 'radio';
    input.name = 'cmc-role';
    input.dataset.focus = value;
    input.checked = (chosen ?? 'auto') === value;
    onUserClick(input, () => choose(value === 'auto' ? null : value));
    label.append(input, ` ${t(value === 'auto' ? 'inlineRoleAuto' : ROLE_KEY[value])}`);
    fieldset.append(label);
  }
  return fieldset;
}

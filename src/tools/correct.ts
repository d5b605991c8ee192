/**
 * "Something looks wrong?" (issue 16, item 2), loaded into the frame that draws the verdict on
 * request (background/tools.ts): a small modal form, in its own shadow root, where the user
 * says which reading is wrong: this is not the case manager, not the provider of a service,
 * or the primary disability is another category. Each answer goes to the background, which
 * checks again at once with it (check/corrections.ts) and remembers it for the student under
 * a keyed hash; the panel then shows it as "corrected by you", with an undo, and so does this
 * form. Every control acts on the user's own click only (onUserClick): the page's scripts can
 * reach this open shadow root but not make it act.
 */

import type { Correction } from '../check/corrections';
import { el, onUserClick } from '../content/ui/dom';
import type { CheckPageResponse } from '../messages';
import { DISABILITIES } from '../rules';
import { t } from '../ui/i18n';
import { ext } from '../ui/runtime';
import { STATUS_SIGN } from '../ui/vocabulary';
import { type CorrectOptions, toolsHere } from './options';
import TOOLS_CSS from './tools.css?inline';

const correctedText = (field: string) => {
  const [kind, code = ''] = field.split(':');
  return t(`inlineCorrected_${kind}`, code);
};

let dialog: HTMLDialogElement | null = null;

function show(given: CorrectOptions): void {
  const doc = document;
  let options = given;
  if (!dialog?.isConnected) {
    const host = doc.createElement('span');
    host.setAttribute('data-cmc-host', 'corrections');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLS_CSS);
    root.adoptedStyleSheets = [sheet];
    dialog = el(doc, 'dialog');
    dialog.setAttribute('aria-labelledby', 'cmc-correct-title');
    // Closed (Esc, Close): gone from the page, as the outline.
    dialog.addEventListener('close', () => host.remove());
    root.append(dialog);
    doc.documentElement.append(host);
  }
  const form = dialog;
  const status = el(doc, 'p');
  status.setAttribute('role', 'status');

  const send = (correction: Correction) => {
    ext.runtime
      .sendMessage({ type: 'correct', correction })
      .then((reply) => {
        const answer = reply as CheckPageResponse | undefined;
        if (!answer?.ok) throw new Error('refused');
        options = { ...options, corrected: answer.corrected ?? [] };
        render();
        const verdict = answer.result ? STATUS_SIGN[answer.result.status] : null;
        // Nothing to remember it by (the page shows no student id or name), or the reading
        // changed meanwhile: said, rather than a verdict that looks corrected and is not.
        const field =
          correction.kind === 'not-case-manager'
            ? 'caseManager'
            : correction.kind === 'not-provider'
              ? `provider:${correction.service}`
              : correction.kind === 'primary-disability'
                ? 'primaryDisability'
                : null;
        if (field && !options.corrected.includes(field)) {
          status.textContent = t('correctNotApplied');
        } else if (verdict) status.textContent = t('correctChecked', t(verdict.key));
      })
      .catch(() => {
        status.textContent = t('correctFailed');
      });
  };

  const action = (text: string, focus: string, correction: () => Correction | null) => {
    const button = el(doc, 'button', 'act', text);
    button.type = 'button';
    button.dataset.focus = focus;
    onUserClick(button, () => {
      const made = correction();
      if (made) send(made);
    });
    return button;
  };

  const render = () => {
    const focused = (form.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    const focusKey = focused?.dataset.focus;
    const title = el(doc, 'h2', undefined, t('correctTitle'));
    title.id = 'cmc-correct-title';
    // Where the focus goes when the control it was on is gone (a correction made, undone).
    title.tabIndex = -1;
    const rows: HTMLElement[] = [];
    const done = new Set(options.corrected);
    for (const field of options.corrected) {
      const row = el(doc, 'p', 'row');
      row.dataset.corrected = field;
      row.append(
        el(doc, 'span', 'corrected', `${correctedText(field)} `),
        action(t('inlineUndo'), `undo:${field}`, () => ({ kind: 'undo', field })),
      );
      rows.push(row);
    }
    if (options.caseManager && !done.has('caseManager')) {
      const row = el(doc, 'div', 'row');
      row.append(
        el(doc, 'p', undefined, t('correctCaseManagerRead', options.caseManager)),
        action(t('correctNotCaseManager'), 'not-case-manager', () => ({
          kind: 'not-case-manager',
        })),
      );
      rows.push(row);
    }
    for (const { service, name } of options.providers) {
      if (done.has(`provider:${service}`)) continue;
      const row = el(doc, 'div', 'row');
      row.append(
        el(doc, 'p', undefined, t('correctProviderRead', service, name)),
        action(t('correctNotProvider', service), `not-provider:${service}`, () => ({
          kind: 'not-provider',
          service,
        })),
      );
      rows.push(row);
    }
    if (options.primary) {
      const row = el(doc, 'div', 'row');
      const select = el(doc, 'select');
      select.id = 'cmc-primary';
      select.dataset.focus = 'primary-select';
      // The category the user chose, from their own input only: a page script can set the
      // select's value (and fire an untrusted change) but not make the user's click apply it.
      let chosen = options.primary.code ?? '';
      select.addEventListener('change', (event) => {
        if (event.isTrusted) chosen = select.value;
      });
      for (const d of DISABILITIES) {
        const option = el(doc, 'option', undefined, `${d.code} ${d.name}`);
        option.value = d.code;
        option.selected = d.code === options.primary.code;
        select.append(option);
      }
      const label = el(doc, 'label', undefined, `${t('correctRightCategory')} `);
      label.htmlFor = 'cmc-primary';
      const line = el(doc, 'p');
      line.append(label, select);
      row.append(
        el(doc, 'p', undefined, t('correctPrimaryRead', options.primary.shown)),
        line,
        action(t('correctUseCategory'), 'primary', () =>
          // The category read, chosen again, corrects nothing.
          chosen && chosen !== options.primary?.code
            ? { kind: 'primary-disability', code: chosen }
            : null,
        ),
      );
      rows.push(row);
    }
    if (rows.length === 0) rows.push(el(doc, 'p', undefined, t('correctNothing')));
    const close = el(doc, 'button', 'act', t('toolClose'));
    close.type = 'button';
    close.dataset.focus = 'close';
    // Closing changes nothing, but like every control here it answers the user only.
    onUserClick(close, () => form.close());
    form.replaceChildren(title, el(doc, 'p', 'muted', t('correctIntro')), ...rows, status, close);
    (
      form.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey ?? '')}"]`) ?? title
    ).focus?.();
  };

  render();
  if (!form.open) form.showModal();
}

// Injected again on each request: the first copy stays, and opens its form with new options.
toolsHere().correct ??= show;

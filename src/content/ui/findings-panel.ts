/**
 * Draws a check's result next to a field, inside an open shadow root of a host element that
 * carries data-cmc-host (CONTRACT.md §5). Only textContent is ever set: page values can't
 * become markup here.
 */
import type { CaseResult, Finding, Severity, StudentStatus } from '../../rules/types';
import type { IepView } from '../../scrape/snapshot';
import { t } from './i18n';
// Inlined and minified by Vite at build time: the sheet ships inside the content script.
import PANEL_CSS from './panel.css?inline';

export const HOST_ATTRIBUTE = 'data-cmc-host';

const STATUS_TEXT: Record<StudentStatus, { key: string; shape: string }> = {
  violation: { key: 'statusViolation', shape: '✕' },
  review: { key: 'statusReview', shape: '!' },
  ok: { key: 'statusOk', shape: '✓' },
};

const SEVERITY_KEY: Record<Severity, string> = {
  error: 'severityError',
  warning: 'severityWarning',
  suggestion: 'severitySuggestion',
  info: 'severityInfo',
  ok: 'severityOk',
};

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

function findingItem(doc: Document, finding: Finding): HTMLLIElement {
  const item = element(doc, 'li');
  item.dataset.rule = finding.rule;
  item.dataset.severity = finding.severity;
  item.append(
    element(doc, 'span', { className: 'sev', text: `${t(SEVERITY_KEY[finding.severity])}:` }),
    doc.createTextNode(finding.message),
  );
  if (finding.fixes?.length) {
    const fixes = element(doc, 'span', { className: 'fixes', text: t('fixLabel') });
    const list = element(doc, 'ul');
    for (const fix of finding.fixes) list.append(element(doc, 'li', { text: fix }));
    fixes.append(list);
    item.append(fixes);
  }
  item.append(
    element(doc, 'span', { className: 'source', text: `${t('sourceLabel')} ${finding.source}` }),
  );
  return item;
}

function applyStyles(root: ShadowRoot): void {
  // A constructed sheet is not subject to the vendor page's style-src CSP; <style> is the
  // fallback where constructed sheets are missing.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = PANEL_CSS;
    root.append(style);
  }
}

/** A new, empty host; the caller places it in the page. */
export function createHost(doc: Document, role: string): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(HOST_ATTRIBUTE, role);
  applyStyles(host.attachShadow({ mode: 'open' }));
  return host;
}

const VIEW_KEY: Record<IepView, string> = {
  current: 'viewCurrent',
  future: 'viewFuture',
  unknown: 'viewUnknown',
};

/** Replaces what the host shows with this result, read from this IEP view. */
export function renderResult(host: HTMLElement, result: CaseResult, view: IepView): void {
  const root = host.shadowRoot;
  if (!root) return;
  const doc = host.ownerDocument;
  const shown = root.querySelector('details');
  const details = element(doc, 'details');
  // Keep the panel open across re-draws if the user opened it.
  details.open = shown?.open ?? false;
  const status = STATUS_TEXT[result.status];
  const summary = element(doc, 'summary', { className: result.status });
  summary.setAttribute('aria-label', `${t('extName')}: ${t(status.key)}`);
  summary.append(
    element(doc, 'span', { className: 'shape', text: status.shape }),
    element(doc, 'span', { text: t(status.key) }),
  );
  const list = element(doc, 'ul');
  list.setAttribute('aria-label', t('panelLabel'));
  list.dataset.iep = view;
  list.append(element(doc, 'li', { className: 'view', text: t(VIEW_KEY[view]) }));
  for (const finding of result.findings) list.append(findingItem(doc, finding));
  details.append(summary, list);
  if (shown) shown.replaceWith(details);
  else root.append(details);
}

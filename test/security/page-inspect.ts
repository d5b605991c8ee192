/**
 * Checks of a page the extension has drawn on, shared by the jsdom tests (called directly) and
 * the Chromium tests (sent into the page as source text: each function is self-contained,
 * using nothing but its arguments).
 */

/**
 * The document as markup, without the extension's hosts: what the page itself should show.
 * Ours are the elements with data-cmc-host and a shadow root; a page's own element carrying
 * the attribute (a spoof) stays, so removing one of those would show as a change.
 */
export function serializeOutsideHosts(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  // A copy has no shadow roots: find ours in the original, at the same places in the copy.
  const originals = doc.documentElement.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  const ours: Element[] = [];
  originals.forEach((element, i) => {
    const twin = copies[i];
    if (twin && element.hasAttribute('data-cmc-host') && element.shadowRoot) ours.push(twin);
  });
  for (const host of ours) host.remove();
  return copy.outerHTML;
}

export interface HostReport {
  /** Our hosts (those with the shadow root the content script attaches), by role. */
  hosts: Record<string, number>;
  /** Anything in or on them that the extension would never write. */
  problems: string[];
  /** Everything our shadow roots show as text, joined. */
  text: string;
}

/**
 * What the extension drew: hosts carrying only its own attributes, shadow roots holding only
 * the elements and attributes its renderers make (src/content/ui), and no attribute value with
 * a payload's marks. Page values may reach the UI as text only.
 */
export function inspectHosts(doc: Document, markers: readonly string[]): HostReport {
  const TAGS = new Set([
    'style',
    'button',
    'span',
    'div',
    'h2',
    'p',
    'ul',
    'li',
    'fieldset',
    'legend',
    'label',
    'input',
    'strong',
    'details',
    'summary',
  ]);
  const ATTRIBUTES = new Set([
    'class',
    'id',
    'type',
    'role',
    'name',
    'tabindex',
    'popover',
    // Chromium reflects popoverTargetElement and popoverTargetAction as these.
    'popovertarget',
    'popovertargetaction',
    'data-rule',
    'data-severity',
    'data-focus',
    'data-acknowledged',
    'data-iep',
    // The badge's words as its tooltip (its status from the extension's own strings).
    'title',
  ]);
  const HOST_ATTRIBUTES = new Set(['data-cmc-host', 'data-theme']);
  const report: HostReport = { hosts: {}, problems: [], text: '' };
  const marked = (value: string) => markers.find((m) => value.toLowerCase().includes(m));

  for (const host of doc.querySelectorAll('[data-cmc-host]')) {
    const root = host.shadowRoot;
    // A page's own element with the attribute (a spoof) has no shadow root of ours.
    if (!root) continue;
    const role = host.getAttribute('data-cmc-host') ?? '';
    report.hosts[role] = (report.hosts[role] ?? 0) + 1;
    if (!['case-manager', 'service-note'].includes(role)) report.problems.push(`host ${role}`);
    if (host.localName !== 'span') report.problems.push(`host is <${host.localName}>`);
    for (const { name } of host.attributes) {
      if (!HOST_ATTRIBUTES.has(name)) report.problems.push(`host attribute ${name}`);
    }
    if (host.childNodes.length > 0) report.problems.push('host has light-DOM children');
    for (const element of root.querySelectorAll('*')) {
      const tag = element.localName;
      if (!TAGS.has(tag)) report.problems.push(`<${tag}> in the shadow root`);
      if (element.shadowRoot) report.problems.push(`<${tag}> has a shadow root`);
      for (const { name, value } of element.attributes) {
        if (!ATTRIBUTES.has(name) && !name.startsWith('aria-')) {
          report.problems.push(`<${tag} ${name}> in the shadow root`);
        }
        const mark = marked(value);
        if (mark) report.problems.push(`<${tag} ${name}> holds "${mark}"`);
      }
    }
    report.text += `${root.textContent ?? ''}\n`;
  }
  return report;
}

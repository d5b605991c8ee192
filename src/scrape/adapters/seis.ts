/**
 * SEIS (www.seis.org): an AngularJS single-page app. The student sidebar is a list of
 * "Label: value" rows; services are numbered cards, not a table (VENDORS.md §1.2, fixture A).
 * Selectors are tried first; the label reader covers whatever they miss.
 */
import type { Extraction, VendorAdapter } from '../adapter';
import { buildSnapshot } from '../build-snapshot';
import { clean, queryEach } from '../dom';
import { shownAt } from '../shown-at';
import type { IepView, ShownService } from '../snapshot';
import { limit } from '../values';
import { onHost } from './field-selectors';

/** "#1 330 Specialized Academic Instruction" → code and name. */
const SERVICE_HEADING = /^#?\s*\d+\s+(\d{3})\s+(.+)$/;
/** The card's lines start with their label: "Dates 08/15/2025 - 06/10/2026". */
const CARD_LINE = /^(Dates|Duration|Provider|Location|Delivery|Staff)\s+(.+)$/i;
/** The rest of a longer label: "Provider Type", "Staff Position" are not the provider. */
const LONGER_LABEL = /^(?:type|position|title|role|code|agency|e-?mail|phone)\b/i;
const DATE_RANGE = /^(\S+)\s*[-–]\s*(\S+)$/;

/**
 * The card's lines, in page order: its own `div` and `p` children and every `li` in it (what
 * `:scope > div, :scope > p, :scope li` selects, without a selector list matched per card).
 */
function cardLines(card: Element): Element[] {
  const lines: Element[] = [];
  for (let child = card.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'div' || tag === 'p' || tag === 'li') lines.push(child);
    if (child.firstElementChild) lines.push(...child.getElementsByTagName('li'));
  }
  return lines;
}

function readServiceCard(card: Element): ShownService | null {
  const title = card.querySelector('h3, h4, h5, .service-title');
  const match = SERVICE_HEADING.exec(clean(title?.textContent ?? ''));
  if (!match?.[1] || !match[2]) return null;
  const service = shownAt<ShownService>({ code: match[1], name: match[2] }, title ?? card);
  for (const line of cardLines(card)) {
    const parts = CARD_LINE.exec(clean(line.textContent ?? ''));
    if (!parts?.[1] || !parts[2]) continue;
    const value = parts[2];
    if (LONGER_LABEL.test(value)) continue;
    switch (parts[1].toLowerCase()) {
      case 'dates': {
        const range = DATE_RANGE.exec(value);
        if (range?.[1] && range[2]) {
          service.start = range[1];
          service.end = range[2];
        }
        break;
      }
      case 'duration': {
        // Bounded like every other value: the protocol refuses longer text, which would leave
        // the whole page unchecked.
        service.time = { frequency: limit(value) };
        break;
      }
      case 'staff':
        service.provider = value;
        break;
      case 'provider':
        // "100 District of Service" names an agency, not a person: keep people only.
        if (!/^\d{3}\s/.test(value)) service.provider = value;
        break;
      case 'location':
        service.location = value;
        break;
      case 'delivery':
        service.delivery = value;
        break;
    }
  }
  return service;
}

function readIepView(root: ParentNode): IepView {
  const active = root.querySelector(
    '.iep-toggle .active, [role="tab"][aria-selected="true"], .iep-state .active',
  );
  const label = clean(active?.textContent ?? '').toLowerCase();
  if (label.includes('future') || label.includes('draft')) return 'future';
  if (label.includes('current')) return 'current';
  return 'unknown';
}

export const seis: VendorAdapter = {
  vendor: 'seis',
  matchesUrl: onHost('seis.org'),
  read(root: ParentNode): Extraction {
    const cards = queryEach(root, ['.service', '[ng-repeat^="s in services"]']);
    const services = [...cards].flatMap((card) => readServiceCard(card) ?? []);
    return buildSnapshot(root, {
      vendor: 'seis',
      iep: readIepView(root),
      services: cards.length > 0 ? services : null,
      // A card that cannot be read may be the case manager's instruction: the services read
      // are kept, and the rest is unknown, never absent (issue 14: no coordinator by omission).
      servicesUnread: services.length < cards.length,
    });
  },
};

/**
 * "Show what was read" (issue 16, item 1), loaded into the frames of an IEP view on request
 * (background/tools.ts). It outlines each element the verdict rests on, the case manager, the
 * disabilities, each service and its provider, the placement, with a short label, and lists
 * what was looked for and not found. It draws in its own shadow root, in the top layer, over
 * the page's elements and never in them; it follows scrolling, resizing and the page's own
 * re-renders (the content script reads the page again and leaves its new reading where this
 * finds it), and is removed on Escape or Close, or when opened again.
 */
import { READ } from '../content/read-registry';
import { el, onUserClick } from '../content/ui/dom';
import type { FieldName } from '../fields/spellings';
import type { Extraction } from '../scrape/adapter';
import { t } from '../ui/i18n';
import { type OutlineOptions, toolsHere } from './options';
import TOOLS_CSS from './tools.css?inline';

interface Mark {
  /** `caseManager`, `primaryDisability`, `service:330`, `provider:330`… */
  key: string;
  label: string;
  element: Element | null;
}

const FIELD_MARKS: readonly [FieldName, string][] = [
  ['caseManager', 'outlineCaseManager'],
  ['primaryDisability', 'outlinePrimaryDisability'],
  ['secondaryDisability', 'outlineSecondaryDisability'],
  ['program', 'outlinePlacement'],
  ['setting', 'outlinePlacement'],
  ['percentInRegularClass', 'outlinePlacement'],
];

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 1);

/**
 * The element that shows a service's provider: within the service's row or card, the
 * smallest element whose text holds every word of the name as read; the row itself if none.
 */
function providerElement(anchor: Element, name: string): Element {
  const row =
    anchor.closest('tr, [role="row"], li, .service, [ng-repeat], article, section') ??
    anchor.parentElement ??
    anchor;
  const wanted = words(name);
  let best: Element | null = null;
  for (const candidate of row.querySelectorAll('*')) {
    const text = candidate.textContent ?? '';
    if (best && text.length >= (best.textContent ?? '').length) continue;
    const has = new Set(words(text));
    if (wanted.length > 0 && wanted.every((w) => has.has(w))) best = candidate;
  }
  return best ?? row;
}

/** What this frame read, as marks: the parked reading of the content script, now. */
function marksOf(read: Extraction | undefined, rowCodes: readonly (string | null)[]): Mark[] {
  if (!read) return [];
  const { snapshot, fieldAt, serviceAnchors } = read;
  const shown: Partial<Record<FieldName, unknown>> = {
    caseManager: snapshot.caseManager,
    primaryDisability: snapshot.primaryDisability,
    secondaryDisability: snapshot.secondaryDisability,
    program: snapshot.placement.program,
    setting: snapshot.placement.setting,
    percentInRegularClass: snapshot.placement.percentInRegularClass,
  };
  const marks: Mark[] = [];
  for (const [field, key] of FIELD_MARKS) {
    if (shown[field]) {
      marks.push({ key: field, label: t(key), element: fieldAt?.(field)?.element ?? null });
    }
  }
  snapshot.services.forEach((service, i) => {
    const code = rowCodes[i];
    if (!code) return;
    const anchor = serviceAnchors[i] ?? null;
    marks.push({ key: `service:${code}`, label: t('outlineService', code), element: anchor });
    if (service.provider) {
      marks.push({
        key: `provider:${code}`,
        label: t('outlineProvider', code),
        element: anchor ? providerElement(anchor, service.provider) : null,
      });
    }
  });
  return marks;
}

/** The field a mark of FIELD_MARKS stands for in OutlineOptions.read. */
const FIELD_OF: Record<string, string> = {
  program: 'placement',
  setting: 'placement',
  percentInRegularClass: 'placement',
};

/** A field of OutlineOptions.read as the legend says it. */
function readText(field: string): string {
  const [kind, code = ''] = field.split(':');
  if (kind === 'service') return t('outlineService', code);
  if (kind === 'provider') return t('outlineProvider', code);
  return t(NOT_FOUND_KEY[field] ?? field);
}

const NOT_FOUND_KEY: Record<string, string> = {
  caseManager: 'outlineCaseManager',
  primaryDisability: 'outlinePrimaryDisability',
  secondaryDisability: 'outlineSecondaryDisability',
  placement: 'outlinePlacement',
  services: 'outlineServices',
  instructionalServices: 'outlineInstructionalServices',
};

function notFoundText(field: string): string {
  const [kind, code = ''] = field.split(':');
  return kind === 'provider' ? t('outlineProviderOf', code) : t(NOT_FOUND_KEY[field] ?? field);
}

/** Whether two boxes share any area. */
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Our own badge and row notes on the page: a label should not hide them either. */
function ourMarkers(doc: Document): DOMRect[] {
  return [...doc.querySelectorAll('[data-cmc-host="case-manager"], [data-cmc-host="service-note"]')]
    .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('.badge, .note') ?? [])])
    .map((marker) => marker.getBoundingClientRect());
}

/**
 * Puts each label where it covers least: inside the end of a row-wide box, else above its box,
 * to its right, below it, inside its end, or to its left; the first place in the window that
 * overlaps no other box, no label already placed and none of our markers (badges, notes, the
 * legend), else the place that overlaps least.
 */
function placeLabels(
  drawn: { label: HTMLElement; around: DOMRect }[],
  markers: readonly DOMRect[],
): void {
  const placedLabels: DOMRect[] = [];
  const view = new DOMRect(0, 0, innerWidth, innerHeight);
  for (const { label, around } of drawn) {
    const w = label.offsetWidth;
    const h = label.offsetHeight;
    const middle = around.top + (around.height - h) / 2;
    // A row-wide box (a card's line) has room at its own end, where the page shows nothing.
    const inside = new DOMRect(around.right - w - 4, middle, w, h);
    const wide = around.width > 320;
    const candidates = [
      ...(wide ? [inside] : []),
      new DOMRect(around.left, around.top - h - 1, w, h),
      new DOMRect(around.right + 4, middle, w, h),
      new DOMRect(around.left, around.bottom + 1, w, h),
      ...(!wide && around.width > w + 40 ? [inside] : []),
      new DOMRect(around.left - w - 4, middle, w, h),
    ];
    const obstacles = [
      ...drawn.filter((d) => d.around !== around).map((d) => d.around),
      ...placedLabels,
      ...markers,
    ];
    const cost = (r: DOMRect) =>
      obstacles.reduce((sum, o) => sum + overlap(r, o), 0) +
      // Outside the window is worse than any overlap.
      (r.width * r.height - overlap(r, view)) * 1000;
    let best = candidates[0] as DOMRect;
    let bestCost = cost(best);
    for (const candidate of candidates.slice(1)) {
      if (bestCost === 0) break;
      const c = cost(candidate);
      if (c < bestCost) [best, bestCost] = [candidate, c];
    }
    label.style.left = `${best.left}px`;
    label.style.top = `${best.top}px`;
    placedLabels.push(best);
  }
}

interface Open {
  close(): void;
}
let open: Open | null = null;

function show(options: OutlineOptions): void {
  // Asked again (the shortcut, the panel's button) while open: the outline goes.
  if (open) {
    open.close();
    return;
  }
  const doc = document;
  const host = doc.createElement('span');
  host.setAttribute('data-cmc-host', 'outline');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TOOLS_CSS);
  root.adoptedStyleSheets = [sheet];
  const layer = el(doc, 'div', 'layer');
  layer.popover = 'manual';
  const boxes = el(doc, 'div');
  // The legend says the same in words; the boxes are for the eye.
  boxes.setAttribute('aria-hidden', 'true');
  layer.append(boxes);
  root.append(layer);
  doc.documentElement.append(host);
  layer.showPopover();
  // The findings panel (ours) would cover what the outline shows: it closes; the badge reopens it.
  for (const ours of doc.querySelectorAll('[data-cmc-host="case-manager"]')) {
    ours.shadowRoot?.querySelector<HTMLElement>('[popover]:popover-open')?.hidePopover();
  }

  let legendList: HTMLUListElement | null = null;
  if (options.list) {
    const legend = el(doc, 'section', 'legend');
    legend.setAttribute('aria-labelledby', 'cmc-outline-title');
    const title = el(doc, 'h2', undefined, t('outlineTitle'));
    title.id = 'cmc-outline-title';
    legendList = el(doc, 'ul');
    legendList.dataset.list = 'read';
    const missing = el(doc, 'ul');
    missing.dataset.list = 'not-found';
    for (const field of options.notFound) {
      const item = el(doc, 'li', undefined, notFoundText(field));
      item.dataset.field = field;
      missing.append(item);
    }
    const close = el(doc, 'button', 'act', t('toolClose'));
    close.type = 'button';
    onUserClick(close, () => open?.close());
    legend.append(
      title,
      el(doc, 'p', undefined, t('outlineShown')),
      legendList,
      el(
        doc,
        'p',
        undefined,
        options.notFound.length ? t('outlineNotFound') : t('outlineAllFound'),
      ),
      ...(options.notFound.length ? [missing] : []),
      el(doc, 'p', 'muted', t('outlineHint')),
      close,
    );
    layer.append(legend);
  }

  let drawn = '';
  let frame = 0;
  const draw = () => {
    frame = requestAnimationFrame(draw);
    const marks = marksOf((globalThis as { [READ]?: Extraction })[READ], options.rowCodes);
    const placed = marks.map((mark) => {
      const rect = mark.element?.isConnected ? mark.element.getBoundingClientRect() : null;
      return { mark, rect: rect && (rect.width > 0 || rect.height > 0) ? rect : null };
    });
    const key = JSON.stringify(
      placed.map(({ mark, rect }) => [
        mark.key,
        mark.label,
        rect && [rect.x, rect.y, rect.width, rect.height],
      ]),
    );
    if (key === drawn) return;
    drawn = key;
    const drawnBoxes = placed.flatMap(({ mark, rect }) => {
      if (!rect) return [];
      // A few px of room around the element, so the outline does not hide its first letters.
      const around = new DOMRect(rect.left - 3, rect.top - 3, rect.width + 6, rect.height + 6);
      const provider = mark.key.startsWith('provider:') ? ' provider' : '';
      const box = el(doc, 'div', `box${provider}`);
      box.dataset.mark = mark.key;
      Object.assign(box.style, {
        left: `${around.left}px`,
        top: `${around.top}px`,
        width: `${around.width}px`,
        height: `${around.height}px`,
      });
      const label = el(doc, 'span', `label${provider}`, mark.label);
      label.dataset.mark = mark.key;
      return [{ box, label, around }];
    });
    boxes.replaceChildren(...drawnBoxes.map((d) => d.box), ...drawnBoxes.map((d) => d.label));
    const legendBox = legendList?.parentElement?.getBoundingClientRect();
    placeLabels(drawnBoxes, [...ourMarkers(doc), ...(legendBox ? [legendBox] : [])]);
    // In words, what the view's frames read (each label once: a placement read from three
    // fields is one placement); an item this frame read but cannot point to says so.
    const here = new Map<string, boolean>();
    for (const { mark, rect } of placed) {
      const field =
        mark.key.startsWith('service:') || mark.key.startsWith('provider:')
          ? mark.key
          : (FIELD_OF[mark.key] ?? mark.key);
      here.set(field, (here.get(field) ?? false) || rect !== null);
    }
    const items = new Map<string, boolean>();
    for (const field of options.read) {
      const text = readText(field);
      items.set(text, (items.get(text) ?? false) || here.get(field) !== false);
    }
    legendList?.replaceChildren(
      ...[...items].map(([text, shown]) =>
        el(doc, 'li', undefined, shown ? text : t('outlineNotLocated', text)),
      ),
    );
  };

  const onKey = (event: KeyboardEvent) => {
    // The user's own key: a page script's forged Escape does not close it.
    if (event.key === 'Escape' && event.isTrusted) open?.close();
  };
  doc.addEventListener('keydown', onKey, true);
  open = {
    close() {
      cancelAnimationFrame(frame);
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
      open = null;
    },
  };
  draw();
}

// Injected again on each request: the first copy stays, so one outline is open at a time.
toolsHere().outline ??= show;

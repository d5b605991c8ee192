/**
 * "Save this page's layout for support": a copy of the IEP page a district can send to whoever
 * maintains its adapters, with nothing of the student or the staff left in it.
 *
 * - Text: a label of our readers' vocabulary (./vocabulary.ts, compared as the readers compare
 *   labels) stays, and so does a text that shows nothing ("TBD", "-- Select --"); "Label: value"
 *   and "Label value" keep the label; every other text becomes a placeholder of its shape
 *   (letters → x or X, digits → 9, the rest kept), so the readers still see a name as a name, a
 *   date as a date and a code as a code.
 * - Attributes: only structural ones stay (id, class, role, for, type, colspan, rowspan, scope,
 *   headers, name, hidden, selected, checked, disabled; aria-* and data-* with their text masked
 *   as text, but for data-* lowercase identifiers); a run of five or more digits in an id or
 *   class is masked (a student number in an id). Every other attribute keeps its name with an
 *   empty value, so a selector on it still matches.
 *   A style stays only as "display:none" where it hides (the readers skip hidden parts).
 * - Removed: scripts, styles, images and media, comments, templates. Form values become
 *   placeholders of their shape in a `value` attribute; the selected option and checked boxes
 *   are marked as attributes.
 * - Frames of the same site and open shadow roots are inlined (a `data-cmc-frame` /
 *   `data-cmc-shadow-root` element); another site's frame is an empty marked element.
 * - The address: the page's, without query or fragment, its digits masked (a student number in
 *   a path); links keep their path the same way.
 *
 * Runs inside the page (./inject.ts, injected on the user's request) and in tests on jsdom.
 */
import { isPlaceholder } from '../scrape/values';
import { isVocabularyLabel } from './vocabulary';

/**
 * Words a page uses for yes and no and for a document's state, which the readers look for (a
 * checkbox caption, Frontline's "Status: Active") and which name no one.
 */
const KEEP_WORDS = new Set([
  'yes',
  'no',
  'y',
  'n',
  'true',
  'false',
  'current',
  'future',
  'current iep',
  'future iep',
  'draft',
  'active',
  'final',
  'finalized',
  'in progress',
  'proposed',
  'pending',
  'amendment',
  'locked',
  'in effect',
]);

/**
 * Names of the document itself, which the readers look for in titles ("CA Individualized
 * Education Program", "IEP – Annual Review") and which name no one: kept inside masked text.
 */
const DOCUMENT_WORDS = /\b(IEP|Individualized Education Program)\b/g;

/** Letters → x or X, digits → 9, everything else as it was (the document's own name kept). */
export function shapeOf(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(DOCUMENT_WORDS)) {
    out += shapeOfPart(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + shapeOfPart(text.slice(at));
}

function shapeOfPart(text: string): string {
  // Digits first: after them every letter is a letter of the text, and one pass marks its case.
  return text.replace(/\p{N}/gu, '9').replace(/\p{L}/gu, (c) => (/\p{Lu}/u.test(c) ? 'X' : 'x'));
}

/** Longest label prefixes tried for "Label value" (a SEIS card's "Provider Lee, Dana"). */
const MAX_PREFIX_WORDS = 4;

/** A text as the capture keeps it: a label or an empty-looking value as is, the rest masked. */
export function maskText(text: string): string {
  if (text.trim() === '') return text;
  // "Student: Doe, Riley | Student ID: 8002 | DOB: 2016-01-09": each part on its own.
  if (/[|•·]/.test(text) && !isVocabularyLabel(text)) {
    return text
      .split(/([|•·])/)
      .map((part) => (/^[|•·]$/.test(part) ? part : maskPart(part)))
      .join('');
  }
  return maskPart(text);
}

function maskPart(text: string): string {
  if (text.trim() === '') return text;
  if (isVocabularyLabel(text) || KEEP_WORDS.has(text.trim().toLowerCase())) return text;
  if (text.length <= 40 && isPlaceholder(text)) return text;
  // "Case Manager: Lee, Dana" keeps its label.
  const colon = /^([^:：]{1,60})([:：]\s*)([\s\S]*)$/u.exec(text);
  // The readers trim labels: so does the test ("\u00a0Student ID").
  if (colon?.[1] !== undefined && isVocabularyLabel(colon[1])) {
    return `${colon[1]}${colon[2] ?? ''}${shapeOf(colon[3] ?? '')}`;
  }
  // "Provider Lee, Dana": the longest label of a few words that starts the text.
  const body = text.trimStart();
  const lead = text.slice(0, text.length - body.length);
  // Words and the spaces between them: a prefix of n words is the first 2n - 1 parts.
  const parts = body.split(/(\s+)/);
  for (let n = Math.min(MAX_PREFIX_WORDS, Math.ceil(parts.length / 2) - 1); n >= 1; n--) {
    const prefix = parts.slice(0, 2 * n - 1).join('');
    if (isVocabularyLabel(prefix)) return `${lead}${prefix}${shapeOf(body.slice(prefix.length))}`;
  }
  return shapeOf(text);
}

export function captureLayout(doc: Document = document): CaptureResult {
  const maskDigitRuns = (value: string) =>
    value.replace(/\d{5,}/g, (run) => '9'.repeat(run.length));

  const DROP = new Set([
    'script',
    'style',
    'link',
    'img',
    'picture',
    'video',
    'audio',
    'source',
    'track',
    'canvas',
    'svg',
    'object',
    'embed',
    'noscript',
    'template',
    'base',
    'meta',
  ]);
  const PLAIN_ATTRIBUTES = new Set([
    'role',
    'type',
    'colspan',
    'rowspan',
    'scope',
    'hidden',
    'selected',
    'checked',
    'disabled',
    'readonly',
    'multiple',
  ]);
  const REFERENCE_ATTRIBUTES = new Set(['id', 'class', 'for', 'headers', 'name']);
  const ARIA_SHAPE = new Set([
    'aria-level',
    'aria-posinset',
    'aria-setsize',
    'aria-rowcount',
    'aria-colcount',
    'aria-rowindex',
    'aria-colindex',
    'aria-rowspan',
    'aria-colspan',
  ]);
  const VOID = new Set(['br', 'hr', 'input', 'col', 'wbr', 'area']);

  const escapeText = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

  const hides = (style: string) =>
    /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);

  const attributesOf = (el: Element): string => {
    const out: string[] = [];
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'value' || name === 'src' || name === 'srcset')
        continue;
      let value: string;
      if (REFERENCE_ATTRIBUTES.has(name)) value = maskDigitRuns(attr.value);
      else if (PLAIN_ATTRIBUTES.has(name)) value = attr.value.length <= 20 ? attr.value : '';
      else if (name.startsWith('aria-')) {
        // States and a grid's shape are structure; a value (aria-valuenow: a percent, a
        // count) is the student's, and is masked like text.
        value =
          /^(true|false|mixed|page|step|location|date|time)$/.test(attr.value) ||
          (ARIA_SHAPE.has(name) && /^-?\d+$/.test(attr.value))
            ? attr.value
            : name === 'aria-labelledby' || name === 'aria-describedby' || name === 'aria-controls'
              ? maskDigitRuns(attr.value)
              : maskText(attr.value);
      } else if (name.startsWith('data-')) {
        // A lowercase identifier (data-tab="services", data-iep="future") is the vendor's
        // structure; anything else (a name, a number) is masked like text.
        value =
          /^[a-z][a-z0-9_.:-]{0,39}$/.test(attr.value) && !/\d{5,}/.test(attr.value)
            ? attr.value
            : maskText(attr.value);
      } else if (name === 'style') {
        if (hides(attr.value)) out.push('style="display:none"');
        continue;
      } else if (name === 'href' || name === 'action') {
        // Where a link goes says how a vendor's pages connect; its query can name a student.
        value = attr.value.replace(/[?#][\s\S]*$/, '').replace(/\d/g, '9');
        if (/^\s*javascript:/i.test(value)) value = '';
      } else value = '';
      out.push(value === '' ? name : `${name}="${escapeAttr(value)}"`);
    }
    return out.length > 0 ? ` ${out.join(' ')}` : '';
  };

  /** A form control's live state, which its attributes may not show. */
  const controlState = (el: Element): string => {
    const tag = el.localName;
    if (tag === 'input') {
      const input = el as HTMLInputElement;
      const type = (input.type || 'text').toLowerCase();
      if (type === 'hidden' || type === 'password' || type === 'file') return '';
      if (type === 'checkbox' || type === 'radio') {
        return input.checked && !input.hasAttribute('checked') ? ' checked' : '';
      }
      return input.value ? ` value="${escapeAttr(maskText(input.value))}"` : '';
    }
    if (tag === 'option') {
      const option = el as HTMLOptionElement;
      return option.selected && !option.hasAttribute('selected') ? ' selected' : '';
    }
    return '';
  };

  let elements = 0;
  let frames = 0;
  let shadowRoots = 0;

  const serialize = (node: Node): string => {
    if (node.nodeType === 3) return escapeText(maskText((node as Text).data));
    if (node.nodeType !== 1) return '';
    const el = node as Element;
    const tag = el.localName;
    if (DROP.has(tag)) return '';
    elements++;
    if (tag === 'iframe' || tag === 'frame') {
      frames++;
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      const body = inner?.body ? children(inner.body) : '';
      const state = inner ? 'inlined' : 'another site';
      return `<div data-cmc-frame="${state}"${attributesOf(el)}>${body}</div>`;
    }
    const open = `<${tag}${attributesOf(el)}${controlState(el)}>`;
    if (VOID.has(tag)) return open;
    let inside = '';
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow && !el.hasAttribute('data-cmc-host')) {
      shadowRoots++;
      inside += `<div data-cmc-shadow-root>${children(shadow)}</div>`;
    }
    if (tag === 'textarea') inside += escapeText(maskText((el as HTMLTextAreaElement).value));
    else inside += children(el);
    return `${open}${inside}</${tag}>`;
  };

  const children = (parent: Node): string => {
    let out = '';
    for (const child of Array.from(parent.childNodes)) {
      // Our own badge and panel are no part of the vendor's layout.
      if (child.nodeType === 1 && (child as Element).hasAttribute('data-cmc-host')) continue;
      out += serialize(child);
    }
    return out;
  };

  const url = new URL(doc.location.href);
  const address = `${url.origin}${url.pathname.replace(/\d/g, '9')}`;
  const lang = doc.documentElement.getAttribute('lang');
  const html = [
    '<!doctype html>',
    `<html${lang ? ` lang="${escapeAttr(lang.slice(0, 20))}"` : ''}>`,
    '<head><meta charset="utf-8">',
    `<meta name="cmc-capture-url" content="${escapeAttr(address)}">`,
    `<title>${escapeText(maskText(doc.title))}</title></head>`,
    doc.body ? serialize(doc.body) : '<body></body>',
    '</html>',
    '',
  ].join('\n');
  return { html, address, elements, frames, shadowRoots };
}

export interface CaptureResult {
  /** The de-identified page, a whole HTML document. */
  html: string;
  /** The page's address without query or fragment, its digits masked. */
  address: string;
  elements: number;
  frames: number;
  shadowRoots: number;
}

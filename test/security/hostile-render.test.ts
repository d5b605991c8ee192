/**
 * The content script's renderers (src/content/ui) given hostile text in every string a verdict
 * carries, whatever the rules would ever put there: each finding's message, fixes, source and
 * date, the acknowledged keys, and a row note's message. (A finding's authorization and service
 * code are the catalog's keys and a three-digit code, never page text: they name the "mark as
 * seen" button's data-focus.) They must draw each string as
 * text, verbatim (NULs and lone surrogates included), with only their own elements and
 * attributes, and leave the page around the host alone.
 */
import '../support/constructed-sheets';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/content/ui/host';
import { renderNote } from '../../src/content/ui/service-note';
import { renderStatus } from '../../src/content/ui/status-panel';
import type { Verdict } from '../../src/content/ui/verdict';
import type { CaseResult, Finding } from '../../src/rules/types';
import { inspectHosts, serializeOutsideHosts } from './page-inspect';
import { PAYLOAD_MARKERS, PAYLOADS, payloadName } from './payloads';

function page() {
  const dom = new JSDOM(
    '<!doctype html><div class="row"><span class="lbl">Case Manager:</span> <span class="val">Chen, Morgan</span></div><div class="service"><h4>#1 415 Language and Speech</h4></div>',
    { runScripts: 'dangerously' },
  );
  const hits: unknown[] = [];
  (dom.window as unknown as { __pwned: (x: unknown) => void }).__pwned = (x) => hits.push(x);
  const doc = dom.window.document;
  const anchor = doc.querySelector('.val') as Element;
  const row = doc.querySelector('h4') as Element;
  return { dom, doc, anchor, row, hits };
}

function findingsWith(text: string): Finding[] {
  return [
    {
      rule: 'service-authorization',
      severity: 'error',
      message: text,
      messageId: 'findingInstructionNotCovered',
      data: {},
      source: text,
      status: 'confirmed',
      fixes: [text, text],
      authorization: 'MMSN',
      serviceCode: '415',
    },
    {
      rule: 'needs-review',
      severity: 'warning',
      message: text,
      messageId: 'findingInstructionNotCovered',
      data: {},
      source: text,
      status: 'unconfirmed',
      until: text,
    },
    {
      rule: 'authorized',
      severity: 'ok',
      message: text,
      messageId: 'findingAuthorizedPrimary',
      data: { held: text },
      source: text,
      status: 'secondary',
    },
  ];
}

describe('the inline renderers', () => {
  it(`draw ${PAYLOADS.length} payloads in every string of a verdict as text, verbatim`, () => {
    const { dom, doc, anchor, row, hits } = page();
    const actions = {
      chooseRole: () => undefined,
      acknowledge: () => undefined,
      undo: () => undefined,
      open: () => undefined,
    };
    for (const payload of PAYLOADS) {
      const before = serializeOutsideHosts(doc);
      const findings = findingsWith(payload);
      const result: CaseResult = { status: 'violation', role: 'instruction', findings };
      // The second finding is marked as seen, so the "seen" group is drawn too.
      const seen = `needs-review||`;
      const verdict: Verdict & { result: CaseResult } = {
        result,
        iep: 'current',
        draw: true,
        acknowledged: [seen, payload],
        chosenRole: 'support',
        notes: [],
      };
      const status = createHost(doc, 'case-manager', anchor);
      anchor.after(status);
      renderStatus(status, verdict, true, actions);
      // A redraw reuses the badge and the panel: it must leave no stale or extra elements.
      renderStatus(status, verdict, true, actions);
      const note = createHost(doc, 'service-note', row);
      row.append(note);
      renderNote(note, {
        index: 0,
        rule: 'service-authorization',
        severity: 'error',
        message: payload,
      });

      const report = inspectHosts(doc, PAYLOAD_MARKERS);
      expect(report.problems, payloadName(payload)).toEqual([]);
      expect(report.hosts).toEqual({ 'case-manager': 1, 'service-note': 1 });
      // Every copy of the payload is there, as text (jsdom keeps NULs and lone surrogates).
      const copies = report.text.split(payload).length - 1;
      if (payload !== '') expect(copies, payloadName(payload)).toBeGreaterThanOrEqual(7);
      expect(serializeOutsideHosts(doc)).toBe(before);
      status.remove();
      note.remove();
    }
    expect(hits).toEqual([]);
    dom.window.close();
  });
});

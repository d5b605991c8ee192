/**
 * Hostile values in every field the adapters read, through everything the extension does with
 * them, in jsdom: the SEIS adapter and the generic readers read the page (careful and careless
 * markup), the snapshot must pass the background's protocol schema, the background's steps
 * (interpretation, the rules, service notes) make the verdict, and the content script's
 * renderers draw it into shadow roots beside the page's own elements. Then: nothing ran, the
 * shadow roots hold only the renderers' own elements and attributes, page text arrives there as
 * text, and the page's DOM outside our hosts is as the page made it.
 *
 * Every payload goes into every field at once (`all`), and again around a real case manager and
 * services (`core`), so the panel, the role question and a row note are drawn with it.
 */
import '../support/constructed-sheets';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceNotes } from '../../src/background/service-notes';
import { caseFromSnapshot } from '../../src/check/case-from-snapshot';
import { clearStaleHosts } from '../../src/content/page-check';
import { isCheckReply } from '../../src/content/reply-guard';
import { createHost } from '../../src/content/ui/host';
import { renderNote } from '../../src/content/ui/service-note';
import { renderStatus } from '../../src/content/ui/status-panel';
import { CheckPageResponse } from '../../src/messages';
import { evaluateCase } from '../../src/rules/engine';
import type { StaffMember } from '../../src/rules/types';
import type { VendorAdapter } from '../../src/scrape/adapter';
import { generic } from '../../src/scrape/adapters/generic';
import { seis } from '../../src/scrape/adapters/seis';
import { interpretService } from '../../src/scrape/interpret';
import { type ShownSnapshot, ShownSnapshotSchema } from '../../src/scrape/snapshot';
import { RosterSchema } from '../../src/settings/schema';
import { type FixtureTab, openFixtureTab, type PageKind } from './fixture-tab';
import {
  GENERIC_COLUMNS,
  GENERIC_FIELDS,
  genericCase,
  type Mode,
  seisForm,
  staffWithTexts,
} from './hostile-cases';
import { inspectHosts, serializeOutsideHosts } from './page-inspect';
import { PAYLOAD_MARKERS, PAYLOADS, payloadName } from './payloads';

const AS_OF = '2026-01-15';
/** One reading of a page, however hostile, stays well inside the debounce the script waits. */
const READ_BUDGET_MS = 500;

const ADAPTERS: Record<PageKind, VendorAdapter> = { seis, generic };
const CASES: Record<PageKind, (value: string, mode: Mode) => unknown> = {
  seis: seisForm,
  generic: genericCase,
};

/** What the background would answer the frame, built from the same steps (check-page.ts). */
function verdictFor(snapshot: ShownSnapshot, staff: StaffMember[]) {
  const read = snapshot.services.map((s) => interpretService(s));
  const services = read.flatMap((s) => s ?? []);
  const studentCase = caseFromSnapshot(
    { ...snapshot, services },
    { profile: null, roster: staff },
    AS_OF,
  );
  const result = evaluateCase(studentCase);
  return {
    ok: true as const,
    result,
    iep: snapshot.iep,
    draw: true,
    acknowledged: [],
    chosenRole: null,
    notes: serviceNotes(
      read.map((s) => s?.code ?? null),
      result,
    ),
  };
}

interface Drawn {
  hosts: Record<string, number>;
  text: string;
}

/** Reads the page, checks it as the background would, draws the verdict, and checks it all. */
function readCheckDraw(tab: FixtureTab, kind: PageKind, staff: StaffMember[]): Drawn {
  const doc = tab.document;
  const page = doc.documentElement.outerHTML;
  const before = serializeOutsideHosts(doc);
  // What the script does first when it starts in a page: clear what an earlier copy drew.
  clearStaleHosts(doc);
  const started = performance.now();
  const { snapshot, anchor, serviceAnchors } = ADAPTERS[kind].read(doc);
  expect(performance.now() - started, 'reading time').toBeLessThan(READ_BUDGET_MS);
  const sent = v.safeParse(ShownSnapshotSchema, JSON.parse(JSON.stringify(snapshot)));
  expect(
    sent.issues?.[0]?.path?.map((p) => p.key),
    'snapshot outside the protocol',
  ).toBe(undefined);

  const reply = verdictFor(snapshot, staff);
  expect(v.safeParse(CheckPageResponse, reply).success).toBe(true);
  expect(isCheckReply(JSON.parse(JSON.stringify(reply)))).toBe(true);
  const { ok: _, ...verdict } = reply;
  const actions = {
    chooseRole: () => undefined,
    acknowledge: () => undefined,
    undo: () => undefined,
    open: () => undefined,
  };
  const hosts: HTMLElement[] = [];
  if (anchor && verdict.result) {
    const host = createHost(doc, 'case-manager', anchor);
    anchor.after(host);
    hosts.push(host);
    renderStatus(host, { ...verdict, result: verdict.result }, snapshot.caseManager !== null, {
      ...actions,
    });
  }
  for (const note of verdict.notes) {
    const at = serviceAnchors[note.index];
    if (!at) continue;
    const host = createHost(doc, 'service-note', at);
    at.append(host);
    hosts.push(host);
    renderNote(host, note);
  }

  const report = inspectHosts(doc, PAYLOAD_MARKERS);
  expect(report.problems).toEqual([]);
  expect(serializeOutsideHosts(doc)).toBe(before);
  for (const host of hosts) host.remove();
  expect(doc.documentElement.outerHTML).toBe(page);
  return { hosts: report.hosts, text: report.text };
}

const fixtureStaff = (extra: StaffMember): StaffMember[] => {
  const roster = { importedAt: '2026-01-01T00:00:00.000Z', staff: [extra] };
  // Only what the options page would store: a roster the schema refuses never reaches a check.
  expect(v.safeParse(RosterSchema, roster).success).toBe(true);
  return roster.staff;
};

describe('the generic page', () => {
  it('draws every field and every service column the readers know', async () => {
    const tab = openFixtureTab('generic', false);
    try {
      await tab.show(genericCase('value', 'all'));
      const labels = tab.document.querySelectorAll('.formTable td.label');
      const headers = tab.document.querySelectorAll('.grid th');
      expect(labels.length).toBe(GENERIC_FIELDS.length);
      expect(headers.length).toBe(GENERIC_COLUMNS.length);
    } finally {
      tab.close();
    }
  });
});

for (const kind of ['seis', 'generic'] as const) {
  for (const careless of [false, true]) {
    describe(`${kind} page, values ${careless ? 'written as markup' : 'escaped'}`, () => {
      let tab: FixtureTab;
      beforeAll(() => {
        tab = openFixtureTab(kind, careless);
      });
      afterAll(() => tab.close());

      it(`reads, checks and draws ${PAYLOADS.length} payloads in every field as text only`, async () => {
        let withVerdict = 0;
        let withNote = 0;
        let quoted = 0;
        for (const payload of PAYLOADS) {
          const staff = fixtureStaff(staffWithTexts([payload]));
          for (const mode of ['all', 'core'] as const) {
            await tab.show(CASES[kind](payload, mode));
            let drawn: Drawn;
            try {
              drawn = readCheckDraw(tab, kind, staff);
            } catch (error) {
              throw new Error(`${mode} ${payloadName(payload)}: ${(error as Error).message}`);
            }
            if (mode === 'all') continue;
            if (drawn.hosts['case-manager'] === 1) withVerdict += 1;
            if ((drawn.hosts['service-note'] ?? 0) > 0) withNote += 1;
            // The roster's text for the payload is quoted in a finding: drawn, as text.
            const text = payload.slice(0, 200).trim();
            if (text && drawn.text.includes(text)) quoted += 1;
          }
        }
        expect(tab.hits.filter((hit) => hit === 'ours')).toEqual([]);
        // A careful page runs nothing of its values; a careless one runs some itself.
        if (!careless) expect(tab.hits).toEqual([]);
        // Drawn with every payload around it; a careless page's markup can swallow its own
        // case manager (<plaintext>, an open comment), and then there is nothing to draw.
        const drawnShare = careless ? 0.95 : 1;
        expect(withVerdict).toBeGreaterThanOrEqual(PAYLOADS.length * drawnShare);
        expect(withNote).toBeGreaterThanOrEqual(PAYLOADS.length * drawnShare);
        // Nearly every payload reaches the panel as text (a few are blank).
        expect(quoted).toBeGreaterThan(PAYLOADS.length * 0.8);
      }, 120_000);
    });
  }
}

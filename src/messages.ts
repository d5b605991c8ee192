/**
 * The one typed message protocol between the extension's contexts.
 *
 * Every message is checked against these schemas on arrival: a vendor page can put anything
 * into the fields the content script reads, so lengths and counts are bounded here, once,
 * instead of being trusted anywhere downstream (the page snapshot's schema, with the types
 * taken from it, is in scrape/snapshot.ts). The types here are taken from the schemas too.
 */
import * as v from 'valibot';
import { CorrectionSchema } from './check/corrections';
import { RULE_IDS } from './rules/types';
import { IepViewSchema, ShownSnapshotSchema, VENDORS } from './scrape/snapshot';

const FindingSchema = v.object({
  rule: v.picklist(RULE_IDS),
  severity: v.picklist(['error', 'warning', 'suggestion', 'info', 'ok']),
  // The words as the engine rendered them; a finding's messageId and data ride along unread
  // (the content script shows `message`, and its hand-written guard checks what it reads).
  message: v.string(),
  source: v.string(),
  status: v.picklist(['confirmed', 'secondary', 'unconfirmed']),
  fixes: v.optional(v.array(v.string())),
  authorization: v.optional(v.string()),
  serviceCode: v.optional(v.string()),
  until: v.optional(v.string()),
});

export const CheckResultSchema = v.object({
  status: v.picklist(['ok', 'review', 'violation']),
  role: v.picklist(['instruction', 'support', 'coordinator', 'unknown']),
  findings: v.array(FindingSchema),
});

/**
 * Content script → background: "here is what this page shows; check it." The snapshot as shown
 * (scrape/snapshot.ts): the background interprets its services.
 */
export const CheckPageRequest = v.object({
  type: v.literal('check-page'),
  snapshot: ShownSnapshotSchema,
});

/** A role the user states for the case manager; null hands the decision back to the check. */
export const ChosenRoleSchema = v.nullable(v.picklist(['instruction', 'support', 'coordinator']));
export type ChosenRole = v.InferOutput<typeof ChosenRoleSchema>;
/** A check's result as the protocol carries it (the words of each finding, not their ids). */
export type CheckResult = v.InferOutput<typeof CheckResultSchema>;
/** A finding as the pages show it: its words. */
export type ShownFinding = CheckResult['findings'][number];

/** Content script → background: "the user says the case manager's role is this." */
export const ChooseRoleRequest = v.object({
  type: v.literal('choose-role'),
  role: ChosenRoleSchema,
});

/** Content script → background: "the user has seen this finding" (for the browser session). */
export const AcknowledgeRequest = v.object({
  type: v.literal('acknowledge'),
  finding: v.pipe(v.string(), v.maxLength(200)),
});

/**
 * The panel → background: "this reading is wrong" (check/corrections.ts), or take a correction
 * back. Sent from the content script's panel (undo) or the corrections form it loads on demand.
 */
export const CorrectRequest = v.object({
  type: v.literal('correct'),
  correction: CorrectionSchema,
});

/**
 * The panel → background: "load this tool into the tab" (code kept out of the content script:
 * the outline of what was read, the corrections form), injected by the background on request.
 */
export const TOOLS = ['outline', 'correct'] as const;
export type Tool = (typeof TOOLS)[number];
export const OpenToolRequest = v.object({
  type: v.literal('open-tool'),
  tool: v.picklist(TOOLS),
});

/**
 * Content script → background, on an address no vendor adapter claims: "did the user name this
 * address as a district-hosted vendor site?" (options page, settings/district-hosts.ts).
 */
export const WhichVendorRequest = v.object({ type: v.literal('which-vendor') });
export const WhichVendorResponse = v.object({ vendor: v.nullable(v.picklist(VENDORS)) });
export type WhichVendorResponse = v.InferOutput<typeof WhichVendorResponse>;

/** Popup → background: "what did you last find on this tab?" */
export const TabStatusRequest = v.object({
  type: v.literal('tab-status'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const BackgroundRequest = v.variant('type', [
  CheckPageRequest,
  ChooseRoleRequest,
  AcknowledgeRequest,
  CorrectRequest,
  OpenToolRequest,
  WhichVendorRequest,
  TabStatusRequest,
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequest>;

/** The verdict for the IEP view a frame shows, merged over every frame showing that view. */
const ViewResult = v.object({ result: v.nullable(CheckResultSchema), iep: IepViewSchema });

/** A finding about one of this frame's service rows, drawn on that row. */
const ServiceNote = v.object({
  /** The row's place among the services this frame's snapshot listed. */
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(199)),
  rule: v.picklist(RULE_IDS),
  severity: v.picklist(['error', 'warning']),
  message: v.string(),
});
export type ServiceNote = v.InferOutput<typeof ServiceNote>;

/**
 * What one frame draws: whether it draws the verdict (one frame per IEP view does, beside the
 * case manager), the findings the user acknowledged this session (finding keys, see
 * ui/finding-key.ts), the role the user chose for this student, notes on its service rows,
 * and the readings the user corrected (check/corrections.ts: `caseManager`, `provider:330`…),
 * shown as "corrected by you" with a way to undo.
 */
const Draw = {
  draw: v.boolean(),
  acknowledged: v.array(v.string()),
  chosenRole: ChosenRoleSchema,
  notes: v.array(ServiceNote),
  corrected: v.optional(v.array(v.string())),
};

export const CheckPageResponse = v.variant('ok', [
  v.object({ ok: v.literal(true), ...ViewResult.entries, ...Draw }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);
export type CheckPageResponse = v.InferOutput<typeof CheckPageResponse>;

export const TabStatusResponse = v.object({
  ...ViewResult.entries,
  vendor: v.nullable(v.picklist(VENDORS)),
});
export type TabStatusResponse = v.InferOutput<typeof TabStatusResponse>;

/**
 * Background → content script: `recheck` when settings changed (read the page again);
 * `show-result` when another frame of the same IEP view changed the verdict.
 */
export const ContentRequest = v.variant('type', [
  v.object({ type: v.literal('recheck') }),
  v.object({ type: v.literal('show-result'), ...ViewResult.entries, ...Draw }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequest>;

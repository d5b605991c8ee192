/**
 * The one typed message protocol between the extension's contexts.
 *
 * Every message is checked against these schemas on arrival: a vendor page can put anything
 * into the fields the content script reads, so lengths and counts are bounded here, once,
 * instead of being trusted anywhere downstream.
 */
import * as v from 'valibot';
import { RULE_IDS } from './rules/types';
import { VENDORS } from './scrape/snapshot';

/** Longer than any real name, code or label; short enough that a hostile page can't balloon. */
const text = v.pipe(v.string(), v.maxLength(500));
const optionalText = v.optional(text);

const codedValue = v.object({ code: text, label: text });

const snapshotService = v.object({
  code: optionalText,
  name: text,
  provider: optionalText,
  providerPosition: optionalText,
  location: optionalText,
  delivery: optionalText,
  minutesPerWeek: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_080))),
  start: optionalText,
  end: optionalText,
  status: v.optional(v.picklist(['active', 'inactive'])),
});

export const PageSnapshotSchema = v.object({
  vendor: v.picklist(VENDORS),
  iep: v.picklist(['current', 'future', 'unknown']),
  student: v.object({
    id: optionalText,
    name: optionalText,
    grade: optionalText,
    dateOfBirth: optionalText,
  }),
  caseManager: v.nullable(v.object({ name: text })),
  primaryDisability: v.nullable(codedValue),
  secondaryDisability: v.nullable(codedValue),
  alternatePlacement: v.nullable(v.boolean()),
  placement: v.object({
    program: optionalText,
    setting: optionalText,
    percentInRegularClass: optionalText,
  }),
  services: v.pipe(v.array(snapshotService), v.maxLength(200)),
  missing: v.pipe(v.array(text), v.maxLength(50)),
});

const FindingSchema = v.object({
  rule: v.picklist(RULE_IDS),
  severity: v.picklist(['error', 'warning', 'suggestion', 'info', 'ok']),
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

/** Content script → background: "here is what this page shows; check it." */
export const CheckPageRequest = v.object({
  type: v.literal('check-page'),
  snapshot: PageSnapshotSchema,
});

/** Popup → background: "what did you last find on this tab?" */
export const TabStatusRequest = v.object({
  type: v.literal('tab-status'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const BackgroundRequest = v.variant('type', [CheckPageRequest, TabStatusRequest]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequest>;

const IepViewSchema = v.picklist(['current', 'future', 'unknown']);

/** The verdict for the IEP view a frame shows, merged over every frame showing that view. */
const ViewResult = v.object({ result: v.nullable(CheckResultSchema), iep: IepViewSchema });

/** Whether this frame draws the verdict: one frame per IEP view does, beside the case manager. */
const Draw = { draw: v.boolean() };

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

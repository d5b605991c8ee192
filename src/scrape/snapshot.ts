/**
 * What a vendor adapter reads from a page: ../shared/CONTRACT.md §4. Serializable, so it can
 * cross from the content script to the background and be saved by the CLI. Add fields, never
 * rename them.
 *
 * The schemas here are the one definition: the types are taken from them, and the background
 * checks every snapshot a page sends against them (src/messages.ts). A vendor page can put
 * anything into the fields the content script reads, so lengths and counts are bounded here.
 * The content script imports only types from this module (and the vendor list from
 * ./vendors.ts), so none of the schemas is in its bundle.
 *
 * A snapshot comes in two stages, two types:
 * - `ShownSnapshot`: as the content script reads and sends it. Services as shown, with the
 *   row's time cells (`time`).
 * - `PageSnapshot`: as CONTRACT.md §4 gives it, after scrape/interpret.ts. Services named by
 *   their CALPADS codes, minutes per week read from the time cells, and no `time` left.
 */
import * as v from 'valibot';
import { MISSING_FIELDS, type Missing, PARTIAL_SERVICES, type PartialServices } from './missing';
import { VENDORS } from './vendors';

export type { Missing } from './missing';
export { VENDORS, type Vendor } from './vendors';

/** Longer than any real name, code or label; short enough that a hostile page can't balloon. */
const text = v.pipe(v.string(), v.maxLength(500));
const optionalText = v.optional(text);

export const IepViewSchema = v.picklist(['current', 'future', 'unknown']);
export type IepView = v.InferOutput<typeof IepViewSchema>;

const CodedValueSchema = v.object({ code: text, label: text });
export type CodedValue = v.InferOutput<typeof CodedValueSchema>;

/**
 * How a field was read: `selector`, by the vendor's own markup or data (an adapter's selector,
 * its API); `label`, after a label or under a column header that names the field; `heuristic`,
 * by a guess (a label that also names other things, a name taken from the only filled cell of a
 * ticked row). A verdict that rests on a heuristic reading is a review (issue 14).
 */
const ReadBySchema = v.picklist(['selector', 'label', 'heuristic']);
export type ReadBy = v.InferOutput<typeof ReadBySchema>;

/** Fields whose reading is recorded: those of the label reader, and the services. */
export const READ_FIELDS = [
  'studentName',
  'studentId',
  'stateId',
  'dateOfBirth',
  'grade',
  'caseManager',
  'primaryDisability',
  'secondaryDisability',
  'alternatePlacement',
  'program',
  'setting',
  'percentInRegularClass',
  'services',
] as const;
export type ReadField = (typeof READ_FIELDS)[number];

/** A services row's cells about time, as shown. */
const TimeCellsSchema = v.object({
  frequency: optionalText,
  period: optionalText,
  sessions: optionalText,
  duration: optionalText,
  weeklyMinutes: optionalText,
  weeklyHours: optionalText,
});
export type TimeCells = v.InferOutput<typeof TimeCellsSchema>;

/** A service of CONTRACT.md §4: named by its CALPADS code, its time as minutes per week. */
const SnapshotServiceSchema = v.object({
  code: optionalText,
  name: text,
  provider: optionalText,
  providerPosition: optionalText,
  location: optionalText,
  delivery: optionalText,
  minutesPerWeek: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_080))),
  start: optionalText,
  end: optionalText,
  /** Where the page marks it: an inactive service record is not in force, whatever its dates. */
  status: v.optional(v.picklist(['active', 'inactive'])),
  /** Set only when this service was read by a guess (headers borrowed from another table). */
  readBy: v.optional(ReadBySchema),
  /** Read into minutesPerWeek: a finished snapshot has no time cells (scrape/interpret.ts). */
  time: v.optional(v.never()),
});
export type SnapshotService = v.InferOutput<typeof SnapshotServiceSchema>;

/**
 * A service as the page shows it (its name and code as shown), with the row's time cells, sent
 * by the content script and turned into minutesPerWeek outside the page (scrape/interpret.ts).
 * An adapter whose page gives the minutes themselves may set minutesPerWeek.
 */
const ShownServiceSchema = v.object({
  ...SnapshotServiceSchema.entries,
  time: v.optional(TimeCellsSchema),
});
export type ShownService = v.InferOutput<typeof ShownServiceSchema>;

/** One entry of `missing` (./missing.ts): a field's name, or services shown only in part. */
const MissingSchema = v.union([
  v.picklist(MISSING_FIELDS),
  v.custom<PartialServices>((x) => typeof x === 'string' && PARTIAL_SERVICES.test(x)),
]) satisfies v.GenericSchema<Missing>;

/** A snapshot as CONTRACT.md §4 gives it: what the CLI prints and the rules are given. */
export const PageSnapshotSchema = v.object({
  vendor: v.picklist(VENDORS),
  iep: IepViewSchema,
  student: v.object({
    id: optionalText,
    name: optionalText,
    grade: optionalText,
    dateOfBirth: optionalText,
  }),
  caseManager: v.nullable(v.object({ name: text })),
  primaryDisability: v.nullable(CodedValueSchema),
  secondaryDisability: v.nullable(CodedValueSchema),
  alternatePlacement: v.nullable(v.boolean()),
  placement: v.object({
    program: optionalText,
    setting: optionalText,
    percentInRegularClass: optionalText,
  }),
  services: v.pipe(v.array(SnapshotServiceSchema), v.maxLength(200)),
  /** What the adapter looked for and did not find. */
  missing: v.pipe(v.array(MissingSchema), v.maxLength(50)),
  /** How each field the snapshot gives was read (added by issue 14: CONTRACT §4 adds only). */
  readBy: v.optional(v.record(v.picklist(READ_FIELDS), v.optional(ReadBySchema))),
  /**
   * Fields left out because the value shown after their label read as another label ("Email:
   * …" after "Case Manager") or an agency: a reading in doubt is not used.
   */
  doubtful: v.optional(v.pipe(v.array(v.picklist(READ_FIELDS)), v.maxLength(20))),
});
export type PageSnapshot = v.InferOutput<typeof PageSnapshotSchema>;

/** A snapshot as the content script reads and sends it: services as shown (see above). */
export const ShownSnapshotSchema = v.object({
  ...PageSnapshotSchema.entries,
  services: v.pipe(v.array(ShownServiceSchema), v.maxLength(200)),
});
export type ShownSnapshot = v.InferOutput<typeof ShownSnapshotSchema>;

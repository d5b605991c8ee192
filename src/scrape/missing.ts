/**
 * A snapshot's `missing` (CONTRACT.md §4): what the adapter looked for and did not find, as
 * names the code can tell apart rather than prose read by its prefix. snapshot.ts builds the
 * schema from these; code that only asks what `missing` says imports this module, which carries
 * no schema (the CLI carries no valibot).
 */

/** Fields an adapter looks for (build-snapshot.ts); `services.unread`: some could not be read. */
export const MISSING_FIELDS = [
  'caseManager',
  'primaryDisability',
  'grade',
  'services',
  'services.unread',
] as const;

/**
 * A services grid that renders its rows as they scroll into view showed only some of them
 * (PowerSchool, from the grid's `aria-rowcount`). The wire keeps the words it always had.
 */
export type PartialServices = `services (partial: ${number} of ${number} rows rendered)`;
export const PARTIAL_SERVICES = /^services \(partial: \d{1,6} of \d{1,6} rows rendered\)$/;

/** One entry of `missing`. */
export type Missing = (typeof MISSING_FIELDS)[number] | PartialServices;

/**
 * Whether the page did not show all its services: none found, some unread, or a grid showing
 * only some rows. Those services are unknown, not absent.
 */
export function servicesNotAllRead(missing: readonly Missing[]): boolean {
  return missing.some(
    (m) => m === 'services' || m === 'services.unread' || PARTIAL_SERVICES.test(m),
  );
}

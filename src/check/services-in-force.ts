/**
 * Which of a student's services count on the check date: the page check, the command line and
 * the audit page decide it here, the same way.
 *
 * Those in force (started, or undated, and not ended); when none is (a future IEP not yet
 * begun, a lapsed IEP still served under stay-put, an export of last year's services), the IEP
 * is judged as written: an empty list would make every case manager look like a coordinator and
 * hide a real problem (REFERENCE §9.2: absence of information never makes someone a coordinator).
 */

/** Dates as YYYY-MM-DD (they compare as strings); a missing one does not limit. */
export function inForce(start: string | undefined, end: string | undefined, asOf: string): boolean {
  return (start === undefined || start <= asOf) && (end === undefined || end >= asOf);
}

export function servicesCounted<T>(
  services: readonly T[],
  datesOf: (service: T) => { start?: string | undefined; end?: string | undefined },
  asOf: string,
): T[] {
  const current = services.filter((s) => {
    const { start, end } = datesOf(s);
    return inForce(start, end, asOf);
  });
  return current.length > 0 ? current : [...services];
}

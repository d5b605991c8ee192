/**
 * Joins what a page shows (a snapshot) with what we know of the staff (profile, roster) into
 * the engine's StudentCase. Shared by the background and the CLI's `check`, so a saved page
 * gives the same verdict on the command line as in the browser.
 */
import { matchStaff, normalizeGrade, parseDate, parseDisability, parseServiceCode } from '../rules';
import type { CaseService, StaffMember, StudentCase } from '../rules/types';
import { servicesNotAllRead } from '../scrape/missing';
import type { CodedValue, PageSnapshot, SnapshotService } from '../scrape/snapshot';
import { lookUpCaseManager } from './case-manager';
import { servicesCounted } from './services-in-force';

export interface StaffSources {
  /** The user's own profile: wins over the roster for the user's own name. */
  profile: StaffMember | null;
  roster: readonly StaffMember[];
}

function disabilityCode(value: CodedValue | null): string | null {
  if (!value) return null;
  return (value.code && parseDisability(value.code)) || parseDisability(value.label);
}

/**
 * The services of the IEP shown that count on the check date (./services-in-force.ts). A record
 * the page marks inactive never counts.
 */
export function servicesInForce(
  services: readonly SnapshotService[],
  asOf: string,
): SnapshotService[] {
  const active = services.filter((service) => service.status !== 'inactive');
  return servicesCounted(
    active,
    (service) => ({
      start: (service.start && parseDate(service.start)) || undefined,
      end: (service.end && parseDate(service.end)) || undefined,
    }),
    asOf,
  );
}

export function caseFromSnapshot(
  snapshot: PageSnapshot,
  staff: StaffSources,
  asOf: string,
): StudentCase {
  const services: CaseService[] = servicesInForce(snapshot.services, asOf).flatMap((service) => {
    const code = parseServiceCode(service.code ?? '') ?? parseServiceCode(service.name);
    if (!code) return [];
    const entry: CaseService = { code, name: service.name };
    if (service.location) entry.setting = service.location;
    if (service.provider) entry.providerName = service.provider;
    if (service.providerPosition) entry.providerPosition = service.providerPosition;
    if (
      service.provider &&
      (service.readBy === 'heuristic' || snapshot.readBy?.services === 'heuristic')
    ) {
      entry.providerReadBy = 'heuristic';
    }
    if (service.start) entry.start = service.start;
    if (service.end) entry.end = service.end;
    return [entry];
  });

  const student: StudentCase['student'] = {
    primary: disabilityCode(snapshot.primaryDisability),
    secondary: disabilityCode(snapshot.secondaryDisability),
    alternatePlacement: snapshot.alternatePlacement,
  };
  const grade = snapshot.student.grade && normalizeGrade(snapshot.student.grade);
  if (grade) student.grade = grade;
  // The age tells the grade span when no grade is shown, as it does in the audit (rules/context.ts).
  const born = snapshot.student.dateOfBirth && parseDate(snapshot.student.dateOfBirth);
  if (born) student.dateOfBirth = born;
  const placement = snapshot.placement.program ?? snapshot.placement.setting;
  if (placement) student.placement = placement;

  const studentCase: StudentCase = {
    asOf,
    student,
    services,
    caseManager: snapshot.caseManager
      ? lookUpCaseManager(snapshot.caseManager.name, staff.profile, (n) =>
          matchStaff(staff.roster, n),
        )
      : null,
  };
  // A name read by guesswork is checked, but the verdict resting on it is a review (issue 14).
  if (studentCase.caseManager && snapshot.readBy?.caseManager === 'heuristic') {
    studentCase.caseManager.readBy = 'heuristic';
  }
  // Services not read (a tab not opened, rows not rendered) are unknown, not absent.
  if (servicesNotAllRead(snapshot.missing)) {
    studentCase.servicesShown = false;
  }
  return studentCase;
}

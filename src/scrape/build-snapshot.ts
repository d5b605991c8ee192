/**
 * Turns what a page shows into the snapshot of CONTRACT.md §4. Vendor adapters read what
 * their own markup makes easy (services, the IEP view, fields by selector); the generic
 * readers fill in the rest: labelled fields (label-reader.ts) and services grids
 * (table-reader.ts). Every value goes through the same normalisation (values.ts), whichever
 * reader found it; services are read as shown, and interpret.ts names them outside the page.
 */

import type { FieldName } from '../fields/spellings';
import type { Extraction } from './adapter';
import { type FieldHit, scanPage } from './label-reader';
import type { Missing } from './missing';
import { whereShown } from './shown-at';
import type { IepView, ReadBy, ReadField, ShownService, ShownSnapshot, Vendor } from './snapshot';
import { servicesFromGrids } from './table-reader';
import { disabilityValue, MAX_SERVICES, personName, textValue, tidyService, yesNo } from './values';

const FIELDS: readonly FieldName[] = [
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
];

export interface AdapterReadings {
  vendor: Vendor;
  iep: IepView;
  /**
   * The adapter's services; null when its own selectors found no services area at all, and
   * then the generic services-grid reader looks for one.
   */
  services: ShownService[] | null;
  /**
   * Fields the adapter's own selectors read. They win over the label reader's: a field given
   * here is not looked for by label. A value that shows nothing ("", "-- Select --") makes the
   * field known-empty: null in the snapshot and reported missing.
   */
  fields?: Partial<Record<FieldName, FieldHit>>;
  /**
   * Some of the adapter's services could not be read: reported missing as `services.unread`,
   * so that the engine takes the services as not fully shown (check/case-from-snapshot.ts).
   */
  servicesUnread?: boolean;
}

export function buildSnapshot(root: ParentNode, readings: AdapterReadings): Extraction {
  const given = readings.fields ?? {};
  const wanted = new Set(FIELDS.filter((field) => given[field] === undefined));
  const needGrids = readings.services === null;
  const scan =
    wanted.size > 0 || needGrids
      ? scanPage(root, wanted)
      : { fields: new Map(), doubtful: new Set<FieldName>(), grids: [] };
  const readBy: Partial<Record<ReadField, ReadBy>> = {};
  const hit = (field: FieldName): FieldHit | undefined => given[field] ?? scan.fields.get(field);
  const text = (field: FieldName): string | undefined => {
    const found = hit(field);
    const value = found ? textValue(found.value) : undefined;
    if (value) readBy[field] = by(field);
    return value;
  };
  const by = (field: FieldName): ReadBy =>
    given[field] ? 'selector' : (scan.fields.get(field)?.by ?? 'label');

  const student: ShownSnapshot['student'] = {};
  const id = text('studentId') ?? text('stateId');
  if (id) student.id = id;
  const name = text('studentName');
  if (name) student.name = name;
  // As shown ("04", "KN"): the engine reads grades with normalizeGrade.
  const grade = text('grade');
  if (grade) student.grade = grade;
  const dateOfBirth = text('dateOfBirth');
  if (dateOfBirth) student.dateOfBirth = dateOfBirth;

  const placement: ShownSnapshot['placement'] = {};
  const program = text('program');
  if (program) placement.program = program;
  const setting = text('setting');
  if (setting) placement.setting = setting;
  const percent = text('percentInRegularClass');
  if (percent) placement.percentInRegularClass = percent;

  const managerHit = hit('caseManager');
  const managerPerson = managerHit ? personName(managerHit.value) : null;
  const managerName =
    managerPerson ?? (managerHit && given.caseManager ? textValue(managerHit.value) : null);
  const primaryHit = hit('primaryDisability');
  const primaryDisability = primaryHit ? disabilityValue(primaryHit.value) : null;
  const secondaryHit = hit('secondaryDisability');
  const alternateHit = hit('alternatePlacement');

  const services =
    readings.services === null
      ? servicesFromGrids(scan.grids)
      : readings.services.flatMap((service) => tidyService(service) ?? []);

  const missing: Missing[] = [];
  if (!managerName) missing.push('caseManager');
  if (!primaryDisability) missing.push('primaryDisability');
  if (!grade) missing.push('grade');
  if (services === null) missing.push('services');
  else if (readings.servicesUnread) missing.push('services.unread');

  // A vendor's place for the name that shows no person's name ("Teacher" from a shifted
  // column) is used, but as a guess.
  if (managerName) readBy.caseManager = managerPerson ? by('caseManager') : 'heuristic';
  if (primaryDisability) readBy.primaryDisability = by('primaryDisability');
  const secondaryDisability = secondaryHit ? disabilityValue(secondaryHit.value) : null;
  if (secondaryDisability) readBy.secondaryDisability = by('secondaryDisability');
  const alternatePlacement = alternateHit ? yesNo(alternateHit.value) : null;
  if (alternatePlacement !== null) readBy.alternatePlacement = by('alternatePlacement');
  if (services !== null) readBy.services = readings.services === null ? 'label' : 'selector';
  // A field in doubt is reported only when nothing else gave it.
  const doubtful = [...scan.doubtful].filter((field) =>
    (missing as readonly string[]).includes(field),
  );

  const listed = (services ?? []).slice(0, MAX_SERVICES);
  const snapshot: ShownSnapshot = {
    vendor: readings.vendor,
    iep: readings.iep,
    student,
    caseManager: managerName ? { name: managerName } : null,
    primaryDisability,
    secondaryDisability,
    alternatePlacement,
    placement,
    services: listed,
    missing,
  };
  if (Object.keys(readBy).length > 0) snapshot.readBy = readBy;
  if (doubtful.length > 0) snapshot.doubtful = doubtful;
  return {
    snapshot,
    anchor:
      (managerName ? managerHit?.element : undefined) ??
      (primaryDisability ? primaryHit?.element : undefined) ??
      null,
    serviceAnchors: listed.map(whereShown),
    fieldAt: hit,
  };
}

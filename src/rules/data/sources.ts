/**
 * Documents the rules rest on (REFERENCE.md §10). Every finding's `source` is built from here,
 * so a case manager can open the page the verdict comes from.
 */

export interface SourceDoc {
  title: string;
  url?: string;
}

export const SOURCES = {
  caseManagement: {
    title: 'CTC, Special Education Case Management (updated June 5, 2024)',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/special-education-case-management',
  },
  spedFaqs: {
    title: 'CTC, Special Education FAQs',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/special-education-faqs',
  },
  spedCredentials: {
    title: 'CTC, Special Education Credentials',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/special-education-credentials',
  },
  calsaasSped: {
    title: 'CTC, Appropriate Credentials for Special Education Disability Categories (CalSAAS)',
    url: 'https://www.ctc.ca.gov/credentials/calsaas-information/Appropriate-credentials-for-SPED',
  },
  esAssignmentOptions: {
    title: 'CTC, Education Specialist Assignment Options',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/misassignment-correction-options/education-specialist-assignment-options',
  },
  addedAuthChart: {
    title: 'CTC, Documents Eligible to Earn Added Authorizations in Special Education',
    url: 'https://www.ctc.ca.gov/employers/tools-resources/special-ed-added-auth-chart',
  },
  esQuickFacts: {
    title: 'CTC, Education Specialist Instruction Credential quick facts (2022 authorizations)',
    url: 'https://www.ctc.ca.gov/credentials/roadmap-to-teaching/credential-quick-facts/education-specialist-instruction-quick-facts',
  },
  addingFullSpecialty: {
    title: 'CTC, Adding a full specialty area (the LAD authorization includes autism)',
    url: 'https://www.ctc.ca.gov/docs/default-source/credentials/special-ed-authorization-adding-full-speciality.pdf',
  },
  cl808ca: {
    title: 'CTC leaflet CL-808CA, Education Specialist Instruction Credential',
    url: 'https://www.ctc.ca.gov/docs/default-source/leaflets/cl808ca.pdf',
  },
  cl914: { title: 'CTC leaflet CL-914, Bridge Authorizations' },
  cl610: { title: 'CTC leaflet CL-610, Clinical or Rehabilitative Services Credentials' },
  cl606c: { title: 'CTC leaflet CL-606C, Pupil Personnel Services Credential' },
  slp: {
    title: 'CTC, Speech-Language Pathology',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/speech-language-pathology',
  },
  schoolNurse: {
    title: 'CTC, School Nurse',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/school-nurse',
  },
  otherHealth: {
    title: 'CTC, Other Health Services',
    url: 'https://www.ctc.ca.gov/credentials/assignment-resources/other-health-services',
  },
  ec56026_5: {
    title: 'California Education Code §56026.5 (low incidence disability)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=56026.5',
  },
  ec56362: {
    title: 'California Education Code §56362 (resource specialist program)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=56362',
  },
  ec56363_3: {
    title: 'California Education Code §56363.3 (language, speech and hearing caseloads)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=56363.3',
  },
  ec56441_7: {
    title: 'California Education Code §56441.7 (preschool speech caseloads)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=56441.7',
  },
  ec56195_8: {
    title: 'California Education Code §56195.8 (local caseload policies)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=56195.8',
  },
  ccr80046_1: {
    title: 'California Code of Regulations, Title 5 §80046.1 (Adapted Physical Education)',
  },
  ccr80047: {
    title:
      'California Code of Regulations, Title 5 §§80047–80047.9 (special education credentials)',
  },
  calpads: {
    title: 'CDE, CALPADS code sets (disability and service codes)',
    url: 'https://www.cde.ca.gov/ds/sp/cl/systemdocs.asp',
  },
} as const satisfies Record<string, SourceDoc>;

export type SourceId = keyof typeof SOURCES;

/** "Title — https://…" (or the title alone when the document has no public page). */
export function sourceText(id: SourceId): string {
  const doc: SourceDoc = SOURCES[id];
  return doc.url ? `${doc.title} — ${doc.url}` : doc.title;
}

/** Builders for concise test cases. Every student carries a name and id that must never leak. */
import type {
  CaseManagerInfo,
  CaseService,
  CaseStudent,
  HeldAuthorization,
  StudentCase,
} from '../../src/rules/types';

export const STUDENT_NAME = 'Zelda Quintero-Whitfield';
export const STUDENT_ID = 'SEIS-7730021';
export const AS_OF = '2026-01-15';

export const MMSN: HeldAuthorization = { key: 'MMSN', issued: '2023-06-01', expires: '2028-07-01' };

export function instr(
  setting = 'RSP pull-out',
  provider: CaseService['provider'] = 'cm',
): CaseService {
  return { code: '330', provider, setting };
}

export function svc(
  code: string,
  provider: CaseService['provider'] = 'cm',
  setting = 'pull-out',
): CaseService {
  return { code, provider, setting };
}

export function cm(
  authorizations: HeldAuthorization[],
  extra: Partial<Omit<CaseManagerInfo, 'authorizations'>> = {},
): CaseManagerInfo {
  return { known: true, name: 'Dana Lee', authorizations, ...extra };
}

export interface CaseParts {
  student?: Partial<CaseStudent>;
  services?: CaseService[];
  caseManager?: CaseManagerInfo | null;
  asOf?: string;
}

/** Default: grade 4 SLD student in RSP taught by the case manager, who holds MMSN. */
export function makeCase(parts: CaseParts = {}): StudentCase {
  return {
    asOf: parts.asOf ?? AS_OF,
    student: {
      id: STUDENT_ID,
      name: STUDENT_NAME,
      grade: '4',
      primary: '290',
      placement: 'RSP',
      ...parts.student,
    },
    services: parts.services ?? [instr()],
    caseManager:
      parts.caseManager === undefined ? cm([MMSN], { position: 'RSP Teacher' }) : parts.caseManager,
  };
}

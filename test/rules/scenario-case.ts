/** Maps a scenario of ../shared/domain/scenarios.json to the engine's StudentCase. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CaseService,
  HeldAuthorization,
  ProviderRelation,
  RuleId,
  Severity,
  StudentCase,
  StudentStatus,
} from '../../src/rules/types';

export interface Scenario {
  id: string;
  title: string;
  asOf?: string;
  student: {
    grade?: string;
    age?: number;
    primary?: string | null;
    secondary?: string | null;
    alternatePlacement?: boolean | null;
    placement?: string;
  };
  services: { code: string; provider?: ProviderRelation; setting?: string }[];
  caseManager: {
    known: boolean;
    position?: string;
    authorizations?: HeldAuthorization[];
  } | null;
  expect: {
    status: StudentStatus;
    include?: [RuleId, Severity][];
    exclude?: RuleId[];
    includeAny?: [RuleId, Severity][];
  };
}

export interface ScenarioFile {
  asOfDefault: string;
  scenarios: Scenario[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const scenariosPath = path.resolve(repoRoot, '../shared/domain/scenarios.json');

export function loadScenarios(): ScenarioFile {
  if (!existsSync(scenariosPath)) {
    throw new Error(
      `Scenario file missing: ${scenariosPath} (expected ../shared/domain/scenarios.json beside the repo)`,
    );
  }
  return JSON.parse(readFileSync(scenariosPath, 'utf8')) as ScenarioFile;
}

export function toCase(s: Scenario, asOfDefault: string): StudentCase {
  const services: CaseService[] = s.services.map((x) => {
    const svc: CaseService = { code: x.code };
    if (x.provider) svc.provider = x.provider;
    if (x.setting) svc.setting = x.setting;
    return svc;
  });
  return {
    asOf: s.asOf ?? asOfDefault,
    student: { ...s.student },
    services,
    caseManager:
      s.caseManager === null
        ? null
        : {
            known: s.caseManager.known,
            ...(s.caseManager.position ? { position: s.caseManager.position } : {}),
            authorizations: s.caseManager.authorizations ?? [],
          },
  };
}

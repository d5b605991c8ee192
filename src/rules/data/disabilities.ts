/**
 * CALPADS disability categories (REFERENCE.md §2). Code-to-name pairs are S except 281 (C);
 * the low-incidence set is C (EC 56026.5, CALPADS report 16.18).
 */
import type { FactStatus } from '../types';
import { DISABILITY_NAMES, type DisabilityName } from './disability-names';
import type { SourceId } from './sources';

export interface DisabilityRow extends DisabilityName {
  lowIncidence: boolean;
  status: FactStatus;
  source: SourceId;
  note?: string;
}

/** The facts of each category, by code; the names are in ./disability-names.ts. */
const FACTS: Readonly<Record<string, Omit<DisabilityRow, keyof DisabilityName>>> = {
  '210': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  '220': {
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  '230': {
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  '240': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  '250': {
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  '260': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  '270': {
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  '280': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  '281': {
    lowIncidence: false,
    status: 'confirmed',
    source: 'calpads',
    note: 'Used for children about 3 to 5 years old only.',
  },
  '290': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  '300': {
    lowIncidence: true,
    status: 'secondary',
    source: 'calpads',
  },
  '310': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
    note: 'Not low incidence by itself.',
  },
  '320': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
  },
  '330': {
    lowIncidence: false,
    status: 'secondary',
    source: 'calpads',
    note: 'In a service field, 330 is Specialized Academic Instruction.',
  },
};

export const DISABILITIES: readonly DisabilityRow[] = DISABILITY_NAMES.map((n) => {
  const facts = FACTS[n.code];
  if (!facts) throw new Error(`disability ${n.code} has no facts`);
  return { ...n, ...facts };
});

const BY_CODE = new Map(DISABILITIES.map((d) => [d.code, d]));

export function disabilityByCode(code: string | null | undefined): DisabilityRow | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** "Autism (320)": how a message names a disability; the raw code when it is not in the table. */
export function disabilityLabel(code: string): string {
  const row = BY_CODE.get(code);
  return row ? `${row.name} (${row.code})` : `disability code ${code}`;
}

export function isLowIncidence(code: string | null | undefined): boolean {
  return disabilityByCode(code)?.lowIncidence ?? false;
}

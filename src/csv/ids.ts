/** Student ids by kind, shared by the students and services readers. */

export type IdKind = 'vendorId' | 'localId' | 'stateId';

/** Most preferred first: the vendor's own id is the one reports show. */
export const ID_KINDS: readonly IdKind[] = ['vendorId', 'localId', 'stateId'];

export type StudentIds = Partial<Record<IdKind, string>>;

/**
 * "Last, First" from name parts; either part alone when the other is empty. Joined into one
 * flat string: a report keeps every student's name, and a concatenation would keep three
 * strings (and, through the parts, the file's whole text).
 */
export function joinName(last: string | undefined, first: string | undefined): string | undefined {
  if (last && first) return [last, first].join(', ');
  return last || first || undefined;
}

/**
 * An order-free key for a person's name, for Map-based grouping and joins:
 * "Muñoz, Ana" and "Ana Muñoz" → "ana munoz". Accents, case and punctuation are ignored.
 * Exact-key only: near matches (middle initials, nicknames) are left to rules/names.ts.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
    .sort()
    .join(' ');
}

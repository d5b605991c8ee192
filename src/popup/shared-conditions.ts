/**
 * A credential's coverage often puts the same condition on every disability (MMSN: "only for
 * students whose support needs are mild to moderate…" eight times). Said once above the list,
 * it reads as what it is: a condition on the credential. Pure text grouping: the conditions
 * are the engine's, unchanged, and each still applies to every entry it was on.
 */
export function splitSharedConditions<T extends { conditions: readonly string[] }>(
  entries: readonly T[],
): { shared: string[]; entries: T[] } {
  const [first, ...rest] = entries;
  // One entry has nothing to share with; its conditions stay with it.
  if (!first || rest.length === 0) return { shared: [], entries: [...entries] };
  const shared = first.conditions.filter((c) => rest.every((e) => e.conditions.includes(c)));
  if (shared.length === 0) return { shared, entries: [...entries] };
  return {
    shared,
    entries: entries.map((e) => ({
      ...e,
      conditions: e.conditions.filter((c) => !shared.includes(c)),
    })),
  };
}

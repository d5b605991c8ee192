/**
 * Array.prototype.sort for the engine's short lists (a case's services, codes and findings):
 * the same stable order, sorted in place, without the work array the built-in sort allocates.
 * Long lists go to the built-in sort.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > 16) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const item = list[i] as T;
    let j = i - 1;
    // Stable: an item moves only past items that compare strictly greater.
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/** The built-in sort's default order for strings (UTF-16 code units). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

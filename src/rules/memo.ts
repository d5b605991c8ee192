/**
 * A bounded memo for the engine's hot paths. The engine runs in a long-lived service worker as
 * well as in one-shot CLI audits, so every cache has a ceiling: past `max` entries the oldest
 * entry goes (insertion order), and memory stays bounded however many cases are checked.
 *
 * Only derived facts keyed by credential, code or setting strings belong here (never a name,
 * an id or anything else that identifies a student). Cached values are shared between callers:
 * they must be treated as read-only.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/** `f` memoised on its one string argument (results, including null, cached). */
export function memoString<V>(f: (text: string) => V, max: number): (text: string) => V {
  const cache = new BoundedCache<{ v: V }>(max);
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit.v;
    const v = f(text);
    cache.set(text, { v });
    return v;
  };
}

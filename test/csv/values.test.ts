import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cached } from '../../src/csv/values';

describe('cached', () => {
  it('gives what the parser gives, parsing each distinct text once', () => {
    fc.assert(
      fc.property(
        // Few distinct texts (a column of codes) or many (a column of dates), in any order.
        fc.oneof(
          fc.array(fc.constantFrom('a', 'b', 'KN', '01', ' x', 'none'), { maxLength: 200 }),
          fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }),
        ),
        (texts) => {
          const calls = new Map<string, number>();
          const parse = (t: string) => {
            calls.set(t, (calls.get(t) ?? 0) + 1);
            return t.length % 3 === 0 ? null : `<${t}>`;
          };
          const read = cached(parse);
          for (const t of texts) expect(read(t)).toBe(t.length % 3 === 0 ? null : `<${t}>`);
          for (const n of calls.values()) expect(n).toBe(1);
        },
      ),
    );
  });
});

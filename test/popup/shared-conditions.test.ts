import { describe, expect, it } from 'vitest';
import { splitSharedConditions } from '../../src/popup/shared-conditions';
import { lookupCredential } from '../../src/rules/lookup';

describe('splitSharedConditions', () => {
  it('says a condition every entry carries once, and keeps the others on their entries', () => {
    const split = splitSharedConditions([
      { code: 'a', conditions: ['level', 'only a'] },
      { code: 'b', conditions: ['level'] },
      { code: 'c', conditions: ['x', 'level'] },
    ]);
    expect(split.shared).toEqual(['level']);
    expect(split.entries).toEqual([
      { code: 'a', conditions: ['only a'] },
      { code: 'b', conditions: [] },
      { code: 'c', conditions: ['x'] },
    ]);
  });

  it('shares nothing from a single entry or when no condition is common', () => {
    const one = [{ conditions: ['only'] }];
    expect(splitSharedConditions(one)).toEqual({ shared: [], entries: one });
    const two = [{ conditions: ['a'] }, { conditions: ['b'] }];
    expect(splitSharedConditions(two)).toEqual({ shared: [], entries: two });
    expect(splitSharedConditions([])).toEqual({ shared: [], entries: [] });
  });

  it('loses no condition of a real credential', () => {
    for (const key of ['MMSN', 'ESN', 'DHH', 'VI', 'MM', 'PHI', 'ECSE']) {
      const list = lookupCredential(key)?.disabilities ?? [];
      const split = splitSharedConditions(list);
      split.entries.forEach((entry, i) => {
        expect([...split.shared, ...entry.conditions].sort()).toEqual(
          [...(list[i]?.conditions ?? [])].sort(),
        );
      });
    }
    expect(splitSharedConditions(lookupCredential('MMSN')?.disabilities ?? []).shared).toEqual([
      'only for students whose support needs are mild to moderate (the IEP does not record the support level)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  choiceFor,
  MAX_AGE_DAYS,
  MAX_CHOICES,
  readChoices,
  withChoice,
} from '../../src/settings/role-choices';

const hash = (n: number) => n.toString(16).padStart(64, '0');

describe('remembered role choices', () => {
  it('sets, replaces and clears one student, leaving the others', () => {
    let choices = withChoice({}, hash(1), 'coordinator', '2026-01-10');
    choices = withChoice(choices, hash(2), 'support', '2026-01-11');
    choices = withChoice(choices, hash(1), 'instruction', '2026-01-12');
    expect(choiceFor(choices, hash(1), '2026-01-12')?.role).toBe('instruction');
    choices = withChoice(choices, hash(1), null, '2026-01-13');
    expect(choiceFor(choices, hash(1), '2026-01-13')).toBeNull();
    expect(choiceFor(choices, hash(2), '2026-01-13')?.role).toBe('support');
  });

  it(`forgets a choice after ${MAX_AGE_DAYS} days`, () => {
    const choices = withChoice({}, hash(1), 'coordinator', '2025-01-01');
    expect(choiceFor(choices, hash(1), '2026-02-05')?.role).toBe('coordinator');
    expect(choiceFor(choices, hash(1), '2026-02-06')).toBeNull();
    expect(withChoice(choices, hash(2), 'support', '2026-03-01')).not.toHaveProperty(hash(1));
  });

  it(`keeps the newest ${MAX_CHOICES} when there are more`, () => {
    const full = Object.fromEntries(
      Array.from({ length: MAX_CHOICES }, (_, i) => [
        hash(i),
        { role: 'support' as const, on: i === 0 ? '2025-12-01' : '2026-01-01' },
      ]),
    );
    const choices = withChoice(full, hash(MAX_CHOICES), 'coordinator', '2026-02-01');
    expect(Object.keys(choices)).toHaveLength(MAX_CHOICES);
    expect(choices).toHaveProperty(hash(MAX_CHOICES));
    expect(choices).not.toHaveProperty(hash(0));
  });

  it('reads a corrupt or foreign stored value as no choices, never throwing', () => {
    expect(readChoices(undefined)).toEqual({});
    expect(readChoices('x')).toEqual({});
    expect(readChoices({ 'Student, Demo A': { role: 'coordinator', on: '2026-01-01' } })).toEqual(
      {},
    );
    expect(readChoices({ [hash(1)]: { role: 'boss', on: '2026-01-01' } })).toEqual({});
    const good = { [hash(1)]: { role: 'coordinator', on: '2026-01-01' } };
    expect(readChoices(good)).toEqual(good);
  });
});

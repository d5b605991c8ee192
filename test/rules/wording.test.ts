import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../src/i18n/catalog';
import catalog from '../../src/i18n/en/finding-messages.json' with { type: 'json' };
import { render, say } from '../../src/rules/wording';

describe('finding messages (src/i18n/en/finding-messages.json)', () => {
  it('declares every placeholder it uses, each as one positional substitution, in order', () => {
    for (const [id, entry] of Object.entries(catalog)) {
      const used = [...new Set(placeholdersIn(entry.message))];
      const declared = Object.keys((entry as { placeholders?: object }).placeholders ?? {});
      expect([...declared].sort(), id).toEqual(used);
      declared.forEach((name, i) => {
        const p = (entry as { placeholders: Record<string, { content: string }> }).placeholders;
        expect(p[name]?.content, `${id} $${name}$`).toBe(`$${i + 1}`);
      });
      expect(declared.length, id).toBeLessThanOrEqual(9);
    }
  });

  it('fills placeholders by name, whatever their case, and "$$" as a dollar sign', () => {
    expect(render('A $Held$ costs $$5 for $what$.', { held: 'x', what: 'y' })).toBe(
      'A x costs $5 for y.',
    );
  });

  it('refuses to render a message without one of its values (no sentence with a hole)', () => {
    expect(() => render('covers $what$.', {}, 'findingX')).toThrow(
      /findingX: no value for \$what\$/,
    );
  });

  it('says a message with its id and data', () => {
    expect(say('findingCoordinatorOnly', { match: '' })).toEqual({
      messageId: 'findingCoordinatorOnly',
      data: { match: '' },
      message:
        'The case manager coordinates the IEP without providing instruction or services to this student, so no specialty match is required.',
    });
  });
});

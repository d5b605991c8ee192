import { describe, expect, it } from 'vitest';
import { clean } from '../../src/fields/text';

describe('clean', () => {
  it('collapses and trims, NBSP as a space, zero-width characters gone', () => {
    expect(clean('  Lee,\u00a0 Dana\t')).toBe('Lee, Dana');
    expect(clean('3\u200b30')).toBe('330');
    expect(clean('as is')).toBe('as is');
  });
});

import { describe, expect, it } from 'vitest';
import { type ComboState, comboKey } from '../../src/popup/combobox-keys';

const closed: ComboState = { open: false, active: -1, count: 3, typed: true, hasText: true };
const open = (active: number): ComboState => ({ ...closed, open: true, active });

describe('comboKey', () => {
  it('opens on Down at the first option, on Alt+Down at none, on Up at the last', () => {
    expect(comboKey('ArrowDown', false, closed)).toEqual({ type: 'show', active: 0 });
    expect(comboKey('ArrowDown', true, closed)).toEqual({ type: 'show', active: -1 });
    expect(comboKey('ArrowUp', false, closed)).toEqual({ type: 'show', active: 2 });
  });

  it('moves through the options and wraps at both ends', () => {
    expect(comboKey('ArrowDown', false, open(-1))).toEqual({ type: 'show', active: 0 });
    expect(comboKey('ArrowDown', false, open(1))).toEqual({ type: 'show', active: 2 });
    expect(comboKey('ArrowDown', false, open(2))).toEqual({ type: 'show', active: 0 });
    expect(comboKey('ArrowUp', false, open(0))).toEqual({ type: 'show', active: 2 });
    expect(comboKey('ArrowUp', false, open(2))).toEqual({ type: 'show', active: 1 });
  });

  it('chooses the highlighted option on Enter, or the best match of typed text', () => {
    expect(comboKey('Enter', false, open(1))).toEqual({ type: 'choose', index: 1 });
    expect(comboKey('Enter', false, open(-1))).toEqual({ type: 'choose', index: 0 });
    expect(comboKey('Enter', false, { ...open(-1), typed: false })).toBeNull();
    expect(comboKey('Enter', false, closed)).toBeNull();
  });

  it('closes the list on Escape, then empties the field, then lets the browser have it', () => {
    expect(comboKey('Escape', false, open(0))).toEqual({ type: 'close' });
    expect(comboKey('Escape', false, closed)).toEqual({ type: 'clear' });
    expect(comboKey('Escape', false, { ...closed, typed: false, hasText: false })).toBeNull();
  });

  it('does nothing with no options, and leaves other keys to the field', () => {
    const none = { ...closed, count: 0 };
    expect(comboKey('ArrowDown', false, none)).toBeNull();
    expect(comboKey('ArrowUp', false, none)).toBeNull();
    expect(comboKey('Enter', false, { ...none, open: true })).toBeNull();
    for (const key of ['Home', 'End', 'ArrowLeft', 'Tab', 'a']) {
      expect(comboKey(key, false, open(1))).toBeNull();
    }
  });
});

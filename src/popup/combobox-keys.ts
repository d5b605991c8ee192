/**
 * The keyboard of the popup's search fields, as a pure function of the key and the field's
 * state: the WAI-ARIA "combobox with list autocomplete" pattern (focus stays in the text field,
 * the highlighted option is named by aria-activedescendant).
 */

export interface ComboState {
  /** The list is showing. */
  open: boolean;
  /** Highlighted option, -1 for none. */
  active: number;
  /** Options the list holds (or would hold, when opened). */
  count: number;
  /** The field holds typed text (not a chosen option's name). */
  typed: boolean;
  /** The field holds any text. */
  hasText: boolean;
}

export type ComboAction =
  /** Show the list with this option highlighted (-1: none). */
  | { type: 'show'; active: number }
  | { type: 'choose'; index: number }
  | { type: 'close' }
  /** Escape on a closed list: empty the field. */
  | { type: 'clear' };

/** What a key does; null: leave it to the text field (caret keys, typing, Tab). */
export function comboKey(key: string, altKey: boolean, s: ComboState): ComboAction | null {
  switch (key) {
    case 'ArrowDown':
      if (s.count === 0) return null;
      // Alt+Down opens without moving, as in a native select.
      if (!s.open) return { type: 'show', active: altKey ? -1 : 0 };
      return { type: 'show', active: (s.active + 1) % s.count };
    case 'ArrowUp':
      if (s.count === 0) return null;
      if (!s.open || s.active <= 0) return { type: 'show', active: s.count - 1 };
      return { type: 'show', active: s.active - 1 };
    case 'Enter':
      if (!s.open || s.count === 0) return null;
      if (s.active >= 0) return { type: 'choose', index: s.active };
      // Typed "320" and pressed Enter: the best match, which the live region has announced.
      return s.typed ? { type: 'choose', index: 0 } : null;
    case 'Escape':
      if (s.open) return { type: 'close' };
      // With the field empty, Escape is the browser's again (it closes the popup).
      return s.hasText ? { type: 'clear' } : null;
    default:
      return null;
  }
}

import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { comboKey } from './combobox-keys';

export interface ComboOption {
  id: string;
  label: string;
}

interface ComboboxProps {
  label: string;
  /** Shown under the label and read with the field: what can be typed. */
  hint: string;
  /** Accessible name of the list of options. */
  listLabel: string;
  /** Options for the text typed, best first; the whole list for no text. Must be instant. */
  search: (text: string) => ComboOption[];
  onChoose: (option: ComboOption) => void;
  /**
   * The chosen option's name, shown in the field. When it changes from outside (another view
   * chose for this one), the field shows the new name.
   */
  chosenLabel?: string | null;
  /** Empty the field after each choice: a picker that adds to a list. */
  clearOnChoose?: boolean;
  /** Lets a parent move focus here (after removing a chosen service, say). */
  inputRef?: { current: HTMLInputElement | null };
}

/**
 * A search field with a list of suggestions (WAI-ARIA combobox, list autocomplete, manual
 * selection): focus stays in the field, arrow keys highlight, Enter chooses, Escape closes.
 * The list floats over the page below, so opening it moves nothing.
 */
export function Combobox(props: ComboboxProps) {
  const id = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  // What the field shows, and what the options are searched for: after a choice the field
  // shows the chosen name but the list (if reopened) offers everything.
  const [text, setText] = useState(props.chosenLabel ?? '');
  const [filter, setFilter] = useState('');
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (props.chosenLabel == null) return;
    setText(props.chosenLabel);
    setFilter('');
    setTyped(false);
  }, [props.chosenLabel]);

  const options = useMemo(() => props.search(filter), [props.search, filter]);
  const expanded = open && options.length > 0;
  const noMatch = open && typed && filter.trim() !== '' && options.length === 0;
  const optionId = (index: number) => `${id}-opt-${index}`;

  useEffect(() => {
    if (expanded && active >= 0) {
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    }
  });

  const choose = (option: ComboOption) => {
    setText(props.clearOnChoose ? '' : option.label);
    setFilter('');
    setTyped(false);
    setOpen(false);
    setActive(-1);
    props.onChoose(option);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const action = comboKey(event.key, event.altKey, {
      open: expanded,
      active,
      count: options.length,
      typed,
      hasText: text !== '',
    });
    if (!action) return;
    event.preventDefault();
    // Escape handled here must not also close the popup.
    event.stopPropagation();
    switch (action.type) {
      case 'show':
        setOpen(true);
        setActive(action.active);
        break;
      case 'choose': {
        const option = options[action.index];
        if (option) choose(option);
        break;
      }
      case 'close':
        setOpen(false);
        setActive(-1);
        break;
      case 'clear':
        setText('');
        setFilter('');
        setTyped(false);
        break;
    }
  };

  const status = expanded
    ? options.length === 1
      ? t('popupComboOneMatch', options[0]?.label ?? '')
      : t('popupComboMatches', String(options.length), options[0]?.label ?? '')
    : noMatch
      ? t('popupComboNoMatch', filter.trim())
      : '';

  return (
    <div class="combo">
      <label for={`${id}-input`}>{props.label}</label>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <div class="combo-field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            setFilter(value);
            setTyped(value !== '');
            // Emptying the field closes the list; ArrowDown opens it again to browse.
            setOpen(value.trim() !== '');
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label={props.listLabel}
          class="combo-list"
          hidden={!expanded}
          // Keep focus in the field: a click on an option or the list's scrollbar must not
          // blur it (which closes the list) before the click lands.
          onMouseDown={(event) => event.preventDefault()}
        >
          {expanded &&
            options.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the field (aria-activedescendant); options take pointer clicks only
              <div
                key={option.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                onClick={() => choose(option)}
              >
                {option.label}
              </div>
            ))}
        </div>
        {noMatch && (
          <p class="combo-none" aria-hidden="true">
            {status}
          </p>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

import { useMemo, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { type AuthorizationOption, heldLabel, searchAuthorizations } from './profile-model';

interface Props {
  id: string;
  /** The chosen authorization key, or null. */
  value: string | null;
  onChange(key: string | null): void;
  /** Ids of the hint and the error, for aria-describedby. */
  describedBy: string;
  invalid: boolean;
}

const optionText = (o: AuthorizationOption) =>
  o.ctcCodes.length > 0
    ? t('optionsAuthOptionWithCodes', o.name, o.key, o.ctcCodes.join(', '))
    : t('optionsAuthOption', o.name, o.key);

/**
 * Search the catalog by name, key or CTC code and pick one (APG list-autocomplete combobox,
 * as in the popup): arrows move, Enter picks, Escape closes. Enter never submits the
 * surrounding form from here.
 */
export function AuthorizationPicker({ id, value, onChange, describedBy, invalid }: Props) {
  const [query, setQuery] = useState(value ? heldLabel({ key: value }) : '');
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const options = useMemo(() => searchAuthorizations(query), [query]);
  const open = query.trim() !== '' && value === null && !dismissed && options.length > 0;
  const noMatch = query.trim() !== '' && value === null && options.length === 0;

  const choose = (option: AuthorizationOption) => {
    onChange(option.key);
    setQuery(heldLabel({ key: option.key }));
    setDismissed(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      // Picking is the only thing Enter does here: the profile is saved with its button.
      event.preventDefault();
      const option = options[active];
      if (open && option) choose(option);
      return;
    }
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setDismissed(true);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setDismissed(false);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    }
  };

  return (
    <div class="combo">
      <input
        id={id}
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          onChange(null);
          setActive(0);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissed(true)}
        onFocus={() => setDismissed(false)}
      />
      {open && (
        <div id={`${id}-list`} role="listbox" aria-label={t('optionsAuthListLabel')}>
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the combobox input (APG list autocomplete, aria-activedescendant); options take clicks only
            <div
              key={option.key}
              id={`${id}-opt-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {optionText(option)}
            </div>
          ))}
        </div>
      )}
      {/* Always in the page, so a screen reader hears it when it fills in. */}
      <p class="muted live" role="status">
        {noMatch ? t('optionsAuthNoMatch') : ''}
      </p>
    </div>
  );
}

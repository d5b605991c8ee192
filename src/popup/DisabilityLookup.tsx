import { useId, useMemo, useState } from 'preact/hooks';
import { lookupDisability, searchCatalog } from '../rules/lookup';

/**
 * "Which credential does this student's case manager need?": search a disability by code,
 * name or abbreviation, then list every authorization that may instruct such a student.
 */
export function DisabilityLookup() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const options = useMemo(
    () => searchCatalog(query, 30).filter((hit) => hit.kind === 'disability'),
    [query],
  );
  const open = query !== '' && chosen === null && options.length > 0;
  const result = chosen ? lookupDisability(chosen) : null;

  const choose = (code: string) => {
    setChosen(code);
    setQuery(options.find((o) => o.id === code)?.label ?? code);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'ArrowDown') setActive((active + 1) % options.length);
    else if (event.key === 'ArrowUp') setActive((active - 1 + options.length) % options.length);
    else if (event.key === 'Enter' && options[active]) choose(options[active].id);
    else return;
    event.preventDefault();
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Which credential covers a disability?</h2>
      <div class="combo">
        <label for={`${id}-q`}>Disability</label>
        <input
          id={`${id}-q`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
          placeholder="Code, name or abbreviation: 320, autism, SLD…"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setChosen(null);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {open && (
          <div id={`${id}-list`} role="listbox" aria-label="Disabilities">
            {options.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the combobox input (APG list autocomplete, aria-activedescendant); options take clicks only
              <div
                key={option.id}
                id={`${id}-opt-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option.id)}
              >
                {option.id} · {option.label}
              </div>
            ))}
          </div>
        )}
      </div>
      {result && (
        <div data-testid="lookup-result" aria-live="polite">
          <p>
            A case manager who <strong>instructs</strong> a student whose primary disability is{' '}
            {result.disability.name} needs one of:
          </p>
          <ul class="auths">
            {result.instruction.map((auth) => (
              <li key={auth.key}>
                {auth.name}
                {auth.conditions.length > 0 && (
                  <span class="cond">{auth.conditions.join('; ')}</span>
                )}
              </li>
            ))}
          </ul>
          {result.alternatePlacementNote && <p class="muted">{result.alternatePlacementNote}</p>}
          <p class="muted">A case manager who only coordinates needs no specialty match.</p>
        </div>
      )}
    </section>
  );
}

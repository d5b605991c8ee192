import { useCallback, useRef } from 'preact/hooks';
import { searchKind } from '../rules';
import { t } from '../ui/i18n';
import { Combobox, type ComboOption } from './Combobox';

/** Every service of the CALPADS list: the picker's whole list is short enough to browse. */
const ALL = 100;

/**
 * The services the student receives, for the best-practice case manager: a search field that
 * adds one service per choice, and the chosen ones as a list with a remove button each.
 */
export function ServicePicker(props: {
  chosen: ComboOption[];
  onChange: (services: ComboOption[]) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { chosen, onChange } = props;
  const search = useCallback(
    (text: string) =>
      searchKind('service', text, ALL)
        .filter((hit) => !chosen.some((c) => c.id === hit.id))
        .map(({ id, label }) => ({ id, label })),
    [chosen],
  );

  return (
    <div class="services">
      <Combobox
        label={t('popupServicesLabel')}
        hint={t('popupServicesHint')}
        listLabel={t('popupServicesList')}
        search={search}
        clearOnChoose
        inputRef={inputRef}
        onChoose={(option) => onChange([...chosen, option])}
      />
      {chosen.length > 0 && (
        <ul class="chips" aria-label={t('popupServicesChosen')}>
          {chosen.map((service) => (
            <li key={service.id}>
              <span>{service.label}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('popupServiceRemove', service.label)}
                title={t('popupServiceRemove', service.label)}
                onClick={() => {
                  onChange(chosen.filter((c) => c.id !== service.id));
                  // The button is gone: put focus back where the next service is added.
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

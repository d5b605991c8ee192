import { t } from '../content/ui/i18n';
import type { AuthorizationKind } from '../rules/data/authorizations';
import type { InstructionEntry } from '../rules/lookup';

/** The groups a teacher tells credentials apart by, in the order they are shown. */
const GROUPS: { key: string; kinds: readonly AuthorizationKind[] }[] = [
  { key: 'popupGroupSpecialty', kinds: ['specialty'] },
  { key: 'popupGroupAdded', kinds: ['added'] },
  { key: 'popupGroupRyan', kinds: ['ryan'] },
  { key: 'popupGroupOther', kinds: ['service', 'general', 'permit'] },
];

/**
 * The authorizations that let a teacher case-manage a student with instruction, grouped by
 * kind, each with the engine's conditions, and each opening its own coverage.
 */
export function AuthorizationList(props: {
  entries: readonly InstructionEntry[];
  onShowCredential: (key: string) => void;
}) {
  return (
    <>
      {GROUPS.map((group) => {
        const entries = props.entries.filter((e) => group.kinds.includes(e.kind));
        if (entries.length === 0) return null;
        return (
          <div key={group.key} class="group">
            <h4>{t(group.key)}</h4>
            <ul class="auths">
              {entries.map((entry) => (
                <li key={entry.key} data-key={entry.key}>
                  <button
                    type="button"
                    class="link"
                    title={t('popupShowCredential')}
                    onClick={() => props.onShowCredential(entry.key)}
                  >
                    <span class="name">{entry.name}</span> <span class="key">{entry.key}</span>
                  </button>
                  {entry.conditions.length > 0 && (
                    <ul class="cond">
                      {entry.conditions.map((condition) => (
                        <li key={condition}>{condition}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

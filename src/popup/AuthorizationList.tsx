import { authorizationByKey, type InstructionEntry } from '../rules';
import { t } from '../ui/i18n';

type Group = 'current' | 'added' | 'older' | 'specialClass' | 'other';

/**
 * The groups a case manager tells credentials apart by, in the order they are shown: the ones
 * issued today first (what a new hire or a posting needs), then added authorizations, each
 * open; the older credentials people still hold, special-class-only and other kinds folded.
 */
const GROUPS: { group: Group; key: string; open: boolean }[] = [
  { group: 'current', key: 'popupGroupCurrent', open: true },
  { group: 'added', key: 'popupGroupAdded', open: true },
  { group: 'older', key: 'popupGroupOlder', open: false },
  { group: 'specialClass', key: 'popupGroupSpecialClass', open: false },
  { group: 'other', key: 'popupGroupOther', open: false },
];

export function groupOf(entry: InstructionEntry): Group {
  // Special Class Authorizations (SLP-SCA…) cover a disability in a special class only.
  if (/special class/i.test(entry.name)) return 'specialClass';
  if (entry.kind === 'added') return 'added';
  if (entry.kind !== 'specialty' && entry.kind !== 'ryan') return 'other';
  const era = authorizationByKey(entry.key)?.era;
  // Rows told apart by issue date (DHH, VI, PHI) are issued today as well as before.
  const current = era?.kind === 'by-issue-date' || (era?.kind === 'fixed' && era.era === '2022');
  return current ? 'current' : 'older';
}

/**
 * The authorizations that let a teacher case-manage a student with instruction, grouped as
 * above, each with the engine's conditions folded under it, and each opening its own coverage.
 */
export function AuthorizationList(props: {
  entries: readonly InstructionEntry[];
  onShowCredential: (key: string) => void;
}) {
  return (
    <>
      {GROUPS.map(({ group, key, open }) => {
        const entries = props.entries.filter((e) => groupOf(e) === group);
        if (entries.length === 0) return null;
        const list = (
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
                  <details class="cond-fold">
                    <summary>{t('popupConditions', String(entry.conditions.length))}</summary>
                    <ul class="cond">
                      {entry.conditions.map((condition) => (
                        <li key={condition}>{condition}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        );
        const heading = `${t(key)} (${entries.length})`;
        return open ? (
          <div key={group} class="group" data-group={group}>
            <h4>{heading}</h4>
            {list}
          </div>
        ) : (
          <details key={group} class="group" data-group={group}>
            <summary>
              <h4>{heading}</h4>
            </summary>
            {list}
          </details>
        );
      })}
    </>
  );
}

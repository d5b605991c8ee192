import { useId, useState } from 'preact/hooks';
import type { HeldAuthorization } from '../rules/types';
import type { Profile } from '../settings/schema';
import { saveSetting } from '../settings/store';
import { t } from '../ui/i18n';
import { AuthorizationPicker } from './AuthorizationPicker';
import { DistrictNote } from './DistrictNote';
import { FieldError } from './FieldError';
import {
  datesProblems,
  type FieldProblem,
  heldLabel,
  type ProfileDraft,
  profileProblems,
  profileToSave,
} from './profile-model';
import { localArea } from './storage';

type Notice =
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'refused'; errors: string[] }
  | { kind: 'write-failed' }
  | null;

const draftOf = (profile: Profile | null): ProfileDraft => ({
  name: profile?.name ?? '',
  position: profile?.position ?? '',
  authorizations: profile?.authorizations.map((a) => ({ ...a })) ?? [],
});
const sameDraft = (a: ProfileDraft, b: ProfileDraft) =>
  JSON.stringify(profileToSave(a)) === JSON.stringify(profileToSave(b));

/**
 * "My profile": the user's own name, position and authorizations, checked before saving. When
 * the district locks it, the saved profile is shown but every control is off (the checks do not
 * use it then).
 */
export function ProfileForm({ initial, locked }: { initial: Profile | null; locked: boolean }) {
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;
  const [saved, setSaved] = useState<ProfileDraft>(() => draftOf(initial));
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(initial));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState<Notice>(null);

  // The "add an authorization" row.
  const [pickKey, setPickKey] = useState<string | null>(null);
  const [pickIssued, setPickIssued] = useState('');
  const [pickExpires, setPickExpires] = useState('');
  const [pickProblems, setPickProblems] = useState<FieldProblem[]>([]);
  const [pickNote, setPickNote] = useState('');
  // Changing the key remounts the picker, which empties it after an authorization is added.
  const [pickerKey, setPickerKey] = useState(0);

  const problemFor = (list: FieldProblem[], field: string) => list.find((p) => p.field === field);
  const dirty = !sameDraft(draft, saved);

  const update = (next: Partial<ProfileDraft>) => {
    setDraft({ ...draft, ...next });
    setNotice(null);
  };
  const updateAuth = (index: number, patch: Partial<HeldAuthorization>) => {
    const authorizations = draft.authorizations.map((a, i) => {
      if (i !== index) return a;
      const next = { ...a, ...patch };
      if (!next.issued) delete next.issued;
      if (!next.expires) delete next.expires;
      return next;
    });
    update({ authorizations });
  };
  const removeAuth = (index: number) => {
    const removed = draft.authorizations[index];
    update({ authorizations: draft.authorizations.filter((_, i) => i !== index) });
    setProblems([]);
    setPickNote(removed ? t('optionsAuthRemovedNote', heldLabel(removed)) : '');
    // The row and its button are gone: keep the keyboard user in the list, not on <body>.
    queueMicrotask(() => document.getElementById(fieldId('add-search'))?.focus());
  };

  const addPicked = () => {
    const entry: HeldAuthorization = {};
    if (pickKey) entry.key = pickKey;
    if (pickIssued) entry.issued = pickIssued;
    if (pickExpires) entry.expires = pickExpires;
    const found: FieldProblem[] = [];
    if (!pickKey) found.push({ field: 'add-search', key: 'optionsErrorChooseAuthorization' });
    else if (draft.authorizations.some((a) => a.key === pickKey)) {
      found.push({
        field: 'add-search',
        key: 'optionsErrorDuplicateAuthorization',
        substitutions: [heldLabel(entry)],
      });
    }
    found.push(...datesProblems(entry, 'add'));
    setPickProblems(found);
    if (found.length > 0) {
      setPickNote('');
      document.getElementById(fieldId(found[0]?.field ?? 'add-search'))?.focus();
      return;
    }
    update({ authorizations: [...draft.authorizations, entry] });
    setPickKey(null);
    setPickIssued('');
    setPickExpires('');
    setPickerKey(pickerKey + 1);
    setPickNote(t('optionsAuthAddedNote', heldLabel(entry)));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const found = profileProblems(draft);
    setProblems(found);
    if (found.length > 0) {
      setNotice({ kind: 'invalid' });
      const first = found[0]?.field ?? 'name';
      document.getElementById(fieldId(first === 'authorizations' ? 'add-search' : first))?.focus();
      return;
    }
    try {
      const result = await saveSetting(localArea, 'profile', profileToSave(draft));
      if (result.ok) {
        setSaved(draft);
        setNotice({ kind: 'saved' });
      } else {
        setNotice({ kind: 'refused', errors: result.errors });
      }
    } catch {
      setNotice({ kind: 'write-failed' });
    }
  };

  const noteId = fieldId('district');
  // A locked control also names the district's note, so a screen reader says why it is off.
  const describe = (field: string, hint = false) =>
    [hint ? fieldId(`${field}-hint`) : '', fieldId(`${field}-error`), locked ? noteId : '']
      .filter(Boolean)
      .join(' ');

  return (
    <section id="profile" aria-labelledby={fieldId('h')}>
      <h2 id={fieldId('h')}>{t('optionsProfileHeading')}</h2>
      <p class="muted">{t('optionsProfileIntro')}</p>
      {locked && <DistrictNote id={noteId} text={t('policyProfileLocked')} />}
      <form onSubmit={save} noValidate>
        {/* A disabled fieldset turns off every control inside it, the picker's included. */}
        <fieldset class="bare" disabled={locked} aria-describedby={locked ? noteId : undefined}>
          <div class="field">
            <label for={fieldId('name')}>
              {t('optionsNameLabel')} <span class="required">{t('optionsRequired')}</span>
            </label>
            <p class="hint" id={fieldId('name-hint')}>
              {t('optionsNameHint')}
            </p>
            <input
              id={fieldId('name')}
              value={draft.name}
              autocomplete="off"
              aria-required="true"
              aria-invalid={Boolean(problemFor(problems, 'name'))}
              aria-describedby={describe('name', true)}
              onInput={(e) => update({ name: e.currentTarget.value })}
            />
            <FieldError id={fieldId('name-error')} problem={problemFor(problems, 'name')} />
          </div>
          <div class="field">
            <label for={fieldId('position')}>{t('optionsPositionLabel')}</label>
            <p class="hint" id={fieldId('position-hint')}>
              {t('optionsPositionHint')}
            </p>
            <input
              id={fieldId('position')}
              value={draft.position}
              autocomplete="organization-title"
              aria-invalid={Boolean(problemFor(problems, 'position'))}
              aria-describedby={describe('position', true)}
              onInput={(e) => update({ position: e.currentTarget.value })}
            />
            <FieldError id={fieldId('position-error')} problem={problemFor(problems, 'position')} />
          </div>

          <fieldset>
            <legend>{t('optionsMyAuthorizations')}</legend>
            {draft.authorizations.length === 0 ? (
              <p class="muted">{t('optionsNoAuthorizations')}</p>
            ) : (
              <table class="held">
                <caption class="visually-hidden">{t('optionsMyAuthorizations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('optionsColAuthorization')}</th>
                    <th scope="col">{t('optionsColIssued')}</th>
                    <th scope="col">{t('optionsColExpires')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('optionsColActions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {draft.authorizations.map((auth, index) => {
                    const label = heldLabel(auth);
                    const issuedId = `auth-${index}-issued`;
                    const expiresId = `auth-${index}-expires`;
                    return (
                      <tr key={`${auth.key ?? auth.text}-${index}`}>
                        <th scope="row">{label}</th>
                        <td>
                          <input
                            id={fieldId(issuedId)}
                            type="date"
                            aria-label={t('optionsIssuedFor', label)}
                            value={auth.issued ?? ''}
                            aria-invalid={Boolean(problemFor(problems, issuedId))}
                            aria-describedby={fieldId(`${issuedId}-error`)}
                            onChange={(e) => updateAuth(index, { issued: e.currentTarget.value })}
                          />
                          <FieldError
                            id={fieldId(`${issuedId}-error`)}
                            problem={problemFor(problems, issuedId)}
                          />
                        </td>
                        <td>
                          <input
                            id={fieldId(expiresId)}
                            type="date"
                            aria-label={t('optionsExpiresFor', label)}
                            value={auth.expires ?? ''}
                            aria-invalid={Boolean(problemFor(problems, expiresId))}
                            aria-describedby={fieldId(`${expiresId}-error`)}
                            onChange={(e) => updateAuth(index, { expires: e.currentTarget.value })}
                          />
                          <FieldError
                            id={fieldId(`${expiresId}-error`)}
                            problem={problemFor(problems, expiresId)}
                          />
                        </td>
                        <td>
                          <button type="button" class="secondary" onClick={() => removeAuth(index)}>
                            {t('optionsRemove')}
                            <span class="visually-hidden"> {label}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <FieldError
              id={fieldId('authorizations-error')}
              problem={problemFor(problems, 'authorizations')}
            />

            <fieldset class="adder">
              <legend>{t('optionsAddAuthorizationLegend')}</legend>
              <div class="adder-grid">
                <div class="field wide">
                  <label for={fieldId('add-search')}>{t('optionsAuthSearchLabel')}</label>
                  <p class="hint" id={fieldId('add-search-hint')}>
                    {t('optionsAuthSearchHint')}
                  </p>
                  <AuthorizationPicker
                    key={pickerKey}
                    id={fieldId('add-search')}
                    value={pickKey}
                    onChange={(key) => {
                      setPickKey(key);
                      setPickProblems([]);
                    }}
                    describedBy={describe('add-search', true)}
                    invalid={Boolean(problemFor(pickProblems, 'add-search'))}
                  />
                  <FieldError
                    id={fieldId('add-search-error')}
                    problem={problemFor(pickProblems, 'add-search')}
                  />
                </div>
                <div class="field">
                  <label for={fieldId('add-issued')}>{t('optionsIssuedLabel')}</label>
                  <input
                    id={fieldId('add-issued')}
                    type="date"
                    value={pickIssued}
                    aria-invalid={Boolean(problemFor(pickProblems, 'add-issued'))}
                    aria-describedby={describe('add-issued')}
                    onChange={(e) => setPickIssued(e.currentTarget.value)}
                  />
                  <FieldError
                    id={fieldId('add-issued-error')}
                    problem={problemFor(pickProblems, 'add-issued')}
                  />
                </div>
                <div class="field">
                  <label for={fieldId('add-expires')}>{t('optionsExpiresLabel')}</label>
                  <input
                    id={fieldId('add-expires')}
                    type="date"
                    value={pickExpires}
                    aria-invalid={Boolean(problemFor(pickProblems, 'add-expires'))}
                    aria-describedby={describe('add-expires')}
                    onChange={(e) => setPickExpires(e.currentTarget.value)}
                  />
                  <FieldError
                    id={fieldId('add-expires-error')}
                    problem={problemFor(pickProblems, 'add-expires')}
                  />
                </div>
              </div>
              <div class="actions">
                <button type="button" class="secondary" onClick={addPicked}>
                  {t('optionsAddAuthorization')}
                </button>
                <p class="live" role="status">
                  {pickNote}
                </p>
              </div>
            </fieldset>
          </fieldset>

          <div class="actions">
            <button type="submit" aria-describedby={locked ? noteId : undefined}>
              {t('optionsSaveProfile')}
            </button>
            <p class="live" role="status">
              {notice?.kind === 'saved'
                ? t('optionsProfileSaved')
                : dirty
                  ? t('optionsProfileUnsaved')
                  : ''}
            </p>
          </div>
          {notice && notice.kind !== 'saved' && (
            <div role="alert" class="notice error">
              {notice.kind === 'invalid' && <p>{t('optionsProfileInvalid')}</p>}
              {notice.kind === 'refused' && (
                <p>{t('optionsProfileRefused', notice.errors.join(' '))}</p>
              )}
              {notice.kind === 'write-failed' && <p>{t('optionsWriteFailed')}</p>}
            </div>
          )}
        </fieldset>
      </form>
    </section>
  );
}

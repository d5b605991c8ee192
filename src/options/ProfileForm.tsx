import { useId, useState } from 'preact/hooks';
import { authorizationLabel, REFERENCE_KEYS } from '../rules/data/authorizations';
import type { HeldAuthorization } from '../rules/types';
import type { Profile } from '../settings/schema';
import { saveSetting } from '../settings/store';
import { localArea } from './storage';

const CATALOG = REFERENCE_KEYS.map((key) => ({ key, name: authorizationLabel(key) }));
const nameOf = (key: string | undefined) => (key ? authorizationLabel(key) : '');

type Notice = { kind: 'saved' } | { kind: 'invalid'; errors: string[] } | null;

/** "My profile": the user's own name, position and authorizations, validated before saving. */
export function ProfileForm({ initial }: { initial: Profile | null }) {
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [position, setPosition] = useState(initial?.position ?? '');
  const [held, setHeld] = useState<HeldAuthorization[]>(initial?.authorizations ?? []);
  const [draft, setDraft] = useState<HeldAuthorization>({ key: CATALOG[0]?.key ?? '' });
  const [notice, setNotice] = useState<Notice>(null);

  const addDraft = () => {
    const entry: HeldAuthorization = { key: draft.key };
    if (draft.issued) entry.issued = draft.issued;
    if (draft.expires) entry.expires = draft.expires;
    setHeld([...held, entry]);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const profile: Record<string, unknown> = { name, authorizations: held };
    if (position.trim()) profile.position = position.trim();
    const result = await saveSetting(localArea, 'profile', profile);
    setNotice(result.ok ? { kind: 'saved' } : { kind: 'invalid', errors: result.errors });
  };

  return (
    <form onSubmit={save} noValidate>
      <fieldset>
        <legend>My profile</legend>
        <label for={`${id}-name`}>Your name as the IEP system shows it</label>
        <input
          id={`${id}-name`}
          value={name}
          autocomplete="name"
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <label for={`${id}-position`}>Position</label>
        <input
          id={`${id}-position`}
          value={position}
          placeholder="SDC Teacher, RSP Teacher, Speech-Language Pathologist…"
          onInput={(e) => setPosition(e.currentTarget.value)}
        />

        <h2>My authorizations</h2>
        {held.length === 0 ? (
          <p class="muted">None added yet.</p>
        ) : (
          <ul class="held">
            {held.map((auth, index) => (
              <li key={`${auth.key}-${index}`}>
                <span>
                  {nameOf(auth.key)}
                  {auth.expires ? <span class="muted"> · expires {auth.expires}</span> : null}
                </span>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => setHeld(held.filter((_, i) => i !== index))}
                >
                  Remove<span class="visually-hidden"> {nameOf(auth.key)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="row">
          <div>
            <label for={`${id}-auth`}>Authorization</label>
            <select
              id={`${id}-auth`}
              value={draft.key}
              onChange={(e) => setDraft({ ...draft, key: e.currentTarget.value })}
            >
              {CATALOG.map((entry) => (
                <option key={entry.key} value={entry.key}>
                  {entry.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for={`${id}-issued`}>Issued</label>
            <input
              id={`${id}-issued`}
              type="date"
              value={draft.issued ?? ''}
              onInput={(e) => setDraft({ ...draft, issued: e.currentTarget.value || undefined })}
            />
          </div>
          <div>
            <label for={`${id}-expires`}>Expires</label>
            <input
              id={`${id}-expires`}
              type="date"
              value={draft.expires ?? ''}
              onInput={(e) => setDraft({ ...draft, expires: e.currentTarget.value || undefined })}
            />
          </div>
          <button type="button" class="secondary" onClick={addDraft}>
            Add authorization
          </button>
        </div>
        <div class="actions">
          <button type="submit">Save profile</button>
          <span role="status">{notice?.kind === 'saved' ? 'Profile saved.' : ''}</span>
        </div>
        {notice?.kind === 'invalid' && (
          <div role="alert">Nothing was saved: {notice.errors.join(' ')}</div>
        )}
      </fieldset>
    </form>
  );
}

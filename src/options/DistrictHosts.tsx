import { useEffect, useId, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { VENDORS, type Vendor } from '../scrape/snapshot';
import { type DistrictHost, isVendor, originPattern } from '../settings/district-hosts';
import { builtInPatterns } from '../settings/managed-policy';
import { saveSetting } from '../settings/store';
import { t } from '../ui/i18n';
import { DistrictNote } from './DistrictNote';
import { addHost, checkNewHost, type HostAccessApi, removeHost } from './district-host-actions';
import { FieldError } from './FieldError';
import { localArea } from './storage';

export const vendorKey = (vendor: Vendor) => `optionsVendor_${vendor}`;

const PROBLEM_KEYS = {
  empty: 'optionsHostErrorEmpty',
  'not-https': 'optionsHostErrorNotHttps',
  wildcard: 'optionsHostErrorWildcard',
  'wildcard-too-broad': 'optionsHostErrorTooBroad',
  port: 'optionsHostErrorPort',
  credentials: 'optionsHostErrorCredentials',
  invalid: 'optionsHostErrorInvalid',
  duplicate: 'optionsHostErrorDuplicate',
  'built-in': 'optionsHostErrorBuiltIn',
  full: 'optionsHostErrorFull',
} as const;

const api: HostAccessApi = {
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  release: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  save: (hosts) => saveSetting(localArea, 'districtHosts', hosts),
};

type Notice =
  | { kind: 'waiting'; origin: string }
  | { kind: 'added'; origin: string }
  | { kind: 'removed'; origin: string }
  | { kind: 'allowed'; origin: string }
  | { kind: 'denied'; origin: string }
  | { kind: 'failed'; origin: string }
  | null;

/**
 * District-hosted vendor addresses. Adding one asks the browser for access to that site only;
 * nothing is added unless the user allows it in the browser's own prompt. Addresses the
 * district's policy lists come first, marked, without a Remove button; the browser still needs
 * the user's "Allow" for each (no policy grants it). When the district locks the list, only its
 * addresses count and nothing can be added.
 */
export function DistrictHosts({
  hosts,
  onChange,
  district,
  locked,
}: {
  /** The user's own addresses, as saved. */
  hosts: DistrictHost[];
  onChange(hosts: DistrictHost[]): void;
  district: readonly DistrictHost[];
  locked: boolean;
}) {
  const id = useId();
  const noteId = `${id}-district`;
  const fromDistrict = new Set(district.map((h) => h.origin));
  // What the checks use, in the order shown: the district's, then the user's own.
  const shown = [...district, ...(locked ? [] : hosts.filter((h) => !fromDistrict.has(h.origin)))];
  const shownKey = shown.map((h) => h.origin).join(' ');
  const lockedBy = locked ? noteId : undefined;
  const [address, setAddress] = useState('');
  const [vendor, setVendor] = useState<Vendor>('seis');
  const [problem, setProblem] = useState<keyof typeof PROBLEM_KEYS | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // Whether the browser still allows each address (the user may revoke it in its settings).
  const [access, setAccess] = useState<Record<string, boolean>>({});

  // Asked again whenever the addresses shown change (`shown` itself is new on every render).
  useEffect(() => {
    let live = true;
    void Promise.all(
      shown.map(async (h) => {
        const allowed = await browser.permissions
          .contains({ origins: [originPattern(h.origin)] })
          .catch(() => false);
        return [h.origin, allowed] as const;
      }),
    ).then((entries) => {
      if (live) setAccess(Object.fromEntries(entries));
    });
    return () => {
      live = false;
    };
  }, [shownKey]);

  // Must stay synchronous up to addHost(): the permission request needs this click's gesture.
  const add = (event: Event) => {
    event.preventDefault();
    if (locked) return;
    // Checked against every address in force (the district's too), saved into the user's own.
    const check = checkNewHost(address, vendor, shown, builtInPatterns());
    if (!check.ok) {
      setProblem(check.problem);
      setNotice(null);
      document.getElementById(`${id}-address`)?.focus();
      return;
    }
    setProblem(null);
    const origin = check.host.origin;
    setNotice({ kind: 'waiting', origin });
    void addHost(check.host, hosts, api).then((outcome) => {
      if (outcome.kind === 'added') {
        onChange(outcome.hosts);
        setAddress('');
        setNotice({ kind: 'added', origin });
      } else {
        setNotice({ kind: outcome.kind, origin });
      }
    });
  };

  const allowAgain = (host: DistrictHost) => {
    setNotice({ kind: 'waiting', origin: host.origin });
    api.request(originPattern(host.origin)).then(
      (granted) => {
        setNotice({ kind: granted ? 'allowed' : 'denied', origin: host.origin });
        if (granted) setAccess({ ...access, [host.origin]: true });
      },
      () => setNotice({ kind: 'failed', origin: host.origin }),
    );
  };

  const remove = async (host: DistrictHost) => {
    const outcome = await removeHost(host.origin, hosts, api);
    if (outcome.kind === 'removed') {
      onChange(outcome.hosts);
      setNotice({ kind: 'removed', origin: host.origin });
      queueMicrotask(() => document.getElementById(`${id}-address`)?.focus());
    } else {
      setNotice({ kind: 'failed', origin: host.origin });
    }
  };

  const status =
    notice?.kind === 'waiting'
      ? t('optionsHostWaiting', notice.origin)
      : notice?.kind === 'added'
        ? t('optionsHostAdded', notice.origin)
        : notice?.kind === 'removed'
          ? t('optionsHostRemoved', notice.origin)
          : notice?.kind === 'allowed'
            ? t('optionsHostAllowed', notice.origin)
            : '';
  const alert =
    notice?.kind === 'denied'
      ? t('optionsHostDenied', notice.origin)
      : notice?.kind === 'failed'
        ? t('optionsHostFailed', notice.origin)
        : '';

  return (
    <section id="district-hosts" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('optionsHostsHeading')}</h2>
      <p class="muted">{t('optionsHostsIntro')}</p>
      {(locked || district.length > 0) && (
        <DistrictNote
          id={noteId}
          text={[
            locked ? t('policyHostsLocked') : '',
            district.length > 0 ? t('policyHostsDistrict') : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
      )}

      {shown.length === 0 ? (
        <p class="muted">{t('optionsHostsNone')}</p>
      ) : (
        <div class="table-wrap">
          <table class="hosts" data-testid="district-hosts">
            <caption class="visually-hidden">{t('optionsHostsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsColAddress')}</th>
                <th scope="col">{t('optionsColVendor')}</th>
                <th scope="col">{t('optionsColAccess')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optionsColActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((host) => (
                <tr key={host.origin}>
                  <th scope="row">{host.origin}</th>
                  <td>{t(vendorKey(host.vendor))}</td>
                  <td>
                    {access[host.origin] === undefined ? (
                      ''
                    ) : access[host.origin] ? (
                      <span class="ok-text">{t('optionsHostAccessOn')}</span>
                    ) : (
                      <span class="warn-text">
                        {t('optionsHostAccessOff')}{' '}
                        <button
                          type="button"
                          class="secondary small"
                          onClick={() => allowAgain(host)}
                        >
                          {t('optionsHostAllow')}
                          <span class="visually-hidden"> {host.origin}</span>
                        </button>
                      </span>
                    )}
                  </td>
                  <td>
                    {fromDistrict.has(host.origin) ? (
                      <span class="district-mark">{t('policySetByDistrict')}</span>
                    ) : (
                      <button type="button" class="secondary" onClick={() => void remove(host)}>
                        {t('optionsRemove')}
                        <span class="visually-hidden"> {host.origin}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <form onSubmit={add} noValidate>
        <fieldset disabled={locked} aria-describedby={lockedBy}>
          <legend>{t('optionsHostsAddLegend')}</legend>
          <div class="adder-grid hosts-grid">
            <div class="field wide">
              <label for={`${id}-address`}>{t('optionsHostAddressLabel')}</label>
              <p class="hint" id={`${id}-address-hint`}>
                {t('optionsHostAddressHint')}
              </p>
              <input
                id={`${id}-address`}
                type="text"
                inputMode="url"
                autocomplete="off"
                spellcheck={false}
                value={address}
                aria-invalid={problem !== null}
                aria-describedby={[`${id}-address-hint`, `${id}-address-error`, lockedBy ?? '']
                  .filter(Boolean)
                  .join(' ')}
                onInput={(e) => {
                  setAddress(e.currentTarget.value);
                  setProblem(null);
                }}
              />
              <FieldError
                id={`${id}-address-error`}
                problem={problem ? { field: 'address', key: PROBLEM_KEYS[problem] } : undefined}
              />
            </div>
            <div class="field">
              <label for={`${id}-vendor`}>{t('optionsHostVendorLabel')}</label>
              <select
                id={`${id}-vendor`}
                value={vendor}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (isVendor(value)) setVendor(value);
                }}
              >
                {VENDORS.map((v) => (
                  <option key={v} value={v}>
                    {t(vendorKey(v))}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p class="hint">{t('optionsHostPromptHint')}</p>
          <div class="actions">
            <button type="submit" aria-describedby={lockedBy}>
              {t('optionsHostAdd')}
            </button>
            <p class="live" role="status">
              {status}
            </p>
          </div>
        </fieldset>
      </form>
      <p class="live-alert" role="alert">
        {alert}
      </p>
    </section>
  );
}

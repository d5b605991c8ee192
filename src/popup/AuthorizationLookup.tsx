import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
  type AuthorizationKind,
  type CredentialDetail,
  describeCredential,
  searchKind,
} from '../rules';
import { t } from '../ui/i18n';
import { Combobox } from './Combobox';
import { SourceLine } from './SourceLine';
import { splitSharedConditions } from './shared-conditions';

/** Every authorization the tables know, to browse them all with the arrow keys. */
const ALL = 200;

const searchAuthorizations = (text: string) =>
  searchKind('authorization', text, ALL).map(({ id, label }) => ({ id, label }));

const KIND_KEY: Record<AuthorizationKind, string> = {
  specialty: 'popupKindSpecialty',
  added: 'popupKindAdded',
  service: 'popupKindService',
  ryan: 'popupKindRyan',
  general: 'popupKindGeneral',
  permit: 'popupKindPermit',
};

const ERA_KEY: Record<NonNullable<CredentialDetail['era']>, string> = {
  '2022': 'popupEra2022',
  pc: 'popupEraPc',
  level: 'popupEraLevel',
  ryan: 'popupEraRyan',
  'by-issue-date': 'popupEraByIssueDate',
};

export interface AuthorizationLookupProps {
  /** The chosen authorization key, or null. */
  authKey: string | null;
  onChoose: (key: string) => void;
  onShowDisability: (code: string) => void;
  /** Changes when another view sends the reader here: focus goes to the result. */
  focusSignal: number;
}

/** "What does this credential cover?": disabilities, ages, services, conditions, era. */
export function AuthorizationLookup(props: AuthorizationLookupProps) {
  const result = useMemo(
    () => (props.authKey === null ? null : describeCredential(props.authKey)),
    [props.authKey],
  );
  const chosenLabel = result ? `${result.name} (${result.key})` : null;
  return (
    <>
      <Combobox
        label={t('popupCredentialLabel')}
        hint={t('popupCredentialHint')}
        listLabel={t('popupCredentialList')}
        search={searchAuthorizations}
        chosenLabel={chosenLabel}
        onChoose={(option) => props.onChoose(option.id)}
      />
      <p class="visually-hidden" role="status">
        {result
          ? t(
              'popupCredentialAnnounce',
              result.name,
              String(result.disabilities.length),
              String(result.services.length),
            )
          : ''}
      </p>
      {result && (
        <CredentialCoverage
          result={result}
          onShowDisability={props.onShowDisability}
          focusSignal={props.focusSignal}
        />
      )}
    </>
  );
}

function CredentialCoverage(props: {
  result: CredentialDetail;
  onShowDisability: (code: string) => void;
  focusSignal: number;
}) {
  const { result } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusSignal > 0) heading.current?.focus();
  }, [props.focusSignal]);
  const covers = splitSharedConditions(result.disabilities);

  return (
    <div class="result" data-testid="credential-result">
      <h3 ref={heading} tabIndex={-1}>
        {result.name} <span class="key">{result.key}</span>
      </h3>
      <ul class="facts">
        <li>{t(KIND_KEY[result.kind])}</li>
        {result.era && <li>{t(ERA_KEY[result.era])}</li>}
        {result.ctcCodes.length > 0 && <li>{t('popupCtcCodes', result.ctcCodes.join(', '))}</li>}
      </ul>
      {result.eraVariants.length > 0 && (
        <>
          <p>{t('popupVariantsIntro')}</p>
          <ul class="plain">
            {result.eraVariants.map((v) => (
              <li key={v.key}>
                {v.issuedBefore
                  ? t('popupVariantBefore', v.name, v.issuedBefore)
                  : t('popupVariantFrom', v.name, v.issuedOnOrAfter ?? '')}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>{t('popupCoversHeading')}</h4>
      {covers.shared.length > 0 && (
        <div class="shared">
          <p class="label">{t('popupSharedConditions')}</p>
          <ul class="cond">
            {covers.shared.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </div>
      )}
      {covers.entries.length > 0 ? (
        <ul class="auths">
          {covers.entries.map((d) => (
            <li key={d.code} data-code={d.code}>
              {d.code === '*' ? (
                d.name
              ) : (
                <button
                  type="button"
                  class="link"
                  title={t('popupShowDisability')}
                  onClick={() => props.onShowDisability(d.code)}
                >
                  <span class="name">{d.name}</span> <span class="key">{d.code}</span>
                </button>
              )}
              {d.conditions.length > 0 && (
                <ul class="cond">
                  {d.conditions.map((condition) => (
                    <li key={condition}>{condition}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('popupCoversNone')}</p>
      )}
      {result.notCovered.length > 0 && (
        <>
          <h4>{t('popupNotCoveredHeading')}</h4>
          <p data-testid="not-covered">
            {result.notCovered.map((d) => `${d.name} (${d.code})`).join(', ')}
          </p>
        </>
      )}

      <h4>{t('popupAgesHeading')}</h4>
      <p>{result.ages ?? t('popupAgesUnknown')}</p>

      <h4>{t('popupProvidesHeading')}</h4>
      {result.services.length > 0 ? (
        <ul class="plain">
          {result.services.map((s) => (
            <li key={s.code}>
              {s.name} <span class="key">{s.code}</span>
              {s.status === 'unconfirmed' && (
                <span class="cond-inline">{t('popupUnconfirmedShort')}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('popupProvidesNone')}</p>
      )}

      {result.settings.length > 0 && (
        <>
          <h4>{t('popupSettingsHeading')}</h4>
          <p>{result.settings.join(', ')}</p>
        </>
      )}
      {result.prerequisites.length > 0 && (
        <>
          <h4>{t('popupPrerequisitesHeading')}</h4>
          <ul class="plain">
            {result.prerequisites.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {result.note && (
        <p class="muted">
          <span class="label">{t('popupNoteLabel')}</span> {result.note}
        </p>
      )}
      {result.status === 'unconfirmed' && <p class="note">{t('popupUnconfirmedRow')}</p>}
      <SourceLine source={result.source} />
    </div>
  );
}

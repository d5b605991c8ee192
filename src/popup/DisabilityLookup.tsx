import { useEffect, useMemo, useRef } from 'preact/hooks';
import { type DisabilityDetail, describeDisability, searchKind } from '../rules';
import { t } from '../ui/i18n';
import { AuthorizationList } from './AuthorizationList';
import { Combobox } from './Combobox';
import { SourceLine } from './SourceLine';
import { StudentDetails, type StudentDetailsValue } from './StudentDetails';

/** All fourteen CALPADS categories fit the list. */
const ALL = 50;

const searchDisabilities = (text: string) =>
  searchKind('disability', text, ALL).map(({ id, label }) => ({ id, label }));

export interface DisabilityLookupProps {
  /** The chosen CALPADS code, or null. */
  code: string | null;
  details: StudentDetailsValue;
  onChoose: (code: string) => void;
  onDetails: (details: StudentDetailsValue) => void;
  onShowCredential: (key: string) => void;
  /** Changes when another view sends the reader here: focus goes to the result. */
  focusSignal: number;
}

/**
 * "Which credential does the case manager need?": a disability, optionally the student's grade,
 * setting and services, and what the engine would accept: the authorizations, the
 * alternate-placement note, the best-practice case manager.
 */
export function DisabilityLookup(props: DisabilityLookupProps) {
  const { code, details } = props;
  const result = useMemo(
    () =>
      code === null
        ? null
        : describeDisability(code, {
            ...(details.grade ? { grade: details.grade } : {}),
            ...(details.setting ? { placement: details.setting } : {}),
            services: details.services.map((s) => s.id),
          }),
    [code, details],
  );
  const chosenLabel = useMemo(
    () => (code === null ? null : (searchKind('disability', code, 1)[0]?.label ?? null)),
    [code],
  );

  return (
    <>
      <Combobox
        label={t('popupDisabilityLabel')}
        hint={t('popupDisabilityHint')}
        listLabel={t('popupDisabilityList')}
        search={searchDisabilities}
        chosenLabel={chosenLabel}
        onChoose={(option) => props.onChoose(option.id)}
      />
      <StudentDetails value={details} onChange={props.onDetails} />
      <p class="visually-hidden" role="status">
        {result
          ? t(
              'popupDisabilityAnnounce',
              `${result.disability.name} (${result.disability.code})`,
              String(result.instruction.length),
            )
          : ''}
      </p>
      {result && (
        <DisabilityResult
          result={result}
          servicesGiven={details.services.length > 0}
          onShowCredential={props.onShowCredential}
          focusSignal={props.focusSignal}
        />
      )}
    </>
  );
}

function DisabilityResult(props: {
  result: DisabilityDetail;
  servicesGiven: boolean;
  onShowCredential: (key: string) => void;
  focusSignal: number;
}) {
  const { result } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusSignal > 0) heading.current?.focus();
  }, [props.focusSignal]);

  return (
    <div class="result" data-testid="lookup-result">
      <h3 ref={heading} tabIndex={-1}>
        {result.disability.name} <span class="key">{result.disability.code}</span>
        {result.disability.lowIncidence && <span class="tag">{t('popupLowIncidenceTag')}</span>}
      </h3>
      {result.alternatePlacementNote && (
        <div class="note" data-testid="alternate-placement">
          <h4>{t('popupAlternateHeading')}</h4>
          <p>{result.alternatePlacementNote}</p>
        </div>
      )}
      {props.servicesGiven && (
        <div class="note" data-testid="best-practice">
          <h4>{t('popupBestPracticeHeading')}</h4>
          {result.bestPracticeCaseManager ? (
            <>
              <p>
                <strong>{result.bestPracticeCaseManager}</strong>
              </p>
              <p class="muted">{t('popupBestPracticeNotRequired')}</p>
            </>
          ) : (
            <p>{t('popupBestPracticeNone')}</p>
          )}
        </div>
      )}
      <p>{t('popupInstructionIntro')}</p>
      {result.instruction.length > 0 ? (
        <AuthorizationList entries={result.instruction} onShowCredential={props.onShowCredential} />
      ) : (
        <p class="empty">{t('popupInstructionNone')}</p>
      )}
      <p class="muted">
        <span class="label">{t('popupCoordinatorLabel')}</span> {result.coordinatorNote}
      </p>
      <SourceLine source={result.source} />
    </div>
  );
}

import { useId, useState } from 'preact/hooks';
import { RULES, type RuleModule } from '../rules';
import type { RuleId, Severity } from '../rules/types';
import type { Preferences } from '../settings/schema';
import type { SaveResult } from '../settings/store';
import { t } from '../ui/i18n';
import { DistrictNote } from './DistrictNote';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion', 'info', 'ok'];

/** options.json key of a rule's short name: optionsRule_instruction_authorization. */
export const ruleTitleKey = (id: RuleId) => `optionsRule_${id.replace(/-/g, '_')}`;
export const severityKey = (severity: Severity) => `optionsSeverity_${severity}`;

type Notice = { kind: 'saved'; rule: RuleId | null; on: boolean } | { kind: 'failed' } | null;

function RuleRow({
  rule,
  on,
  onToggle,
  byDistrict,
  lockedBy,
}: {
  rule: RuleModule;
  on: boolean;
  onToggle(on: boolean): void;
  /** The district's policy switched this check off. */
  byDistrict: boolean;
  /** The id of the district's note when the switch cannot be used; null when it can. */
  lockedBy: string | null;
}) {
  const id = useId();
  const { meta } = rule;
  const described = [`${id}-what`, `${id}-off`, lockedBy ?? ''].filter(Boolean).join(' ');
  return (
    <li class={`rule${on ? '' : ' off'}`}>
      <div class="choice">
        <input
          type="checkbox"
          id={`${id}-box`}
          checked={on}
          data-rule={meta.id}
          disabled={lockedBy !== null}
          aria-describedby={described}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <label for={`${id}-box`}>{t(ruleTitleKey(meta.id))}</label>
      </div>
      <p class="hint" id={`${id}-what`}>
        {meta.description} <span class="source">{t('optionsRuleSource', meta.source)}</span>
      </p>
      <p class="off-note" id={`${id}-off`}>
        {byDistrict ? `${t('policyRuleOff')} ` : ''}
        {!on && meta.severity === 'error' ? t('optionsRuleErrorOff') : ''}
      </p>
    </li>
  );
}

/**
 * Every rule with a switch; off is stored in preferences.disabledRules. Checks the district's
 * policy switches off are off here too and cannot be turned on; when it locks the part, every
 * switch is off limits and only the district's list counts.
 */
export function RuleSwitches({
  preferences,
  onSave,
  districtOff,
  locked,
}: {
  preferences: Preferences;
  onSave(patch: Partial<Preferences>): Promise<SaveResult>;
  districtOff: readonly RuleId[];
  locked: boolean;
}) {
  const id = useId();
  const noteId = `${id}-district`;
  const [notice, setNotice] = useState<Notice>(null);
  // The user's own list (what is saved) and what the checks use.
  const disabled = new Set(preferences.disabledRules);
  const byDistrict = new Set(districtOff);
  const off = new Set(locked ? byDistrict : [...disabled, ...byDistrict]);
  const errorsOff = RULES.filter((r) => r.meta.severity === 'error' && off.has(r.meta.id));

  const store = async (next: Set<RuleId>, rule: RuleId | null, on: boolean) => {
    // Kept in the registry's order, so the stored list reads the same way every time.
    const disabledRules = RULES.map((r) => r.meta.id).filter((rid) => next.has(rid));
    const result = await onSave({ disabledRules }).catch(() => ({
      ok: false as const,
      errors: [],
    }));
    setNotice(result.ok ? { kind: 'saved', rule, on } : { kind: 'failed' });
  };
  const toggle = (rule: RuleId, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(rule);
    else next.add(rule);
    void store(next, rule, on);
  };

  const status =
    notice?.kind === 'saved'
      ? notice.rule
        ? t(notice.on ? 'optionsRuleNowOn' : 'optionsRuleNowOff', t(ruleTitleKey(notice.rule)))
        : t(byDistrict.size > 0 ? 'policyRulesOwnOn' : 'optionsRulesAllOn')
      : '';

  return (
    <section id="rules" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('optionsRulesHeading')}</h2>
      <p class="muted">{t('optionsRulesIntro')}</p>
      <p class="notice warn">{t('optionsRulesWarning')}</p>
      {(locked || byDistrict.size > 0) && (
        <DistrictNote
          id={noteId}
          text={t(locked ? 'policyRulesLocked' : 'policyRulesDistrictOff')}
        />
      )}
      {errorsOff.length > 0 && (
        <p class="notice error" data-testid="errors-off">
          {t('optionsRulesErrorsOff', String(errorsOff.length))}
        </p>
      )}
      {SEVERITIES.map((severity) => {
        const rules = RULES.filter((r) => r.meta.severity === severity);
        if (rules.length === 0) return null;
        return (
          <fieldset key={severity} class={`rules sev-${severity}`}>
            <legend>{t(severityKey(severity))}</legend>
            <ul class="plain">
              {rules.map((rule) => (
                <RuleRow
                  key={rule.meta.id}
                  rule={rule}
                  on={!off.has(rule.meta.id)}
                  onToggle={(on) => toggle(rule.meta.id, on)}
                  byDistrict={byDistrict.has(rule.meta.id)}
                  lockedBy={locked || byDistrict.has(rule.meta.id) ? noteId : null}
                />
              ))}
            </ul>
          </fieldset>
        );
      })}
      <div class="actions">
        {disabled.size > 0 && !locked && (
          <button type="button" class="secondary" onClick={() => void store(new Set(), null, true)}>
            {t('optionsRulesTurnAllOn')}
          </button>
        )}
        <p class="live" role="status">
          {status}
        </p>
      </div>
      {notice?.kind === 'failed' && (
        <p role="alert" class="notice error">
          {t('optionsWriteFailed')}
        </p>
      )}
    </section>
  );
}

import { t } from '../ui/i18n';

/**
 * "Set by your district" and why, above a part the district's policy sets or locks. Controls it
 * disables point at it with aria-describedby, so a screen reader says why they cannot be used.
 */
export function DistrictNote({ id, text }: { id: string; text: string }) {
  return (
    <p class="notice district" id={id} data-testid="district-note">
      <strong>{t('policySetByDistrict')}:</strong> {text}
    </p>
  );
}

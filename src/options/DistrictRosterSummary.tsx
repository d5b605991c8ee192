import type { StaffMember } from '../rules/types';
import { t } from '../ui/i18n';
import { downloadText } from './download';
import { exportFileName, rosterToCsv } from './roster-export';

/**
 * The roster the district's policy supplies: how many staff, and a copy to download (IT staff
 * and users can see exactly whom the checks know). Nothing to remove: it is not the user's.
 */
export function DistrictRosterSummary({ staff }: { staff: readonly StaffMember[] }) {
  const authorizations = staff.reduce((n, m) => n + m.authorizations.length, 0);
  return (
    <div class="summary" data-testid="district-roster">
      <p>{t('policyRosterSummary', String(staff.length), String(authorizations))}</p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(rosterToCsv(staff), exportFileName(new Date()))}
        >
          {t('optionsRosterExport')}
        </button>
      </div>
    </div>
  );
}

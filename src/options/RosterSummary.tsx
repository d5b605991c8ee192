import type { Roster } from '../settings/schema';

export function RosterSummary({ roster }: { roster: Roster | null }) {
  return (
    <fieldset>
      <legend>District roster</legend>
      {roster ? (
        <p>
          {roster.staff.length} staff members, imported{' '}
          {new Date(roster.importedAt).toLocaleDateString()}.
        </p>
      ) : (
        <p class="muted">No roster yet. Case managers are checked against your own profile.</p>
      )}
    </fieldset>
  );
}

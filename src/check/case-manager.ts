/**
 * The case manager as the checks see them, from the name the IEP shows and the roster people
 * that name matches (rules/names.ts matchStaff). One builder for the page check and the audit,
 * so both say the same of a name the roster holds twice.
 */
import { namesMatch } from '../rules';
import type { CaseManagerInfo, RosterMatch, StaffMember } from '../rules/types';

/**
 * The case manager named `name`: the user's own profile wins for the user's own name, else the
 * roster people the name designates (`rosterMatches`: matchStaff, or the audit's index of it).
 */
export function lookUpCaseManager(
  name: string,
  profile: StaffMember | null,
  rosterMatches: (name: string) => readonly StaffMember[],
): CaseManagerInfo {
  if (profile && namesMatch(profile.name, name)) return caseManagerInfo(name, [profile]);
  return caseManagerInfo(name, rosterMatches(name));
}

export function caseManagerInfo(name: string, matches: readonly StaffMember[]): CaseManagerInfo {
  const [person, ...others] = matches;
  if (person === undefined) return { name, known: false, authorizations: [] };
  if (others.length > 0) {
    // Either person's credentials could be the right ones: none are lent to the check.
    return { name, known: false, authorizations: [], rosterMatches: matches.map(rosterMatch) };
  }
  const info: CaseManagerInfo = { name, known: true, authorizations: person.authorizations };
  if (person.position !== undefined) info.position = person.position;
  return info;
}

function rosterMatch(m: StaffMember): RosterMatch {
  const out: RosterMatch = { name: m.name };
  if (m.line !== undefined) out.line = m.line;
  if (m.email !== undefined) out.email = m.email;
  return out;
}

/**
 * Where instruction happens, read from free text (REFERENCE.md §5, §9.10, §9.12).
 * SDC: a special day / self-contained / departmentalized special education class.
 * RSP: resource in all its forms: pull-out, push-in, support of a fully included student.
 */

import { memoString } from './memo';

export type SettingKind = 'sdc' | 'rsp';

const SDC_RE = /\b(sdc|special day|self[\s-]?contained|departmentali[sz]ed|special class)\b/i;
const RSP_RE =
  /\b(rsp|resource|push[\s-]?in|pull[\s-]?out|full(y)?[\s-]?inclu(ded|sion)|inclusion|general education|gen(eral)? ed|co[\s-]?teach(ing)?)\b/i;

/** null when the text does not say. SDC wins: "SDC pull-out" is still an SDC. */
export function classifySetting(text: string | undefined | null): SettingKind | null {
  if (!text) return null;
  return classifyCached(text);
}

/** Services and placements repeat a few settings: each is read once (setting texts only). */
const classifyCached = memoString((text: string): SettingKind | null => {
  if (SDC_RE.test(text)) return 'sdc';
  if (RSP_RE.test(text)) return 'rsp';
  return null;
}, 1024);

/** The service's own setting, else the student's placement. */
export function serviceSetting(
  setting: string | undefined,
  placement: string | undefined,
): SettingKind | null {
  return classifySetting(setting) ?? classifySetting(placement);
}

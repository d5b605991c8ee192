/**
 * The vocabulary's English words for surfaces without a browser's i18n (the command line and
 * its reports): the same catalog the extension's pages read, so a status has one name.
 */
import vocabulary from '../i18n/en/vocabulary.json' with { type: 'json' };
import type { Role, Severity, StudentStatus } from '../rules/types';
import { ROLE_KEY, SEVERITY_SIGN, STATUS_SIGN } from './vocabulary';

const WORDS: Readonly<Record<string, { message: string }>> = vocabulary;

const word = (key: string): string => WORDS[key]?.message ?? key;

export const statusWord = (status: StudentStatus): string => word(STATUS_SIGN[status].key);
export const severityWord = (severity: Severity): string => word(SEVERITY_SIGN[severity].key);
export const roleWord = (role: Role): string => word(ROLE_KEY[role]);

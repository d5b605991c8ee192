/**
 * Checks of what the background sends the content script. The schemas in src/messages.ts are
 * the definition; these hand-written guards accept the same shapes, but for rule ids, checked
 * by their shape (a property test holds them to the schemas), and keep valibot out of the
 * script shipped into vendor pages, which has a 20 KB budget. Anything else is dropped, never
 * drawn.
 */
import type { CheckPageResponse, ContentRequest, WhichVendorResponse } from '../messages';
import { VENDORS } from '../scrape/vendors';

type Data = Record<string, unknown>;
const isObject = (x: unknown): x is Data =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const oneOf = (x: unknown, values: readonly string[]) => isString(x) && values.includes(x);
const optional = (x: unknown, test: (y: unknown) => boolean) => x === undefined || test(x);
const strings = (x: unknown) => Array.isArray(x) && x.every(isString);
/**
 * A rule id's shape ("instruction-authorization"), not the list of them: the list would cost
 * the budget 140 bytes, and an id is only ever drawn as a data attribute's value. The one
 * place the guard is looser than the schema (test/content/reply-guard.test.ts).
 */
const isRuleId = (x: unknown) => isString(x) && x.length <= 40 && /^[a-z]+(-[a-z]+)*$/.test(x);

const SEVERITIES = ['error', 'warning', 'suggestion', 'info', 'ok'];
const STATUSES = ['confirmed', 'secondary', 'unconfirmed'];
const VIEWS = ['current', 'future', 'unknown'];

function isFinding(x: unknown): boolean {
  return (
    isObject(x) &&
    isRuleId(x.rule) &&
    oneOf(x.severity, SEVERITIES) &&
    isString(x.message) &&
    isString(x.source) &&
    oneOf(x.status, STATUSES) &&
    optional(x.fixes, strings) &&
    optional(x.authorization, isString) &&
    optional(x.serviceCode, isString) &&
    optional(x.until, isString)
  );
}

function isResult(x: unknown): boolean {
  return (
    x === null ||
    (isObject(x) &&
      oneOf(x.status, ['ok', 'review', 'violation']) &&
      oneOf(x.role, ['instruction', 'support', 'coordinator', 'unknown']) &&
      Array.isArray(x.findings) &&
      x.findings.every(isFinding))
  );
}

const isNote = (x: unknown) =>
  isObject(x) &&
  Number.isInteger(x.index) &&
  (x.index as number) >= 0 &&
  (x.index as number) <= 199 &&
  isRuleId(x.rule) &&
  oneOf(x.severity, ['error', 'warning']) &&
  isString(x.message);

const isView = (x: Data) =>
  isResult(x.result) &&
  oneOf(x.iep, VIEWS) &&
  typeof x.draw === 'boolean' &&
  strings(x.acknowledged) &&
  (x.chosenRole === null || oneOf(x.chosenRole, ['instruction', 'support', 'coordinator'])) &&
  Array.isArray(x.notes) &&
  x.notes.every(isNote) &&
  optional(x.corrected, strings);

export function isCheckReply(x: unknown): x is CheckPageResponse {
  if (!isObject(x)) return false;
  if (x.ok === false) return isString(x.error);
  return x.ok === true && isView(x);
}

export function isContentRequest(x: unknown): x is ContentRequest {
  if (!isObject(x)) return false;
  if (x.type === 'recheck') return true;
  return x.type === 'show-result' && isView(x);
}

export function isVendorReply(x: unknown): x is WhichVendorResponse {
  return isObject(x) && (x.vendor === null || oneOf(x.vendor, VENDORS));
}

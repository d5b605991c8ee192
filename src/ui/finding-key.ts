/**
 * A finding's identity across re-checks: its rule, and the service and authorization it is
 * about. The message is left out on purpose: it may name a date or a count that changes while
 * the finding stays the same one the user acknowledged.
 */
import type { Finding } from '../rules/types';

export function findingKey(f: Pick<Finding, 'rule' | 'serviceCode' | 'authorization'>): string {
  return `${f.rule}|${f.serviceCode ?? ''}|${f.authorization ?? ''}`;
}

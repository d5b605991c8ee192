/**
 * Messages for fuzzing the background (test/background/handle-message.fuzz.test.ts, and the
 * real worker in test/e2e/messages.spec.ts): near-valid page snapshots full of hostile text, so
 * that many pass the protocol and reach the rules, off-protocol shapes, and anything at all.
 */
import fc from 'fast-check';
import { MISSING_FIELDS } from '../../src/scrape/missing';
import { VENDORS } from '../../src/scrape/snapshot';
import { PAYLOADS } from './payloads';

export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...PAYLOADS.filter((p) => p.length <= 500),
      'constructor',
      '__proto__',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'Rivera, Jordan',
      '320 - Autism',
      '330',
      'KN',
      '03/14/2017',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 490, maxLength: 520 }) },
);
const optionalText = fc.option(text, { nil: undefined });
const coded = fc.option(fc.record({ code: text, label: text }), { nil: null });

const service = fc.record(
  {
    code: text,
    name: text,
    provider: text,
    providerPosition: text,
    location: text,
    delivery: text,
    minutesPerWeek: fc.oneof(fc.integer({ min: -5, max: 10_100 }), fc.double()),
    start: text,
    end: text,
    status: fc.constantFrom('active', 'inactive', 'paused'),
    time: fc.record(
      { frequency: text, period: text, sessions: text, duration: text, weeklyMinutes: text },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['name'] },
);

const snapshot = fc.record({
  vendor: fc.oneof(fc.constantFrom(...VENDORS), text),
  iep: fc.constantFrom('current', 'future', 'unknown', 'draft'),
  student: fc.record(
    { id: optionalText, name: optionalText, grade: optionalText, dateOfBirth: optionalText },
    { requiredKeys: [] },
  ),
  caseManager: fc.option(fc.record({ name: text }), { nil: null }),
  primaryDisability: coded,
  secondaryDisability: coded,
  alternatePlacement: fc.option(fc.boolean(), { nil: null }),
  placement: fc.record(
    { program: optionalText, setting: optionalText, percentInRegularClass: optionalText },
    { requiredKeys: [] },
  ),
  services: fc.array(service, { maxLength: 4 }),
  // Mostly what adapters report (so that many pass), sometimes anything (refused).
  missing: fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(...MISSING_FIELDS, 'services (partial: 10 of 25 rows rendered)'),
      },
      { weight: 1, arbitrary: text },
    ),
    { maxLength: 3 },
  ),
});

export const message = fc.oneof(
  { weight: 6, arbitrary: snapshot.map((s) => ({ type: 'check-page', snapshot: s })) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('choose-role'),
      role: fc.constantFrom('instruction', 'support', 'coordinator', null, 'principal', 1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('acknowledge'),
      finding: fc.oneof(text, fc.constant('instruction-authorization||'), fc.integer()),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('correct'),
      correction: fc.oneof(
        fc.constantFrom(
          { kind: 'not-case-manager' },
          { kind: 'not-provider', service: '330' },
          { kind: 'primary-disability', code: '290' },
          { kind: 'undo', field: 'caseManager' },
          { kind: 'all-clear' },
          { kind: 'primary-disability', code: 'AUT' },
        ),
        fc.record({ kind: fc.constantFrom('not-provider', 'undo'), service: text, field: text }),
        fc.anything(),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'which-vendor' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('tab-status'),
      tabId: fc.oneof(fc.integer(), fc.double(), text),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.oneof(text, fc.constantFrom('check-page', 'recheck', 'show-result')),
      snapshot: fc.anything(),
    }),
  },
  { weight: 2, arbitrary: fc.anything() },
);

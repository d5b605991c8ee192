// The budgets of issues, one place: `npm run bench` measures against all of them, and `npm test`
// checks the one a build alone settles (the content script's size, scripts/check-size.js).
export const BUDGETS = {
  auditToParseRatio: { max: 1.0, what: 'audit time / papaparse bare parse (100,000 students)' },
  engineEvaluationsPerSecond: { min: 100_000, what: 'rule-engine evaluations per second' },
  statewideAuditMs: {
    max: 15_000,
    what: 'ms, whole command `audit --format csv --out`, 800,000 students (wall time)',
  },
  statewidePeakRssMb: { max: 1024, what: 'MB, peak resident memory of that command' },
  extractMsLargestPage: { max: 5, what: 'ms per extraction, largest page' },
  extractToWalkRatio: {
    max: 3,
    what: 'one extraction / one plain TreeWalker pass reading every text, same page, same run',
  },
  churnOverheadRatio: { max: 1.1, what: 'page main-thread time with / without the extension' },
  contentScriptGzipBytes: { max: 20 * 1024, what: 'content script, gzip bytes' },
  firstFindingsMs: { max: 300, what: 'ms from data on the page to the first marker' },
};
